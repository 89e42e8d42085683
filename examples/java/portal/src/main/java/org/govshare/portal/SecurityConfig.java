package org.govshare.portal;

import java.util.ArrayList;
import java.util.List;
import org.govshare.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Form login for the pages, HTTP Basic as well for /api/** (scripts and tests); CSRF stays on for
 * the pages and is off for the stateless /api/**. Who may do what is the platform's business:
 * every call names the signed-in user's platform user and the platform refuses what its roles
 * do not allow.
 */
@Configuration
public class SecurityConfig {
  private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

  @Bean
  public SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(a -> a
            .requestMatchers("/login", "/css/**", "/error").permitAll()
            .anyRequest().authenticated())
        .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
        .httpBasic(Customizer.withDefaults())
        .logout(l -> l.logoutSuccessUrl("/login?logout"))
        .csrf(c -> c.ignoringRequestMatchers("/api/**"));
    return http.build();
  }

  @Bean
  public PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /** The configured users; one whose platform user does not exist is skipped with a warning. */
  @Bean
  public UserDetailsService users(PortalUsers config, Platform platform) {
    java.util.Map<String, PortalUsers.Entry> users = new java.util.LinkedHashMap<>();
    for (PortalUsers.Entry e : config.users()) {
      if (platform.findUser(e.platformUser()).isEmpty()) {
        log.warn("portal user {}: platform user {} does not exist; not signed in", e.username(), e.platformUser());
        continue;
      }
      users.put(e.username(), e);
    }
    // A new UserDetails per sign-in: Spring erases the password of the one it is given.
    return username -> {
      PortalUsers.Entry e = users.get(username);
      if (e == null) throw new UsernameNotFoundException(username);
      List<SimpleGrantedAuthority> roles = new ArrayList<>();
      for (String r : e.roles()) roles.add(new SimpleGrantedAuthority("ROLE_" + r));
      return new PortalUser(e.username(), e.password(), roles, e.platformUser());
    };
  }

  /** A signed-in web user and the platform user it acts as. */
  public static final class PortalUser extends User {
    private final String platformUser;

    public PortalUser(String username, String password, List<SimpleGrantedAuthority> roles, String platformUser) {
      super(username, password, roles);
      this.platformUser = platformUser;
    }

    public String platformUser() {
      return platformUser;
    }
  }
}
