package org.govshare.portal;

import jakarta.servlet.http.HttpServletRequest;
import org.govshare.Platform;
import org.govshare.User;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page shows: the platform user the web user acts as. */
@ControllerAdvice
public class PageModel {
  private final Platform platform;

  public PageModel(Platform platform) {
    this.platform = platform;
  }

  @ModelAttribute
  public void addUser(Model model, Authentication auth, HttpServletRequest request) {
    if (auth == null || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) return;
    if (!(auth.getPrincipal() instanceof SecurityConfig.PortalUser u)) return;
    model.addAttribute("signedInAs", u.getUsername());
    platform.findUser(u.platformUser()).ifPresent(user -> {
      model.addAttribute("platformUser", user.getId());
      model.addAttribute("platformUserName", user.getName());
      model.addAttribute("platformDepartment", user.getDepartmentCode());
      model.addAttribute("departmentName", platform.findDepartment(user.getDepartmentCode())
          .map(org.govshare.Department::getName).orElse(user.getDepartmentCode()));
    });
  }
}
