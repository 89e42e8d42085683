package org.govshare.portal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govshare.Application;
import org.govshare.ApplicationStatus;
import org.govshare.Authorization;
import org.govshare.GovShare;
import org.govshare.GrantTerms;
import org.govshare.Platform;
import org.govshare.RevocationGround;
import org.govshare.ScanDocument;
import org.govshare.User;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Applications (A20–A23, N21) and authorizations (A26): the consumer's list with each step's
 * deadline, the bureau's form-check queue, the provider's decision queue, and the provider's
 * authorizations with suspend / reinstate / revoke and the non-use list. Every form carries the
 * row version it was read at: a change by someone else in between is a 409.
 */
@Controller
public class SharingController {
  private final Platform platform;

  public SharingController(Platform platform) {
    this.platform = platform;
  }

  private String department(String user) {
    return platform.findUser(user).map(User::getDepartmentCode).orElse("");
  }

  @GetMapping("/applications")
  public String mine(Model model) {
    String user = CurrentUser.platformUser();
    String dept = department(user);
    List<Application> mine = new ArrayList<>();
    for (Application a : platform.sharing().applications(user)) {
      if (a.getConsumerCode().equals(dept)) mine.add(a);
    }
    model.addAttribute("applications", mine);
    model.addAttribute("title", "本部门的申请");
    model.addAttribute("queue", "mine");
    return "applications";
  }

  @GetMapping("/queue/form-check")
  public String formCheck(Model model) {
    String user = CurrentUser.platformUser();
    List<Application> queue = new ArrayList<>();
    for (Application a : platform.sharing().applications(user)) {
      if (a.getStatus() == ApplicationStatus.SUBMITTED) queue.add(a);
    }
    model.addAttribute("applications", queue);
    model.addAttribute("title", "形式审查（大数据管理局，A21）");
    model.addAttribute("queue", "form-check");
    return "applications";
  }

  @GetMapping("/queue/decisions")
  public String decisions(Model model) {
    String user = CurrentUser.platformUser();
    String dept = department(user);
    List<Application> queue = new ArrayList<>();
    for (Application a : platform.sharing().applications(user)) {
      // The department that decides (A18): the provider, or the bureau for a platform-granted entry.
      if (a.getStatus() == ApplicationStatus.ACCEPTED && a.getAuthorityCode().equals(dept)) queue.add(a);
    }
    model.addAttribute("applications", queue);
    model.addAttribute("title", "待本部门答复的申请（A18、A22、N21）");
    model.addAttribute("queue", "decisions");
    return "applications";
  }

  /** N21: the bureau's queue of reply extensions the deciding departments asked for. */
  @GetMapping("/queue/extensions")
  public String extensions(Model model) {
    String user = CurrentUser.platformUser();
    List<Application> queue = new ArrayList<>();
    for (Application a : platform.sharing().applications(user)) {
      if (a.getExtension().filter(x -> x.getApproved().isEmpty()).isPresent()) queue.add(a);
    }
    model.addAttribute("applications", queue);
    model.addAttribute("title", "答复延期申请（大数据管理局，N21）");
    model.addAttribute("queue", "extensions");
    return "applications";
  }

  /** N21: the deciding department asks, before the reply is due, for more working days (at most 10). */
  @PostMapping("/applications/{id}/request-extension")
  public String requestExtension(@PathVariable long id, @RequestParam long rowVersion, @RequestParam int workingDays,
                                 @RequestParam String reason, RedirectAttributes flash) {
    platform.sharing().requestReplyExtension(CurrentUser.platformUser(), id, rowVersion, workingDays, reason.trim());
    flash.addFlashAttribute("ok", "申请 #" + id + " 的答复延期 " + workingDays + " 个工作日已报大数据管理局。");
    return "redirect:/queue/decisions";
  }

  @PostMapping("/applications/{id}/decide-extension")
  public String decideExtension(@PathVariable long id, @RequestParam long rowVersion, @RequestParam boolean approve,
                                @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
    platform.sharing().decideReplyExtension(CurrentUser.platformUser(), id, rowVersion, approve, reason.trim());
    flash.addFlashAttribute("ok", "申请 #" + id + " 的答复延期" + (approve ? "已同意。" : "未同意。"));
    return "redirect:/queue/extensions";
  }

  @PostMapping("/applications/{id}/accept")
  public String accept(@PathVariable long id, @RequestParam long rowVersion, RedirectAttributes flash) {
    platform.sharing().acceptApplication(CurrentUser.platformUser(), id, rowVersion);
    flash.addFlashAttribute("ok", "申请 #" + id + " 已受理，转提供部门答复。");
    return "redirect:/queue/form-check";
  }

  @PostMapping("/applications/{id}/decline")
  public String decline(@PathVariable long id, @RequestParam long rowVersion, @RequestParam String reason,
                        RedirectAttributes flash) {
    platform.sharing().declineApplication(CurrentUser.platformUser(), id, rowVersion, reason);
    flash.addFlashAttribute("ok", "申请 #" + id + " 不予受理。");
    return "redirect:/queue/form-check";
  }

