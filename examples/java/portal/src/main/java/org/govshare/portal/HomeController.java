package org.govshare.portal;

import org.govshare.Platform;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
public class HomeController {
  private final Platform platform;

  public HomeController(Platform platform) {
    this.platform = platform;
  }

  @GetMapping("/login")
  public String login() {
    return "login";
  }

  @GetMapping("/")
  public String home(Model model) {
    String user = CurrentUser.platformUser();
    model.addAttribute("now", platform.now().toIso());
    model.addAttribute("notices", platform.notices(user, true));
    return "index";
  }
}
