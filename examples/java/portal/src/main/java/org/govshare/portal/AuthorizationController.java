package org.govshare.portal;

import java.util.ArrayList;
import java.util.List;
import org.govshare.Authorization;
import org.govshare.GovShare;
import org.govshare.InvalidArgumentException;
import org.govshare.Platform;
import org.govshare.ServiceChange;
import org.govshare.ServiceChangeInput;
import org.govshare.ServiceChangeKind;
import org.govshare.UseBeyondGrant;
import org.govshare.UseRecordInput;
import org.govshare.UseRecordKind;
import org.govshare.WiderUseRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One authorization and what the national regulation lets each side do with it: the consumer's
 * use records (N29) and the end of its purpose (N27); the provider's end or change of the
 * service, negotiated with the consumer and filed with the bureau (N27); a suspension for misuse
 * with its rectification or termination (N27 ¶2); a wider use asked for and consented to or
 * refused (N25). Every form is offered to everyone who may see the authorization: the platform
 * refuses what the user's role or department may not do.
 */
@Controller
public class AuthorizationController {
  private final Platform platform;

  public AuthorizationController(Platform platform) {
    this.platform = platform;
  }

  @GetMapping("/authorizations/{id}")
  public String show(@PathVariable long id, Model model) {
    String user = CurrentUser.platformUser();
    Authorization z = platform.sharing().getAuthorization(user, id);
    List<ServiceChange> changes = new ArrayList<>();
    for (ServiceChange c : platform.sharing().serviceChanges(user)) {
      if (c.getChange().getAuthorizationId() == id) changes.add(c);
    }
    model.addAttribute("z", z);
    model.addAttribute("useRecords", platform.sharing().useRecords(user, "", id));
    model.addAttribute("changes", changes);
    return "authorization";
  }

  /** N29: the consumer records one fact of its use; kept at least 3 years, never changed. */
  @PostMapping("/authorizations/{id}/use-records")
  public String addUseRecord(@PathVariable long id, @RequestParam String kind, @RequestParam String text,
                             RedirectAttributes flash) {
    UseRecordInput r = new UseRecordInput();
    r.setAuthorizationId(id);
    r.setKind(Forms.parse(UseRecordKind.class, kind, "kind"));
    r.setText(text.trim());
    platform.sharing().addUseRecord(CurrentUser.platformUser(), r);
    flash.addFlashAttribute("ok", "使用记录已保存（N29）。");
    return "redirect:/authorizations/" + id;
  }

  /** N27: the consumer's leader ends its own authorization when the purpose is met or gone. */
  @PostMapping("/authorizations/{id}/end-purpose")
  public String endPurpose(@PathVariable long id, @RequestParam long rowVersion, @RequestParam String reason,
                           RedirectAttributes flash) {
    platform.sharing().endPurpose(CurrentUser.platformUser(), id, rowVersion, reason.trim());
    flash.addFlashAttribute("ok", "授权 #" + id + " 已因共享目的终结而终止；请按提供部门的要求处置数据并记录销毁情况（N27、N29）。");
    return "redirect:/authorizations/" + id;
  }

  /** N27: the provider's leader proposes to end or change the service; the consumer negotiates. */
  @PostMapping("/authorizations/{id}/service-changes")
  public String proposeServiceChange(@PathVariable long id, @RequestParam String kind, @RequestParam String reason,
                                     @RequestParam(defaultValue = "") String items,
                                     @RequestParam(defaultValue = "") String validUntil, RedirectAttributes flash) {
    ServiceChangeInput c = new ServiceChangeInput();
    c.setAuthorizationId(id);
    c.setKind(Forms.parse(ServiceChangeKind.class, kind, "kind"));
    c.setReason(reason.trim());
    c.setItems(CasesController.split(items));
    if (!validUntil.isBlank()) c.setValidUntil(CatalogController.parseDate(validUntil));
    ServiceChange r = platform.sharing().proposeServiceChange(CurrentUser.platformUser(), c);
    flash.addFlashAttribute("ok", "服务" + GovShare.chineseLabel(r.getChange().getKind()) + "的提议 #" + r.getId()
        + " 已送使用部门协商（N27）。");
    return "redirect:/authorizations/" + id;
  }

  @PostMapping("/service-changes/{changeId}/answer")
  public String answerServiceChange(@PathVariable long changeId, @RequestParam long authorizationId,
                                    @RequestParam long rowVersion, @RequestParam boolean agrees,
                                    @RequestParam(defaultValue = "") String comment, RedirectAttributes flash) {
    platform.sharing().answerServiceChange(CurrentUser.platformUser(), changeId, rowVersion, agrees, comment.trim());
    flash.addFlashAttribute("ok", "已答复服务变更 #" + changeId + "。");
    return "redirect:/authorizations/" + authorizationId;
  }