  @PostMapping("/applications/{id}/grant")
  public String grant(@PathVariable long id, @RequestParam long rowVersion,
                      @RequestParam(defaultValue = "") String validUntil, RedirectAttributes flash) {
    GrantTerms terms = new GrantTerms();
    if (!validUntil.isBlank()) terms.setValidUntil(CatalogController.parseDate(validUntil));
    Application a = platform.sharing().grantApplication(CurrentUser.platformUser(), id, rowVersion, terms);
    flash.addFlashAttribute("ok", "申请 #" + id + " 已同意，授权 #" + a.getAuthorizationId() + "。");
    return "redirect:/queue/decisions";
  }

  @PostMapping("/applications/{id}/refuse")
  public String refuse(@PathVariable long id, @RequestParam long rowVersion, @RequestParam String reason,
                       RedirectAttributes flash) {
    platform.sharing().refuseApplication(CurrentUser.platformUser(), id, rowVersion, reason);
    flash.addFlashAttribute("ok", "申请 #" + id + " 已不予同意。");
    return "redirect:/queue/decisions";
  }

  /** N21: the provider asks once for the missing materials; the reply period stops meanwhile. */
  @PostMapping("/applications/{id}/request-materials")
  public String requestMaterials(@PathVariable long id, @RequestParam long rowVersion, @RequestParam String materials,
                                 RedirectAttributes flash) {
    platform.sharing().requestMaterials(CurrentUser.platformUser(), id, rowVersion, CasesController.split(materials));
    flash.addFlashAttribute("ok", "已要求申请 #" + id + " 补充材料。");
    return "redirect:/queue/decisions";
  }

  /** N21: the consumer supplies them, with a scan when there is one; the reply period runs again. */
  @PostMapping("/applications/{id}/supply-materials")
  public String supplyMaterials(@PathVariable long id, @RequestParam long rowVersion, @RequestParam String supplement,
                                @RequestParam(value = "scan", required = false) MultipartFile scan,
                                RedirectAttributes flash) throws IOException {
    String user = CurrentUser.platformUser();
    Optional<ScanDocument> document = Uploads.scan(scan);
    if (document.isPresent()) {
      platform.sharing().supplyMaterials(user, id, rowVersion, supplement, document.get());
    } else {
      platform.sharing().supplyMaterials(user, id, rowVersion, supplement);
    }
    flash.addFlashAttribute("ok", "申请 #" + id + " 已补充材料。");
    return "redirect:/applications";
  }

  @GetMapping("/authorizations")
  public String authorizations(Model model) {
    String user = CurrentUser.platformUser();
    String dept = department(user);
    List<Authorization> mine = new ArrayList<>();
    List<Authorization> given = new ArrayList<>();
    for (Authorization z : platform.sharing().authorizations(user)) {
      if (z.getConsumerCode().equals(dept)) mine.add(z);
      if (z.getProviderCode().equals(dept)) given.add(z);
    }
    model.addAttribute("mine", mine);
    model.addAttribute("given", given);
    model.addAttribute("nonUse", dept.isEmpty() ? List.of() : platform.sharing().revocableForNonUse(user, dept));
    return "authorizations";
  }

  /** N22: the provider records how it delivered the data (within 20 working days of the grant). */
  @PostMapping("/authorizations/{id}/deliver")
  public String deliver(@PathVariable long id, @RequestParam long rowVersion, @RequestParam String method,
                        @RequestParam(defaultValue = "") String note, RedirectAttributes flash) {
    platform.sharing().recordDelivery(CurrentUser.platformUser(), id, rowVersion, GovShare.parseShareMethod(method),
        note.trim());
    flash.addFlashAttribute("ok", "授权 #" + id + " 已记录交付，使用部门已收到通知（N22）。");
    return "redirect:/authorizations";
  }

  @PostMapping("/authorizations/{id}/suspend")
  public String suspend(@PathVariable long id, @RequestParam long rowVersion, @RequestParam String reason,
                        RedirectAttributes flash) {
    platform.sharing().suspend(CurrentUser.platformUser(), id, rowVersion, reason);
    flash.addFlashAttribute("ok", "授权 #" + id + " 已暂停。");
    return "redirect:/authorizations";
  }

  @PostMapping("/authorizations/{id}/reinstate")
  public String reinstate(@PathVariable long id, @RequestParam long rowVersion, @RequestParam String reason,
                          RedirectAttributes flash) {
    platform.sharing().reinstate(CurrentUser.platformUser(), id, rowVersion, reason);
    flash.addFlashAttribute("ok", "授权 #" + id + " 已恢复。");
    return "redirect:/authorizations";
  }

  @PostMapping("/authorizations/{id}/revoke")
  public String revoke(@PathVariable long id, @RequestParam long rowVersion,
                       @RequestParam(defaultValue = "breach") String ground, @RequestParam String reason,
                       RedirectAttributes flash) {
    RevocationGround g = Forms.parse(RevocationGround.class, ground, "ground");
    platform.sharing().revoke(CurrentUser.platformUser(), id, rowVersion, g, reason);
    flash.addFlashAttribute("ok", "授权 #" + id + " 已撤销。");
    return "redirect:/authorizations";
  }
}
