package org.govshare.portal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.users} (resources/portal-users.yml): who may sign in, with a BCrypt hash of the
 * password, the platform user each web user acts as, and the portal roles that pick the menu.
 * A stand-in for the city's unified identity system (统一身份认证): in production the sign-in
 * comes from it (SAML/OIDC) and only the mapping to a platform user id stays.
 */
@ConfigurationProperties("portal")
public record PortalUsers(List<Entry> users) {
  public PortalUsers {
    if (users == null) users = List.of();
  }

  /**
   * @param username the sign-in name
   * @param password {@code {bcrypt}$2a$…}
   * @param platformUser the platform user id every call is made as
   * @param roles portal roles (CONSUMER, PROVIDER, BUREAU, SUPERVISOR): the menu only — the
   *     platform checks every act against the platform user's own roles
   */
  public record Entry(String username, String password, String platformUser, List<String> roles) {
    public Entry {
      if (roles == null) roles = List.of();
    }
  }
}
