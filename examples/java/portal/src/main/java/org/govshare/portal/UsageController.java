package org.govshare.portal;

import org.govshare.Platform;
import org.govshare.UsageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The usage log (A28): every decision and comparison of the data API, newest first. */
@Controller
public class UsageController {
  private final Platform platform;

  public UsageController(Platform platform) {
    this.platform = platform;
  }

  @GetMapping("/usage")
  public String usage(Model model) {
    platform.access().flushUsageLog();   // the newest decisions too (they are written in batches)
    UsageQuery q = new UsageQuery();
    q.setLimit(200);
    model.addAttribute("records", platform.access().usageLog(CurrentUser.platformUser(), q));
    return "usage";
  }
}
