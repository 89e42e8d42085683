package org.govshare.portal;

import org.govshare.LocalDateTime;
import org.govshare.Platform;
import org.govshare.PlatformOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link Platform} of the process. The handle is thread-safe (docs/api-java.md, Threads):
 * every request thread shares it as it is, without locks. Spring closes it at shutdown, after
 * the web server has stopped taking requests.
 */
@Configuration
public class PlatformConfig {
  private static final Logger log = LoggerFactory.getLogger(PlatformConfig.class);

  @Bean(destroyMethod = "close")
  public Platform platform(GovShareProperties props) {
    PlatformOptions options = PlatformOptions.file(props.path());
    options.setReadConnections(props.readConnections());
    if (!props.simulatedTime().isBlank()) {
      options.setSimulatedTime(LocalDateTime.fromIso(props.simulatedTime()));
    }
    Platform p = Platform.open(options);
    log.info("govshare platform {} opened (schema {}), clock {}", redact(props.path()),
        p.schemaVersion(), p.now().toIso());
    if (!p.initialized() && props.seed()) {
      SampleCity.seed(p);
      log.info("seeded the sample city");
    }
    return p;
  }

  /** A PostgreSQL URI may carry a password: never log it. */
  static String redact(String path) {
    return path.replaceAll("://([^:@/]+):[^@]*@", "://$1:***@");
  }
}
