package org.govshare.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The reference portal on libgovshare: one {@link org.govshare.Platform} for every request thread. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PortalApplication {
  public static void main(String[] args) {
    SpringApplication.run(PortalApplication.class, args);
  }
}
