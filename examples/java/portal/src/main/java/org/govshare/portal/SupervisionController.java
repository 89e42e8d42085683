package org.govshare.portal;

import java.time.LocalDate;
import org.govshare.Platform;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Supervision (A31): the inspection report of `govshare report`, as a page. */
@Controller
public class SupervisionController {
  private final Platform platform;

  public SupervisionController(Platform platform) {
    this.platform = platform;
  }

  @GetMapping("/supervision")
  public String report(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
                       Model model) {
    LocalDate today = platform.now().toZonedDateTime().toLocalDate();
    LocalDate f = from.isBlank() ? today.withDayOfMonth(1) : CatalogController.parseDate(from);
    LocalDate t = to.isBlank() ? today : CatalogController.parseDate(to);
    model.addAttribute("report", platform.supervision().inspect(CurrentUser.platformUser(), f, t));
    model.addAttribute("from", f);
    model.addAttribute("to", t);
    return "supervision";
  }
}
