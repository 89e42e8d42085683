package org.govshare.portal;

import org.govshare.Action;
import org.govshare.Platform;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

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
    // Not every role reads notices (an auditor does not): ask first rather than be refused,
    // since a refusal is recorded as a security event.
    model.addAttribute("notices", platform.mayDo(user, Action.READ_NOTICES)
        ? platform.notices(user, true) : java.util.List.of());
    return "index";
  }

  /** A notice read: it leaves the list of unread ones (the platform keeps it, acknowledged). */
  @PostMapping("/notices/{id}/acknowledge")
  public String acknowledge(@PathVariable long id) {
    platform.acknowledgeNotice(CurrentUser.platformUser(), id);
    return "redirect:/";
  }
}
