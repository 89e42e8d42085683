package org.govshare.portal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.govshare.DemandAnswer;
import org.govshare.DemandAnswerKind;
import org.govshare.DemandRequest;
import org.govshare.DemandRequestInput;
import org.govshare.Dispute;
import org.govshare.DisputeInput;
import org.govshare.DisputeSubject;
import org.govshare.GovShare;
import org.govshare.Objection;
import org.govshare.ObjectionInput;
import org.govshare.Platform;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Demands for data not in the catalog (A24, A25), objections to wrong data (A29), and disputes
 * over sharing (A27) with their tiers (N28).
 */
@Controller
public class CasesController {
  private final Platform platform;

  public CasesController(Platform platform) {
    this.platform = platform;
  }

  @GetMapping("/demands")
  public String demands(Model model) {
    String user = CurrentUser.platformUser();
    model.addAttribute("demands", platform.sharing().demands(user));
    model.addAttribute("departments", platform.departments());
    return "demands";
  }

  @PostMapping("/demands")
  public String submitDemand(@RequestParam String targetCode, @RequestParam String description,
                             @RequestParam String items, @RequestParam String purpose,
                             @RequestParam("scan") MultipartFile scan, RedirectAttributes flash) throws IOException {
    DemandRequestInput d = new DemandRequestInput();
    d.setTargetCode(targetCode);
    d.setDescription(description.trim());
    d.setItems(split(items));
    d.setPurpose(purpose.trim());
    d.setScan(Uploads.requiredScan(scan, "请上传盖章的需求表扫描件（A24）"));
    DemandRequest r = platform.sharing().submitDemand(CurrentUser.platformUser(), d);
    flash.addFlashAttribute("ok", "需求 #" + r.getId() + " 已提交。");
    return "redirect:/demands";
  }

  @PostMapping("/demands/{id}/answer")
  public String answerDemand(@PathVariable long id, @RequestParam long rowVersion, @RequestParam String kind,
                             @RequestParam String text, RedirectAttributes flash) {
    DemandAnswerKind k = Forms.parse(DemandAnswerKind.class, kind, "kind");
    platform.sharing().answerDemand(CurrentUser.platformUser(), id, rowVersion, DemandAnswer.of(k, text));
    flash.addFlashAttribute("ok", "需求 #" + id + " 已答复。");
    return "redirect:/demands";
  }

  @GetMapping("/objections")
  public String objections(Model model) {
    model.addAttribute("objections", platform.sharing().objections(CurrentUser.platformUser()));
    return "objections";
  }

  @PostMapping("/objections")
  public String raise(@RequestParam long entryId, @RequestParam String recordKey, @RequestParam String item,
                      @RequestParam String description, RedirectAttributes flash) {
    ObjectionInput o = new ObjectionInput();
    o.setEntryId(entryId);
    o.setRecordKey(recordKey.trim());
    o.setItem(item.trim());
    o.setDescription(description.trim());
    Objection r = platform.sharing().raiseObjection(CurrentUser.platformUser(), o);
    flash.addFlashAttribute("ok", "异议 #" + r.getId() + " 已提出，提供部门将核查。");
    return "redirect:/objections";
  }

  @PostMapping("/objections/{id}/resolve")
  public String resolve(@PathVariable long id, @RequestParam long rowVersion, @RequestParam boolean upheld,
                        @RequestParam String response, RedirectAttributes flash) {
    platform.sharing().resolveObjection(CurrentUser.platformUser(), id, rowVersion, upheld, response);
    flash.addFlashAttribute("ok", "异议 #" + id + " 已处理。");
    return "redirect:/objections";
  }

  @GetMapping("/disputes")
  public String disputes(Model model) {
    model.addAttribute("disputes", platform.sharing().disputes(CurrentUser.platformUser()));
    return "disputes";
  }

  /** A party opens a dispute about an application's result or reasons, or an entry's conditions (A27). */
  @PostMapping("/disputes")
  public String openDispute(@RequestParam String subject, @RequestParam(defaultValue = "0") long applicationId,
                            @RequestParam(defaultValue = "0") long entryId, @RequestParam String description,
                            RedirectAttributes flash) {
    DisputeInput d = new DisputeInput();
    d.setSubject(Forms.parse(DisputeSubject.class, subject, "subject"));
    d.setApplicationId(applicationId);
    d.setEntryId(entryId);
    d.setDescription(description.trim());
    Dispute r = platform.sharing().openDispute(CurrentUser.platformUser(), d);
    flash.addFlashAttribute("ok", "争议 #" + r.getId() + " 已提出，先由双方协商（A27、N28）。");
    return "redirect:/disputes";
  }

  /** N28: to the next tier — the same-level authority, the common superior one, the government. */
  @PostMapping("/disputes/{id}/escalate")
  public String escalateDispute(@PathVariable long id, @RequestParam long rowVersion, @RequestParam String reason,
                                RedirectAttributes flash) {
    Dispute r = platform.sharing().escalateDispute(CurrentUser.platformUser(), id, rowVersion, reason.trim());
    flash.addFlashAttribute("ok", "争议 #" + id + " 已提请" + GovShare.chineseLabel(r.getTier()) + "。");
    return "redirect:/disputes";
  }

  @PostMapping("/disputes/{id}/resolve")
  public String resolveDispute(@PathVariable long id, @RequestParam long rowVersion, @RequestParam String outcome,
                               RedirectAttributes flash) {
    platform.sharing().resolveDispute(CurrentUser.platformUser(), id, rowVersion, outcome.trim());
    flash.addFlashAttribute("ok", "争议 #" + id + " 已办结。");
    return "redirect:/disputes";
  }

  static List<String> split(String csv) {
    return Arrays.stream(csv.split("[,，、\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
