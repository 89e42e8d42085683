package org.govshare.portal;

import static org.govshare.portal.PortalTestSupport.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.govshare.Application;
import org.govshare.ApplicationStatus;
import org.govshare.Authorization;
import org.govshare.Platform;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The server-rendered pages: the catalog, a whole application from apply to the data API, errors. */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class PagesTest {
  @DynamicPropertySource
  static void platform(DynamicPropertyRegistry registry) {
    PortalTestSupport.throwawayPlatform(registry);
  }

  @Autowired MockMvc mvc;
  @Autowired Platform platform;

  long household() {
    return new Entries(platform).find("civil.op", SampleCity.HOUSEHOLD).getId();
  }

  @Test
  void catalogSearchWithFacets() throws Exception {
    mvc.perform(get("/catalog").param("q", "人口").with(as("civil.op")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("户籍人口基本信息")))
        .andExpect(content().string(containsString("南通市公安局 (1)")));
    mvc.perform(get("/catalog").param("q", "公民身份号码").with(as("civil.op")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("户籍人口基本信息")))
        .andExpect(content().string(containsString("婚姻登记信息")))
        .andExpect(content().string(not(containsString("市场主体登记信息</a>"))))
        .andExpect(content().string(containsString("南通市公安局 (2)")))
        .andExpect(content().string(containsString("有条件共享")));
    mvc.perform(get("/catalog").param("q", "").param("department", SampleCity.MARKET).with(as("civil.op")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("市场主体登记信息")))
        .andExpect(content().string(not(containsString("户籍人口基本信息</a>"))));
  }

  @Test
  void entryPageShowsItemsScopeAndMethods() throws Exception {
    mvc.perform(get("/catalog/" + household()).with(as("civil.op")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("公民身份号码")))
        .andExpect(content().string(containsString("限民政部门履职核实户籍身份时使用")))
        .andExpect(content().string(containsString("提交申请")))
        // Every page's header: who is signed in, as which platform user, and the sign-out button.
        .andExpect(content().string(containsString("<span>刘芳</span>")))
        .andExpect(content().string(containsString("(<span>civil.op</span>)")))
        .andExpect(content().string(containsString("退出")));
    mvc.perform(post("/catalog/" + household() + "/subscribe").with(csrf()).with(as("civil.op")))
        .andExpect(redirectedUrl("/catalog/" + household()));
    mvc.perform(get("/catalog/" + household()).with(as("civil.op")).flashAttr("ok", "已订阅"))
        .andExpect(content().string(containsString("已订阅")));
  }

  @Test
  void anUnknownEntryIsA404PageInChinese() throws Exception {
    mvc.perform(get("/catalog/999999").with(as("civil.op")))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("未找到")));
  }

  @Test
  void anApplicationFromOutsideTheScopeIsA422PageWithTheReason() throws Exception {
    MockMultipartFile scan = new MockMultipartFile("scan", "申请表.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
    mvc.perform(multipart("/catalog/" + household() + "/apply").file(scan)
            .param("items", "姓名").param("purpose", "市场主体登记核验").param("legalDuty", "《市场主体登记管理条例》")
            .param("method", "api").param("validFrom", "2026-09-01").param("validUntil", "2027-08-31")
            .with(csrf()).with(as("market.op")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("请求不符合规定")));
  }

  @Test
  void aWholeApplicationFromApplyToTheDataApi() throws Exception {
    byte[] pdf = "%PDF-1.4 使用申请表（盖章）".getBytes(StandardCharsets.UTF_8);
    MockMultipartFile scan = new MockMultipartFile("scan", "使用申请表.pdf", "application/pdf", pdf);
    mvc.perform(multipart("/catalog/" + household() + "/apply").file(scan)
            .param("items", "户籍地址").param("purpose", "特困人员认定居住地核实").param("legalDuty", "《社会救助暂行办法》第十四条")
            .param("method", "api").param("validFrom", "2026-09-01").param("validUntil", "2027-08-31")
            .with(csrf()).with(as("civil.op")))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/applications"));
    Application a = platform.sharing().applications("civil.op").stream()
        .filter(x -> x.getRequest().getPurpose().equals("特困人员认定居住地核实")).findFirst().orElseThrow();
    assertEquals(pdf.length, a.getRequest().getScan().getSize());
    assertEquals(Uploads.sha256(scan), a.getRequest().getScan().getSha256());
    mvc.perform(get("/applications").with(as("civil.op")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("特困人员认定居住地核实")))
        .andExpect(content().string(containsString("形式审查")));

    mvc.perform(get("/queue/form-check").with(as("reviewer")))
        .andExpect(content().string(containsString("特困人员认定居住地核实")));
    // A stale row version is a 409 page, and nothing changes.
    mvc.perform(post("/applications/" + a.getId() + "/accept").param("rowVersion", String.valueOf(a.getRowVersion() + 7))
            .with(csrf()).with(as("reviewer")))
        .andExpect(status().isConflict());
    // The consumer may not accept its own application: 403.
    mvc.perform(post("/applications/" + a.getId() + "/accept").param("rowVersion", String.valueOf(a.getRowVersion()))
            .with(csrf()).with(as("civil.op")))
        .andExpect(status().isForbidden())
        .andExpect(content().string(containsString("无权操作")));
    mvc.perform(post("/applications/" + a.getId() + "/accept").param("rowVersion", String.valueOf(a.getRowVersion()))
            .with(csrf()).with(as("reviewer")))
        .andExpect(redirectedUrl("/queue/form-check"));
    a = platform.sharing().getApplication("civil.op", a.getId());
    assertEquals(ApplicationStatus.ACCEPTED, a.getStatus());
    // Granting what is not yet accepted, or twice, is a 422: here, refusing after the grant.
    mvc.perform(get("/queue/decisions").with(as("police.leader")))
        .andExpect(content().string(containsString("特困人员认定居住地核实")));
    mvc.perform(post("/applications/" + a.getId() + "/grant").param("rowVersion", String.valueOf(a.getRowVersion()))
            .with(csrf()).with(as("police.leader")))
        .andExpect(redirectedUrl("/queue/decisions"));
    a = platform.sharing().getApplication("civil.op", a.getId());
    assertEquals(ApplicationStatus.GRANTED, a.getStatus());
    mvc.perform(post("/applications/" + a.getId() + "/refuse").param("rowVersion", String.valueOf(a.getRowVersion()))
            .param("reason", "不予同意").with(csrf()).with(as("police.leader")))
        .andExpect(status().isUnprocessableContent());

    // The new authorization covers 户籍地址, masked by the entry's scope.
    mvc.perform(get("/api/data/户籍人口基本信息").param("items", "户籍地址").param("purpose", "特困人员认定 2026-0101")
            .with(as("civil.op")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].treatment").value("masked"))
        .andExpect(jsonPath("$.authorizationId").value(a.getAuthorizationId()))
        .andExpect(jsonPath("$.records[0].户籍地址").exists())
        .andExpect(jsonPath("$.records[0].户籍地址").value(not("江苏省南通市崇川区和平桥街道工农路17号")));
  }

  @Test
  void authorizationsOfTheConsumerAndTheProviderAndSuspension() throws Exception {
    mvc.perform(get("/authorizations").with(as("civil.op")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("本部门获得的授权")))
        .andExpect(content().string(containsString("（仅比对）")));
    Authorization z = platform.sharing().authorizations("police.leader").get(0);
    mvc.perform(post("/authorizations/" + z.getId() + "/suspend").param("rowVersion", String.valueOf(z.getRowVersion()))
            .param("reason", "核查使用情况").with(csrf()).with(as("civil.op")))
        .andExpect(status().isForbidden());
    mvc.perform(post("/authorizations/" + z.getId() + "/suspend").param("rowVersion", String.valueOf(z.getRowVersion()))
            .param("reason", "核查使用情况").with(csrf()).with(as("police.leader")))
        .andExpect(redirectedUrl("/authorizations"));
    z = platform.sharing().getAuthorization("police.leader", z.getId());
    mvc.perform(post("/authorizations/" + z.getId() + "/reinstate").param("rowVersion", String.valueOf(z.getRowVersion()))
            .param("reason", "核查完毕").with(csrf()).with(as("police.leader")))
        .andExpect(redirectedUrl("/authorizations"));
    mvc.perform(get("/authorizations").with(as("police.leader")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("本部门作出的授权")));
  }

  @Test
  void supervisionReportForTheAuditorAndNotForAConsumer() throws Exception {
    mvc.perform(get("/supervision").with(as("auditor")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("南通市公安局")));
    mvc.perform(get("/supervision").with(as("civil.op")))
        .andExpect(status().isForbidden());
  }

  @Test
  void aDemandSubmittedAndAnswered() throws Exception {
    MockMultipartFile scan = new MockMultipartFile("scan", "需求表.pdf", "application/pdf", "%PDF".getBytes(StandardCharsets.UTF_8));
    mvc.perform(multipart("/demands").file(scan).param("targetCode", SampleCity.POLICE)
            .param("description", "流动人口居住登记信息，用于社会救助对象居住情况核查")
            .param("items", "姓名、公民身份号码、居住地址").param("purpose", "社会救助对象居住情况核查")
            .with(csrf()).with(as("civil.op")))
        .andExpect(redirectedUrl("/demands"));
    org.govshare.DemandRequest d = platform.sharing().demands("civil.op").get(0);
    assertEquals(3, d.getRequest().getItems().size());
    mvc.perform(get("/demands").with(as("police.leader")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("流动人口居住登记信息")));
    mvc.perform(post("/demands/" + d.getId() + "/answer").param("rowVersion", String.valueOf(d.getRowVersion()))
            .param("kind", "will_publish").param("text", "一个月内发布").with(csrf()).with(as("police.leader")))
        .andExpect(redirectedUrl("/demands"));
    mvc.perform(get("/demands").with(as("civil.op")))
        .andExpect(content().string(containsString("一个月内发布")));
  }

  @Test
  void anObjectionRaisedAndResolved() throws Exception {
    mvc.perform(post("/objections").param("entryId", String.valueOf(household())).param("recordKey", "320602199001011234")
            .param("item", "姓名").param("description", "姓名与户籍登记不一致").with(csrf()).with(as("civil.op")))
        .andExpect(redirectedUrl("/objections"));
    org.govshare.Objection o = platform.sharing().objections("civil.op").get(0);
    mvc.perform(get("/objections").with(as("police.leader")))
        .andExpect(content().string(containsString("姓名与户籍登记不一致")));
    mvc.perform(post("/objections/" + o.getId() + "/resolve").param("rowVersion", String.valueOf(o.getRowVersion()))
            .param("upheld", "true").param("response", "已更正").with(csrf()).with(as("civil.op")))
        .andExpect(status().isForbidden());
    mvc.perform(post("/objections/" + o.getId() + "/resolve").param("rowVersion", String.valueOf(o.getRowVersion()))
            .param("upheld", "true").param("response", "已更正").with(csrf()).with(as("police.leader")))
        .andExpect(redirectedUrl("/objections"));
    assertTrue(platform.sharing().getObjection("civil.op", o.getId()).getResolvedAt().isPresent());
  }

  @Test
  void theUsageLogPageShowsDeliveriesAndRefusals() throws Exception {
    mvc.perform(get("/api/data/户籍人口基本信息").param("items", "姓名").param("purpose", "日志页核对 2026-0003")
            .with(as("civil.op")))
        .andExpect(status().isOk());
    mvc.perform(get("/api/data/户籍人口基本信息").param("items", "姓名").param("purpose", "日志页核对 2026-0004")
            .with(as("market.op")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/usage").with(as("auditor")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("日志页核对 2026-0003")))
        .andExpect(content().string(containsString("日志页核对 2026-0004")))
        .andExpect(content().string(containsString("<td>南通市市场监督管理局</td>")));
    // Filtered: one consumer department; a period that ends before the platform's day.
    mvc.perform(get("/usage").param("consumer", SampleCity.CIVIL).with(as("auditor")))
        .andExpect(content().string(containsString("日志页核对 2026-0003")))
        .andExpect(content().string(not(containsString("日志页核对 2026-0004"))));
    mvc.perform(get("/usage").param("from", "2026-09-01").param("to", "2026-09-01").param("entryId", String.valueOf(household()))
            .with(as("auditor")))
        .andExpect(content().string(containsString("日志页核对 2026-0003")));
    mvc.perform(get("/usage").param("to", "2026-08-31").with(as("auditor")))
        .andExpect(content().string(containsString("没有记录")));
    mvc.perform(get("/usage").param("from", "2026-13-01").with(as("auditor")))
        .andExpect(status().isUnprocessableContent());
  }

  @Test
  void anApplicationWithoutTheScanIs422() throws Exception {
    MockMultipartFile empty = new MockMultipartFile("scan", "", "application/octet-stream", new byte[0]);
    mvc.perform(multipart("/catalog/" + household() + "/apply").file(empty)
            .param("items", "姓名").param("purpose", "核对").param("legalDuty", "《社会救助暂行办法》")
            .param("method", "api").param("validFrom", "2026-09-01").param("validUntil", "2027-08-31")
            .with(csrf()).with(as("civil.op")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("扫描件")));
  }

  @Test
  void aPlatformGrantedEntryIsDecidedByTheBureauNotTheProvider() throws Exception {
    // 市场主体登记信息 is unconditional and granted by the platform (A18): the bureau decides.
    long market = new Entries(platform).find("civil.op", SampleCity.MARKET_ENTITIES).getId();
    MockMultipartFile scan = new MockMultipartFile("scan", "申请表.pdf", "application/pdf", new byte[] {1, 2, 3});
    mvc.perform(multipart("/catalog/" + market + "/apply").file(scan)
            .param("items", "企业名称").param("purpose", "社会组织登记核验").param("legalDuty", "《社会团体登记管理条例》第九条")
            .param("method", "api").param("validFrom", "2026-09-01").param("validUntil", "2027-08-31")
            .with(csrf()).with(as("civil.op")))
        .andExpect(redirectedUrl("/applications"));
    Application a = platform.sharing().applications("civil.op").stream()
        .filter(x -> x.getRequest().getPurpose().equals("社会组织登记核验")).findFirst().orElseThrow();
    assertEquals(SampleCity.BUREAU, a.getAuthorityCode());
    a = platform.sharing().acceptApplication("reviewer", a.getId(), a.getRowVersion());
    mvc.perform(get("/queue/decisions").with(as("market.leader")))
        .andExpect(content().string(not(containsString("社会组织登记核验"))));
    mvc.perform(get("/queue/decisions").with(as("reviewer")))
        .andExpect(content().string(containsString("社会组织登记核验")));
    // The bureau's reviewer decides as the platform (A18, A23; docs/permissions.md), not its administrator.
    mvc.perform(post("/applications/" + a.getId() + "/grant").param("rowVersion", String.valueOf(a.getRowVersion()))
            .with(csrf()).with(as("admin")))
        .andExpect(status().isForbidden())
        .andExpect(content().string(containsString("decide_as_platform")));
    mvc.perform(post("/applications/" + a.getId() + "/grant").param("rowVersion", String.valueOf(a.getRowVersion()))
            .with(csrf()).with(as("reviewer")))
        .andExpect(redirectedUrl("/queue/decisions"));
    assertEquals(ApplicationStatus.GRANTED, platform.sharing().getApplication("civil.op", a.getId()).getStatus());
  }

  /** 民政局 applies for 户籍地址 through the library and the bureau accepts it. */
  Application acceptedApplication(String purpose) {
    return PortalTestSupport.acceptedApplication(platform, household(), java.util.List.of("户籍地址"), purpose,
        java.time.LocalDate.of(2027, 8, 31));
  }

  @Test
  void theProviderAsksToExtendItsReplyAndTheBureauAgrees() throws Exception {
    Application a = acceptedApplication("居住地核实 延期测试");
    mvc.perform(post("/applications/" + a.getId() + "/request-extension").param("rowVersion", String.valueOf(a.getRowVersion()))
            .param("workingDays", "11").param("reason", "需跨系统核对").with(csrf()).with(as("police.leader")))
        .andExpect(status().isUnprocessableContent());   // N21: at most 10 working days
    mvc.perform(post("/applications/" + a.getId() + "/request-extension").param("rowVersion", String.valueOf(a.getRowVersion()))
            .param("workingDays", "5").param("reason", "需跨系统核对").with(csrf()).with(as("police.leader")))
        .andExpect(redirectedUrl("/queue/decisions"));
    String due = platform.sharing().getApplication("civil.op", a.getId()).getSteps().get(1).getDue().getDue().toIso();
    mvc.perform(get("/queue/extensions").with(as("reviewer")))
        .andExpect(content().string(containsString("居住地核实 延期测试")))
        .andExpect(content().string(containsString("需跨系统核对")));
    a = platform.sharing().getApplication("civil.op", a.getId());
    // The provider may not decide its own extension (N21: the same-level authority does).
    mvc.perform(post("/applications/" + a.getId() + "/decide-extension").param("rowVersion", String.valueOf(a.getRowVersion()))
            .param("approve", "true").param("reason", "自行同意").with(csrf()).with(as("police.leader")))
        .andExpect(status().isForbidden());
    mvc.perform(post("/applications/" + a.getId() + "/decide-extension").param("rowVersion", String.valueOf(a.getRowVersion()))
            .param("approve", "true").param("reason", "同意").with(csrf()).with(as("reviewer")))
        .andExpect(redirectedUrl("/queue/extensions"));
    a = platform.sharing().getApplication("civil.op", a.getId());
    assertEquals(true, a.getExtension().orElseThrow().getApproved().orElseThrow());
    assertTrue(a.getSteps().get(1).getDue().getDue().toIso().compareTo(due) > 0, "the reply is due later");
    mvc.perform(get("/applications").with(as("civil.op")))
        .andExpect(content().string(containsString("答复延期 <span>5</span> 个工作日")));
  }

  @Test
  void theProviderRecordsTheDeliveryAndTheConsumerIsTold() throws Exception {
    Application a = acceptedApplication("居住地核实 交付测试");
    a = platform.sharing().grantApplication("police.leader", a.getId(), a.getRowVersion(), new org.govshare.GrantTerms());
    Authorization z = platform.sharing().getAuthorization("police.op", a.getAuthorizationId());
    mvc.perform(get("/authorizations").with(as("police.op")))
        .andExpect(content().string(containsString("记录交付")));
    mvc.perform(post("/authorizations/" + z.getId() + "/deliver").param("rowVersion", String.valueOf(z.getRowVersion()))
            .param("method", "api").param("note", "接口已开通").with(csrf()).with(as("civil.op")))
        .andExpect(status().isForbidden());   // N22: the provider delivers, not the consumer
    mvc.perform(post("/authorizations/" + z.getId() + "/deliver").param("rowVersion", String.valueOf(z.getRowVersion()))
            .param("method", "api").param("note", "接口已开通").with(csrf()).with(as("police.op")))
        .andExpect(redirectedUrl("/authorizations"));
    assertTrue(platform.sharing().getAuthorization("civil.op", z.getId()).getDeliveredAt().isPresent());
    mvc.perform(get("/authorizations").with(as("police.op")))
        .andExpect(content().string(containsString("接口已开通")));
    // The consumer hears of it on the home page and marks the notice read.
    org.govshare.Notice n = platform.notices("civil.op", true).stream()
        .filter(x -> x.getObject().equals("authorization:" + z.getId())).reduce((x, y) -> y).orElseThrow();
    mvc.perform(get("/").with(as("civil.op"))).andExpect(content().string(containsString(n.getMessage())));
    mvc.perform(post("/notices/" + n.getId() + "/acknowledge").with(csrf()).with(as("civil.op")))
        .andExpect(redirectedUrl("/"));
    assertTrue(platform.notices("civil.op", true).stream().noneMatch(x -> x.getId() == n.getId()));
  }

  @Test
  void aDisputeIsOpenedEscalatedAndResolved() throws Exception {
    // 民政局's leader disputes 户籍人口基本信息's conditions (A27); negotiation fails, the bureau
    // coordinates (N28) and records the outcome.
    mvc.perform(post("/disputes").param("subject", "conditions").param("entryId", String.valueOf(household()))
            .param("description", "共享条件限定过窄，不能满足临时救助核查").with(csrf()).with(as("civil.leader")))
        .andExpect(redirectedUrl("/disputes"));
    org.govshare.Dispute d = platform.sharing().disputes("admin").stream()
        .filter(x -> x.getDispute().getDescription().startsWith("共享条件限定过窄")).findFirst().orElseThrow();
    mvc.perform(get("/disputes").with(as("police.leader")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("共享条件限定过窄")))
        .andExpect(content().string(containsString("南通市民政局")));
    mvc.perform(post("/disputes/" + d.getId() + "/escalate").param("rowVersion", String.valueOf(d.getRowVersion()))
            .param("reason", "协商未达成一致").with(csrf()).with(as("civil.leader")))
        .andExpect(redirectedUrl("/disputes"));
    long id = d.getId();
    d = platform.sharing().disputes("admin").stream().filter(x -> x.getId() == id).findFirst().orElseThrow();
    assertEquals(org.govshare.DisputeTier.AUTHORITY, d.getTier());
    // A party may not record the outcome; the bureau's administrator does (A27).
    mvc.perform(post("/disputes/" + d.getId() + "/resolve").param("rowVersion", String.valueOf(d.getRowVersion()))
            .param("outcome", "维持").with(csrf()).with(as("police.leader")))
        .andExpect(status().isForbidden());
    mvc.perform(post("/disputes/" + d.getId() + "/resolve").param("rowVersion", String.valueOf(d.getRowVersion()))
            .param("outcome", "扩大共享条件至临时救助核查").with(csrf()).with(as("admin")))
        .andExpect(redirectedUrl("/disputes"));
    mvc.perform(get("/disputes").with(as("civil.op")))
        .andExpect(content().string(containsString("扩大共享条件至临时救助核查")));
    // An unknown subject is a 422 naming the choices.
    mvc.perform(post("/disputes").param("subject", "price").param("entryId", String.valueOf(household()))
            .param("description", "x").with(csrf()).with(as("civil.leader")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("subject：“price”无效，应为 conditions、reasons、result")));
  }

  @Test
  void theProviderAsksForMaterialsAndTheConsumerSuppliesThem() throws Exception {
    Application a = PortalTestSupport.acceptedApplication(platform, household(), java.util.List.of("户籍地址"),
        "临时救助对象居住地核实", java.time.LocalDate.of(2027, 8, 31));
    mvc.perform(post("/applications/" + a.getId() + "/request-materials").param("rowVersion", String.valueOf(a.getRowVersion()))
            .param("materials", "加盖公章的使用申请表、救助对象名单").with(csrf()).with(as("police.leader")))
        .andExpect(redirectedUrl("/queue/decisions"));
    a = platform.sharing().getApplication("civil.op", a.getId());
    assertEquals(ApplicationStatus.MATERIALS_REQUESTED, a.getStatus());
    mvc.perform(get("/applications").with(as("civil.op")))
        .andExpect(content().string(containsString("救助对象名单")))
        .andExpect(content().string(containsString("补充材料")));
    MockMultipartFile scan = new MockMultipartFile("scan", "补充材料.pdf", "application/pdf", "%PDF".getBytes(StandardCharsets.UTF_8));
    mvc.perform(multipart("/applications/" + a.getId() + "/supply-materials").file(scan)
            .param("rowVersion", String.valueOf(a.getRowVersion())).param("supplement", "已补充盖章申请表与名单")
            .with(csrf()).with(as("civil.op")))
        .andExpect(redirectedUrl("/applications"));
    a = platform.sharing().getApplication("civil.op", a.getId());
    assertEquals(ApplicationStatus.ACCEPTED, a.getStatus());
    assertTrue(a.getSupplementScan().isPresent());
  }

  @Test
  void aBadDateIs422() throws Exception {
    mvc.perform(get("/supervision").param("from", "2026-13-01").with(as("auditor")))
        .andExpect(status().isUnprocessableContent());
    assertTrue(platform.isOpen());
  }
}
