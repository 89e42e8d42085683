package org.govshare.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govshare.Authorization;
import org.govshare.CatalogEntry;
import org.govshare.GrantTerms;
import org.govshare.EntryRecord;
import org.govshare.EntryStatus;
import org.govshare.Finding;
import org.govshare.GovShare;
import org.govshare.InvalidArgumentException;
import org.govshare.Platform;
import org.govshare.ReviewFinding;
import org.govshare.User;
import org.govshare.VersionStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Cataloging (A7, A9, A10, A16): a department's own entries — a new draft from an entry in the
 * catalog format (docs/catalog-format.md, uploaded or pasted), the platform's findings on each
 * working version, submit, publish and withdrawal requests — and the bureau's queue: review
 * (approve, which assigns the code; reject with the field and what to change) and withdrawal
 * decisions. The platform checks every act against the user's roles.
 */
@Controller
public class CatalogManageController {
  private final Platform platform;
  private final tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();

  public CatalogManageController(Platform platform) {
    this.platform = platform;
  }

  @GetMapping("/catalog/manage")
  public String manage(Model model) {
    String user = CurrentUser.platformUser();
    String dept = platform.findUser(user).map(User::getDepartmentCode).orElse("");
    List<EntryRecord> own = dept.isEmpty() ? List.of() : platform.catalog().entries(user, dept);
    Map<Long, List<Finding>> findings = new LinkedHashMap<>();
    for (EntryRecord r : own) {
      // The platform's findings on a version still being worked on (A9, A10), as it will see it.
      if (r.getWorking().isPresent() && r.getWorkingStatus().map(s -> s != VersionStatus.SUBMITTED).orElse(true)) {
        findings.put(r.getId(), List.copyOf(platform.catalog().validateDraft(user, r.getWorking().get())));
      }
    }
    model.addAttribute("entries", own);
    model.addAttribute("findings", findings);
    return "catalog-manage";
  }

  /** A new draft from an entry in the catalog format: the file, or else the pasted text. */
  @PostMapping("/catalog/manage/new")
  public String create(@RequestParam(value = "file", required = false) MultipartFile file,
                       @RequestParam(defaultValue = "") String json, RedirectAttributes flash) throws IOException {
    CatalogEntry entry = uploaded(file, json);
    EntryRecord r = platform.catalog().createDraft(CurrentUser.platformUser(), entry);
    flash.addFlashAttribute("ok", "草稿 #" + r.getId() + "（" + entry.getName() + "）已创建；检查结果见下表。");
    return "redirect:/catalog/manage";
  }

  /** A revised working version (a draft, or a rejected one to fix), uploaded or pasted. */
  @PostMapping("/catalog/manage/{id}/edit")
  public String edit(@PathVariable long id, @RequestParam long rowVersion,
                     @RequestParam(value = "file", required = false) MultipartFile file,
                     @RequestParam(defaultValue = "") String json, RedirectAttributes flash) throws IOException {
    CatalogEntry entry = uploaded(file, json);
    platform.catalog().editDraft(CurrentUser.platformUser(), id, rowVersion, entry);
    flash.addFlashAttribute("ok", "目录 #" + id + " 的编制版本已更新；检查结果见下表。");
    return "redirect:/catalog/manage";
  }

  private CatalogEntry uploaded(MultipartFile file, String json) throws IOException {
    String text = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : json;
    if (text.isBlank()) throw new InvalidArgumentException("请上传或粘贴目录条目（JSON，见 docs/catalog-format.md）");
    return GovShare.entryFromJson(withProvider(text));   // a ParseException names the JSON path: 422
  }

  /**
   * The catalog format requires {@code provider}; a department's upload may leave it out, since
   * the provider of a draft is always the uploader's department (A7; createDraft refuses another).
   */
  private String withProvider(String text) {
    tools.jackson.databind.JsonNode root;
    try {
      root = json.readTree(text);
    } catch (tools.jackson.core.JacksonException e) {
      return text;   // the library's parser says what is wrong, and where
    }
    if (!(root instanceof tools.jackson.databind.node.ObjectNode o) || o.has("provider")) return text;
    User user = platform.findUser(CurrentUser.platformUser()).orElseThrow(
        () -> new org.govshare.PermissionDeniedException("未知的平台用户"));
    tools.jackson.databind.node.ObjectNode provider = o.putObject("provider");
    provider.put("code", user.getDepartmentCode());
    provider.put("name", platform.findDepartment(user.getDepartmentCode())
        .map(org.govshare.Department::getName).orElse(user.getDepartmentCode()));
    return json.writeValueAsString(o);
  }

  @PostMapping("/catalog/manage/{id}/submit")
  public String submit(@PathVariable long id, @RequestParam long rowVersion, RedirectAttributes flash) {
    platform.catalog().submit(CurrentUser.platformUser(), id, rowVersion);
    flash.addFlashAttribute("ok", "目录 #" + id + " 已提交大数据管理局审核（A10）。");
    return "redirect:/catalog/manage";
  }

