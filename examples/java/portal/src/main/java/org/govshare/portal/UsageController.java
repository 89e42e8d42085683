package org.govshare.portal;

import java.time.LocalDate;
import java.time.ZoneId;
import org.govshare.Platform;
import org.govshare.UsageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The usage log (A28): every decision and comparison of the data API, newest first, filtered by
 * the consumer department, the entry and a period of days (Shanghai); at most {@code limit}.
 */
@Controller
public class UsageController {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final Platform platform;

  public UsageController(Platform platform) {
    this.platform = platform;
  }

  @GetMapping("/usage")
  public String usage(@RequestParam(defaultValue = "") String consumer, @RequestParam(defaultValue = "0") long entryId,
                      @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
                      @RequestParam(defaultValue = "200") int limit, Model model) {
    platform.access().flushUsageLog();   // the newest decisions too (they are written in batches)
    UsageQuery q = new UsageQuery();
    q.setConsumerCode(consumer);
    q.setEntryId(entryId);
    if (!from.isBlank()) q.setFrom(CatalogController.parseDate(from).atStartOfDay(SHANGHAI));
    // "to" is a whole day: everything before the next day's start.
    if (!to.isBlank()) q.setTo(CatalogController.parseDate(to).plusDays(1).atStartOfDay(SHANGHAI));
    q.setLimit(Math.max(1, Math.min(limit, 5000)));
    model.addAttribute("records", platform.access().usageLog(CurrentUser.platformUser(), q));
    model.addAttribute("departments", platform.departments());
    model.addAttribute("consumer", consumer);
    model.addAttribute("entryId", entryId);
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    model.addAttribute("limit", q.getLimit());
    return "usage";
  }
}
