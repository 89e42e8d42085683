package org.govshare.portal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.govshare.Application;
import org.govshare.ApplicationRequest;
import org.govshare.CatalogEntry;
import org.govshare.EntryRecord;
import org.govshare.GovShare;
import org.govshare.InvalidArgumentException;
import org.govshare.MaskingRule;
import org.govshare.Platform;
import org.govshare.SearchQuery;
import org.govshare.SearchResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The catalog (A20): search with facets, an entry's page, subscribe, apply with the scan. */
@Controller
public class CatalogController {
  private final Platform platform;

  public CatalogController(Platform platform) {
    this.platform = platform;
  }

  @GetMapping("/catalog")
  public String search(@RequestParam(defaultValue = "") String q,
                       @RequestParam(defaultValue = "") String department,
                       @RequestParam(defaultValue = "") String topic,
                       @RequestParam(defaultValue = "") String shareClass,
                       @RequestParam(defaultValue = "0") int offset, Model model) {
    SearchQuery query = SearchQuery.of(q, Math.max(0, offset), 20);
    query.setDepartment(department);
    query.setTopic(topic);
    if (!shareClass.isEmpty()) query.setShareClass(GovShare.parseShareClass(shareClass));
    SearchResult r = platform.catalog().search(CurrentUser.platformUser(), query);
    model.addAttribute("q", q);
    model.addAttribute("department", department);
    model.addAttribute("topic", topic);
    model.addAttribute("shareClass", shareClass);
    model.addAttribute("result", r);
    model.addAttribute("offset", offset);
    return "catalog";
  }

  @GetMapping("/catalog/{id}")
  public String entry(@PathVariable long id, Model model) {
    EntryRecord r = platform.catalog().getEntry(CurrentUser.platformUser(), id);
    CatalogEntry e = r.getLive().or(r::getWorking).orElseThrow();
    model.addAttribute("record", r);
    model.addAttribute("entry", e);
    model.addAttribute("providerName", platform.findDepartment(r.getProviderCode())
        .map(org.govshare.Department::getName).orElse(r.getProviderCode()));
    LocalDate today = platform.now().toZonedDateTime().toLocalDate();
    model.addAttribute("validFrom", today);
    model.addAttribute("validUntil", today.plusYears(1).minusDays(1));
    return "entry";
  }

  @PostMapping("/catalog/{id}/subscribe")
  public String subscribe(@PathVariable long id, RedirectAttributes flash) {
    platform.catalog().subscribe(CurrentUser.platformUser(), id);
    flash.addFlashAttribute("ok", "已订阅：资源变更或撤销时将通知本部门。");
    return "redirect:/catalog/" + id;
  }

  /** The provider's masking rules of an entry's masked items (A8 脱敏; docs/masking.md). */
  @GetMapping("/catalog/{id}/masking")
  public String masking(@PathVariable long id, Model model) {
    String user = CurrentUser.platformUser();
    EntryRecord r = platform.catalog().getEntry(user, id);
    CatalogEntry e = r.getLive().or(r::getWorking).orElseThrow();
    java.util.Map<String, MaskingRule> rules = new java.util.LinkedHashMap<>();
    for (MaskingRule m : platform.access().maskingRules(user, id)) rules.put(m.getItem(), m);
    model.addAttribute("record", r);
    model.addAttribute("entry", e);
    model.addAttribute("rules", rules);
    return "masking";
  }

  /**
   * Replaces the entry's masking rules: for each masked item, the default of its kind, keep the
   * first and last characters given, or a keyed pseudonym (needs the platform's pseudonym key).
   */
  @PostMapping("/catalog/{id}/masking")
  public String setMasking(@PathVariable long id, @RequestParam java.util.Map<String, String> form,
                           RedirectAttributes flash) {
    String user = CurrentUser.platformUser();
    EntryRecord r = platform.catalog().getEntry(user, id);
    CatalogEntry e = r.getLive().or(r::getWorking).orElseThrow();
    List<MaskingRule> rules = new java.util.ArrayList<>();
    for (org.govshare.DataItem item : e.getItems()) {
      String mode = form.getOrDefault("mode." + item.getName(), "");
      switch (mode) {
        case "", "default" -> { }   // the kind's default rule: no rule stored
        case "keep" -> rules.add(MaskingRule.keep(item.getName(), item.getPersonalInfo(),
            intOf(form, "head." + item.getName()), intOf(form, "tail." + item.getName())));
        case "pseudonym" -> rules.add(MaskingRule.pseudonym(item.getName(), item.getPersonalInfo()));
        default -> throw new InvalidArgumentException("脱敏方式“" + mode + "”无效，应为 default、keep 或 pseudonym");
      }
    }
    platform.access().setMaskingRules(user, id, rules);
    flash.addFlashAttribute("ok", "脱敏规则已保存，此后的数据交付按新规则脱敏。");
    return "redirect:/catalog/" + id + "/masking";
  }

  static int intOf(java.util.Map<String, String> form, String key) {
    try {
      return Integer.parseInt(form.getOrDefault(key, "").trim());
    } catch (NumberFormatException ex) {
      throw new InvalidArgumentException(key + "：应为保留的字符数（整数）");
    }
  }

  /** A20: the stamped application form is uploaded; the platform keeps its name, size and SHA-256. */
  @PostMapping("/catalog/{id}/apply")
  public String apply(@PathVariable long id, @RequestParam(required = false) List<String> items,
                      @RequestParam String purpose, @RequestParam String legalDuty,
                      @RequestParam(defaultValue = "api") String method,
                      @RequestParam String validFrom, @RequestParam String validUntil,
                      @RequestParam("scan") MultipartFile scan, RedirectAttributes flash)
      throws IOException {
    ApplicationRequest request = new ApplicationRequest();
    request.setEntryId(id);
    request.setItems(items == null ? List.of() : items);
    request.setPurpose(purpose.trim());
    request.setLegalDuty(legalDuty.trim());
    request.setMethod(GovShare.parseShareMethod(method));
    request.setValidFrom(parseDate(validFrom));
    request.setValidUntil(parseDate(validUntil));
    request.setScan(Uploads.requiredScan(scan, "请上传盖章的使用申请表扫描件（A20）"));
    Application a = platform.sharing().apply(CurrentUser.platformUser(), request);
    flash.addFlashAttribute("ok", "申请 #" + a.getId() + " 已提交，等待大数据管理局形式审查。");
    return "redirect:/applications";
  }

  static LocalDate parseDate(String text) {
    try {
      return LocalDate.parse(text.trim());
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidArgumentException("日期“" + text + "”无效，应为 YYYY-MM-DD");
    }
  }
}
