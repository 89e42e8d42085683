package org.govshare.portal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The platform user the signed-in web user acts as (identity mapping, see portal-users.yml). */
public final class CurrentUser {
  private CurrentUser() {}

  public static String platformUser() {
    return platformUser(SecurityContextHolder.getContext().getAuthentication());
  }

  public static String platformUser(Authentication auth) {
    if (auth != null && auth.getPrincipal() instanceof SecurityConfig.PortalUser u) return u.platformUser();
    throw new org.govshare.PermissionDeniedException("未登录");
  }
}
