package org.govshare.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govshare.AccessDecision;
import org.govshare.AccessRequest;
import org.govshare.ComparisonResult;
import org.govshare.EntryRecord;
import org.govshare.FieldComparison;
import org.govshare.GovShare;
import org.govshare.ItemDecision;
import org.govshare.ItemTreatment;
import org.govshare.Platform;
import org.govshare.RuleCheck;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The data boundary (A8, A26, A28, A30; docs/access.md): every delivery is {@code Decide} as the
 * signed-in user, then the provider's records through {@code Filter}; nothing from the records
 * reaches the answer any other way. A refused decision is a 403 with the failed checks; a request
 * naming a comparison-only item is a 403 too (that data never leaves: use /api/compare). Every
 * decision and comparison, allowed or not, is in the platform's usage log.
 */
@RestController
public class DataApiController {
  private final Platform platform;
  private final Entries entries;
  private final SampleRecords records;

  public DataApiController(Platform platform, Entries entries, SampleRecords records) {
    this.platform = platform;
    this.entries = entries;
    this.records = records;
  }

  /** {@code GET /api/data/{entry}?items=姓名,公民身份号码&purpose=低保审批 2026-0917}. */
  @GetMapping("/api/data/{entry}")
  public ResponseEntity<Map<String, Object>> data(@PathVariable String entry,
                                                  @RequestParam(defaultValue = "") List<String> items,
                                                  @RequestParam(defaultValue = "") String purpose) {
    ServerTiming timing = new ServerTiming();
    String user = CurrentUser.platformUser();
    Entries.Ref r = entries.ref(user, entry);
    timing.lap("entry", "find the entry (remembered 30 s)");
    String[] wanted = items.stream().map(String::trim).filter(s -> !s.isEmpty()).toArray(String[]::new);
    AccessDecision d = platform.access().decide(AccessRequest.of(user, r.id(), purpose, wanted));
    timing.lap("decide", "Decide (JNI + core)");
    try {
      Map<String, Object> body = new LinkedHashMap<>();
      HttpStatus status = answer(r, user, purpose, d, body, timing);
      return ResponseEntity.status(status).header(ServerTiming.HEADER, timing.header()).body(body);
    } finally {
      d.delete();   // frees the native decision now rather than at the next collection (docs/api-java.md, Cost)
    }
  }

  private HttpStatus answer(Entries.Ref r, String user, String purpose, AccessDecision d,
                            Map<String, Object> body, ServerTiming timing) {
    body.put("entry", r.name());
    body.put("entryId", r.id());
    body.put("code", r.code());
    body.put("user", user);
    body.put("purpose", purpose);
    body.put("allowed", d.isAllowed());
    body.put("items", items(d));
    if (!d.isAllowed()) {
      body.put("reasons", failed(d.getReasons()));
      return HttpStatus.FORBIDDEN;
    }
    body.put("authorizationId", d.getAuthorizationId());
    List<String> comparisonOnly = new ArrayList<>();
    for (ItemDecision i : d.getItems()) {
      if (i.getTreatment() == ItemTreatment.COMPARISON_ONLY) comparisonOnly.add(i.getItem());
    }
    if (!comparisonOnly.isEmpty()) {
      body.put("allowed", false);
      body.put("reasons", List.of(Map.of("rule", "comparison_only", "article", "A8",
          "message", "以下数据项仅提供比对核验，不提供数据本身：" + String.join("、", comparisonOnly)
              + "；请使用 POST /api/compare/" + r.id())));
      return HttpStatus.FORBIDDEN;
    }
    String source = records.recordsJson(r.name());
    timing.lap("source", "read the provider's records");
    // The provider's records pass through Filter: masked items masked, the rest dropped.
    String delivered = platform.access().filter(d, source);
    timing.lap("filter", "Filter (JNI + core)");
    body.put("records", records.parse(delivered));
    timing.lap("json", "parse the delivered records");
    return HttpStatus.OK;
  }

  /**
   * {@code POST /api/compare/{entry}} with {@code {"purpose": "...", "values": {"公民身份号码": "…",
   * "姓名": "张三"}}}: whether the submitted values match the provider's record (found by the
   * entry's first item, its key), never the data itself.
   */
  @PostMapping("/api/compare/{entry}")
  public ResponseEntity<Map<String, Object>> compare(@PathVariable String entry,
                                                     @RequestBody CompareRequest request) {
    String user = CurrentUser.platformUser();
    EntryRecord r = entries.find(user, entry);
    Map<String, String> values = request.values() == null ? Map.of() : request.values();
    String keyItem = r.getLive().orElseThrow().getItems().get(0).getName();
    String providerRecord = records.recordJson(Entries.name(r), keyItem, values.get(keyItem)).orElse("null");
    String purpose = request.purpose() == null ? "" : request.purpose();
    ComparisonResult c = platform.access().compare(
        AccessRequest.of(user, r.getId(), purpose, values.keySet().toArray(String[]::new)), values, providerRecord);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("entry", Entries.name(r));
    body.put("entryId", r.getId());
    body.put("allowed", c.isAllowed());
    if (!c.isAllowed()) {
      body.put("reasons", failed(c.getReasons()));
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(body);
    }
    body.put("overall", GovShare.toString(c.getOverall()));
    body.put("overallZh", GovShare.chineseLabel(c.getOverall()));
    List<Map<String, String>> fields = new ArrayList<>();
    for (FieldComparison f : c.getFields()) {
      fields.add(Map.of("item", f.getItem(), "outcome", GovShare.toString(f.getOutcome())));
    }
    body.put("fields", fields);
    return ResponseEntity.ok(body);
  }

  public record CompareRequest(String purpose, Map<String, String> values) {}

  static List<Map<String, String>> items(AccessDecision d) {
    List<Map<String, String>> out = new ArrayList<>();
    for (ItemDecision i : d.getItems()) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("item", i.getItem());
      m.put("treatment", GovShare.toString(i.getTreatment()));
      m.put("treatmentZh", GovShare.chineseLabel(i.getTreatment()));
      if (!i.getWhy().isEmpty()) m.put("why", i.getWhy());
      out.add(m);
    }
    return out;
  }

  static List<Map<String, String>> failed(Iterable<RuleCheck> checks) {
    List<Map<String, String>> out = new ArrayList<>();
    for (RuleCheck c : checks) {
      if (!c.isPassed()) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("rule", c.getRule());
        m.put("article", c.getArticle());
        m.put("message", c.getMessage());
        m.put("messageZh", RULES_ZH.getOrDefault(c.getRule(), c.getMessage()));
        out.add(m);
      }
    }
    return out;
  }

  /** The checks of docs/access.md, in Chinese for the pages (the library's messages are English). */
  static final Map<String, String> RULES_ZH = Map.of(
      "user", "用户不存在、已停用，或没有使用数据的角色（A28）",
      "purpose", "未说明用途（办理事项），不得用于其他目的（A30）",
      "items", "没有可提供的数据项：未申请，或不在授权范围内（A8、A30）",
      "entry", "资源未发布或已撤销（A16）",
      "share_class", "资源已列为不予共享（A8）",
      "authorization", "本部门对该资源没有有效的授权：未授权、已暂停或撤销、不在有效期内，或共享方式不符（A26、A30）",
      "rate_limit", "比对次数超过每分钟上限");
}