  @PostMapping("/catalog/manage/{id}/publish")
  public String publish(@PathVariable long id, @RequestParam long rowVersion, RedirectAttributes flash) {
    EntryRecord r = platform.catalog().publish(CurrentUser.platformUser(), id, rowVersion);
    flash.addFlashAttribute("ok", "目录 " + r.getCode() + " 已发布。");
    return "redirect:/catalog/manage";
  }

  @PostMapping("/catalog/manage/{id}/withdraw")
  public String requestWithdrawal(@PathVariable long id, @RequestParam long rowVersion, @RequestParam String reason,
                                  RedirectAttributes flash) {
    platform.catalog().requestWithdrawal(CurrentUser.platformUser(), id, rowVersion, reason.trim());
    flash.addFlashAttribute("ok", "目录 #" + id + " 的撤销申请已提交，订阅部门已收到通知（A16）。");
    return "redirect:/catalog/manage";
  }

  /**
   * A18 整体授权: the provider's leader grants the platform as a whole the use of an entry whose
   * mode is provider-to-platform (every item unless some are ticked); the bureau then grants
   * consumers within it.
   */
  @PostMapping("/catalog/manage/{id}/platform-grant")
  public String grantPlatform(@PathVariable long id, @RequestParam(required = false) List<String> items,
                              @RequestParam(defaultValue = "") String validUntil,
                              @RequestParam(defaultValue = "") String conditions, RedirectAttributes flash) {
    GrantTerms terms = new GrantTerms();
    if (items != null) terms.setItems(items);
    if (!validUntil.isBlank()) terms.setValidUntil(CatalogController.parseDate(validUntil));
    terms.setConditions(conditions.trim());
    Authorization z = platform.sharing().grantPlatform(CurrentUser.platformUser(), id, terms);
    flash.addFlashAttribute("ok", "目录 #" + id + " 已整体授权平台（授权 #" + z.getId() + "，至 " + z.getValidUntil()
        + "）；大数据管理局在此范围内向使用部门授权（A18）。");
    return "redirect:/catalog/manage";
  }

  /** The bureau: entries submitted for review, and withdrawals to decide. */
  @GetMapping("/queue/catalog-review")
  public String review(Model model) {
    String user = CurrentUser.platformUser();
    List<EntryRecord> submitted = new ArrayList<>();
    List<EntryRecord> withdrawals = new ArrayList<>();
    for (EntryRecord r : platform.catalog().entries(user)) {
      if (r.getWorkingStatus().filter(s -> s == VersionStatus.SUBMITTED).isPresent()) submitted.add(r);
      if (r.getStatus() == EntryStatus.WITHDRAWAL_REQUESTED) withdrawals.add(r);
    }
    Map<Long, List<Finding>> findings = new LinkedHashMap<>();
    for (EntryRecord r : submitted) {
      findings.put(r.getId(), List.copyOf(GovShare.validate(r.getWorking().orElseThrow())));
    }
    model.addAttribute("submitted", submitted);
    model.addAttribute("withdrawals", withdrawals);
    model.addAttribute("findings", findings);
    return "catalog-review";
  }

  @PostMapping("/catalog/review/{id}/approve")
  public String approve(@PathVariable long id, @RequestParam long rowVersion, RedirectAttributes flash) {
    EntryRecord r = platform.catalog().approve(CurrentUser.platformUser(), id, rowVersion);
    flash.addFlashAttribute("ok", "目录 #" + id + " 审核通过，编码 " + r.getCode() + "（A7），待提供部门发布。");
    return "redirect:/queue/catalog-review";
  }

  @PostMapping("/catalog/review/{id}/reject")
  public String reject(@PathVariable long id, @RequestParam long rowVersion,
                       @RequestParam(defaultValue = "") String path, @RequestParam String reason,
                       RedirectAttributes flash) {
    platform.catalog().reject(CurrentUser.platformUser(), id, rowVersion,
        List.of(ReviewFinding.of(path.trim(), reason.trim())));
    flash.addFlashAttribute("ok", "目录 #" + id + " 已退回修改（A10）。");
    return "redirect:/queue/catalog-review";
  }

  @PostMapping("/catalog/review/{id}/withdrawal")
  public String decideWithdrawal(@PathVariable long id, @RequestParam long rowVersion,
                                 @RequestParam boolean approve, @RequestParam(defaultValue = "") String comment,
                                 RedirectAttributes flash) {
    platform.catalog().decideWithdrawal(CurrentUser.platformUser(), id, rowVersion, approve, comment.trim());
    flash.addFlashAttribute("ok", "目录 #" + id + (approve ? " 已撤销（A16）。" : " 的撤销申请未同意。"));
    return "redirect:/queue/catalog-review";
  }
}