  /** N27 报……备案: the provider files the negotiated change with the bureau; it takes effect. */
  @PostMapping("/service-changes/{changeId}/file")
  public String fileServiceChange(@PathVariable long changeId, @RequestParam long authorizationId,
                                  @RequestParam long rowVersion, RedirectAttributes flash) {
    platform.sharing().fileServiceChange(CurrentUser.platformUser(), changeId, rowVersion);
    flash.addFlashAttribute("ok", "服务变更 #" + changeId + " 已报大数据管理局备案并生效（N27）。");
    return "redirect:/authorizations/" + authorizationId;
  }

  @PostMapping("/service-changes/{changeId}/withdraw")
  public String withdrawServiceChange(@PathVariable long changeId, @RequestParam long authorizationId,
                                      @RequestParam long rowVersion, @RequestParam String reason,
                                      RedirectAttributes flash) {
    platform.sharing().withdrawServiceChange(CurrentUser.platformUser(), changeId, rowVersion, reason.trim());
    flash.addFlashAttribute("ok", "服务变更 #" + changeId + " 已撤回。");
    return "redirect:/authorizations/" + authorizationId;
  }

  /** N27 ¶2: suspended for a use beyond the grant, to be rectified within the working days set. */
  @PostMapping("/authorizations/{id}/suspend-for-misuse")
  public String suspendForMisuse(@PathVariable long id, @RequestParam long rowVersion, @RequestParam String misuse,
                                 @RequestParam String facts, @RequestParam int workingDays, RedirectAttributes flash) {
    platform.sharing().suspendForMisuse(CurrentUser.platformUser(), id, rowVersion,
        Forms.parse(UseBeyondGrant.class, misuse, "misuse"), facts.trim(), workingDays);
    flash.addFlashAttribute("ok", "授权 #" + id + " 已暂停，限 " + workingDays + " 个工作日整改（N27）。");
    return "redirect:/authorizations/" + id;
  }

  @PostMapping("/authorizations/{id}/report-rectification")
  public String reportRectification(@PathVariable long id, @RequestParam long rowVersion, @RequestParam String report,
                                    RedirectAttributes flash) {
    platform.sharing().reportRectification(CurrentUser.platformUser(), id, rowVersion, report.trim());
    flash.addFlashAttribute("ok", "整改情况已报送（N27）。");
    return "redirect:/authorizations/" + id;
  }

  @PostMapping("/authorizations/{id}/terminate-for-misuse")
  public String terminateForMisuse(@PathVariable long id, @RequestParam long rowVersion, @RequestParam String reason,
                                   RedirectAttributes flash) {
    platform.sharing().terminateForMisuse(CurrentUser.platformUser(), id, rowVersion, reason.trim());
    flash.addFlashAttribute("ok", "授权 #" + id + " 因拒不整改或整改不到位已终止（N27）。");
    return "redirect:/authorizations/" + id;
  }

  /** N25: the consumer's leader asks the provider's consent to a wider use. */
  @PostMapping("/authorizations/{id}/wider-use")
  public String requestWiderUse(@PathVariable long id, @RequestParam long rowVersion, @RequestParam String kind,
                                @RequestParam String description, @RequestParam(defaultValue = "") String thirdParty,
                                RedirectAttributes flash) {
    WiderUseRequest r = new WiderUseRequest();
    r.setKind(Forms.parse(UseBeyondGrant.class, kind, "kind"));
    r.setDescription(description.trim());
    r.setThirdParty(thirdParty.trim());
    platform.sharing().requestWiderUse(CurrentUser.platformUser(), id, rowVersion, r);
    flash.addFlashAttribute("ok", "已请提供部门同意（N25）。");
    return "redirect:/authorizations/" + id;
  }

  @PostMapping("/authorizations/{id}/wider-use/{number}")
  public String answerWiderUse(@PathVariable long id, @PathVariable int number, @RequestParam long rowVersion,
                               @RequestParam boolean consent, @RequestParam(defaultValue = "") String answer,
                               RedirectAttributes flash) {
    platform.sharing().answerWiderUse(CurrentUser.platformUser(), id, rowVersion, number, consent, answer.trim());
    flash.addFlashAttribute("ok", consent ? "已同意扩大使用（N25）。" : "已不同意扩大使用（N25）。");
    return "redirect:/authorizations/" + id;
  }
}
