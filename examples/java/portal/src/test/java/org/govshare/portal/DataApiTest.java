package org.govshare.portal;

import static org.govshare.portal.PortalTestSupport.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.govshare.Authorization;
import org.govshare.Platform;
import org.govshare.UsageRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The data API over the seeded sample city: deliveries, masking and every refusal kind. */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class DataApiTest {
  @DynamicPropertySource
  static void platform(DynamicPropertyRegistry registry) {
    PortalTestSupport.throwawayPlatform(registry);
  }

  @Autowired MockMvc mvc;
  @Autowired Platform platform;

  static final String PURPOSE = "低保审批 2026-0917";

  @Test
  void deliversTheIdNumberMasked() throws Exception {
    mvc.perform(get("/api/data/户籍人口基本信息").param("items", "姓名,公民身份号码").param("purpose", PURPOSE)
            .with(as("civil.op")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.allowed").value(true))
        .andExpect(jsonPath("$.items[0].treatment").value("plain"))
        .andExpect(jsonPath("$.items[1].treatment").value("masked"))
        .andExpect(jsonPath("$.records[0].姓名").value("张三"))
        .andExpect(jsonPath("$.records[0].公民身份号码").value("320613********1232"))
        .andExpect(jsonPath("$.records[0].户籍地址").doesNotExist())
        .andExpect(jsonPath("$.records.length()").value(3))
        // Where the time went (W3C Server-Timing), in the order the stages ran.
        .andExpect(header().string("Server-Timing", org.hamcrest.Matchers.matchesPattern(
            "entry;desc=\"[^\"]+\";dur=\\d+\\.\\d{3}, decide;[^,]+, source;[^,]+, filter;[^,]+, json;[^,]+, app;[^,]+")));
  }

  @Test
  void signsInWithTheConfiguredPasswordOverHttpBasic() throws Exception {
    mvc.perform(get("/api/data/户籍人口基本信息").param("items", "姓名").param("purpose", PURPOSE)
            .with(httpBasic("civil.op", "demo2026")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.user").value("civil.op"));
    mvc.perform(get("/api/data/户籍人口基本信息").param("items", "姓名").param("purpose", PURPOSE)
            .with(httpBasic("civil.op", "wrong")))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void theEntryMayBeNamedByItsId() throws Exception {
    long id = new Entries(platform).find("civil.op", "户籍人口基本信息").getId();
    mvc.perform(get("/api/data/" + id).param("items", "公民身份号码").param("purpose", PURPOSE)
            .with(as("civil.op")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.records[1].公民身份号码").value("320602********1234"));
  }

  @Test
  void noAuthorizationIsRefusedWithTheReasons() throws Exception {
    mvc.perform(get("/api/data/户籍人口基本信息").param("items", "姓名").param("purpose", PURPOSE)
            .with(as("market.op")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.allowed").value(false))
        .andExpect(jsonPath("$.records").doesNotExist())
        .andExpect(header().string("Server-Timing", org.hamcrest.Matchers.containsString("decide;")))
        .andExpect(jsonPath("$.reasons[?(@.rule == 'authorization')]").exists())
        .andExpect(jsonPath("$.reasons[?(@.rule == 'authorization')].messageZh").value(
            org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("本部门对该资源没有有效的授权"))));
  }

  @Test
  void aUserWhoMayNotUseDataIsRefused() throws Exception {
    mvc.perform(get("/api/data/户籍人口基本信息").param("items", "姓名").param("purpose", PURPOSE)
            .with(as("reviewer")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.reasons[?(@.rule == 'user')]").exists());
  }

  @Test
  void noPurposeIsRefused() throws Exception {
    mvc.perform(get("/api/data/户籍人口基本信息").param("items", "姓名").with(as("civil.op")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.reasons[?(@.rule == 'purpose')]").exists());
  }

  @Test
  void anItemOutsideTheAuthorizationIsWithheldAndAloneRefused() throws Exception {
    mvc.perform(get("/api/data/户籍人口基本信息").param("items", "姓名,户籍地址").param("purpose", PURPOSE)
            .with(as("civil.op")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[1].treatment").value("withheld"))
        .andExpect(jsonPath("$.records[0].户籍地址").doesNotExist());
    mvc.perform(get("/api/data/户籍人口基本信息").param("items", "户籍地址").param("purpose", PURPOSE)
            .with(as("civil.op")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.reasons[?(@.rule == 'items')]").exists());
  }

  @Test
  void comparisonOnlyItemsAreRefusedButCompared() throws Exception {
    mvc.perform(get("/api/data/婚姻登记信息").param("items", "姓名,公民身份号码").param("purpose", PURPOSE)
            .with(as("civil.op")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.items[0].treatment").value("comparison_only"))
        .andExpect(jsonPath("$.reasons[0].rule").value("comparison_only"))
        .andExpect(jsonPath("$.records").doesNotExist());
    String body = "{\"purpose\": \"" + PURPOSE + "\", \"values\": {\"公民身份号码\": \"320613198506151232\", \"姓名\": \"张三\"}}";
    mvc.perform(post("/api/compare/婚姻登记信息").contentType(MediaType.APPLICATION_JSON).content(body)
            .with(as("civil.op")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.overall").value("match"));
    body = "{\"purpose\": \"" + PURPOSE + "\", \"values\": {\"公民身份号码\": \"320613198506151232\", \"姓名\": \"张四\"}}";
    mvc.perform(post("/api/compare/婚姻登记信息").contentType(MediaType.APPLICATION_JSON).content(body)
            .with(as("civil.op")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.overall").value("no_match"))
        .andExpect(jsonPath("$.fields[?(@.item == '姓名')].outcome").value("no_match"));
    mvc.perform(post("/api/compare/婚姻登记信息").contentType(MediaType.APPLICATION_JSON).content(body)
            .with(as("market.op")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.allowed").value(false));
  }

  @Test
  void aComparisonWithoutValuesIsRefused() throws Exception {
    mvc.perform(post("/api/compare/婚姻登记信息").contentType(MediaType.APPLICATION_JSON)
            .content("{\"purpose\": \"" + PURPOSE + "\"}").with(as("civil.op")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.allowed").value(false))
        .andExpect(jsonPath("$.reasons[0].rule").exists());
  }

  @Test
  void noItemsRequestedIsRefused() throws Exception {
    mvc.perform(get("/api/data/户籍人口基本信息").param("purpose", PURPOSE).with(as("civil.op")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.reasons[?(@.rule == 'items')]").exists());
  }

  @Test
  void aWithdrawnEntryIsRefused() throws Exception {
    org.govshare.CatalogEntry e = SampleCity.household();
    e.setName("户籍人口迁移信息");
    org.govshare.EntryRecord r = platform.catalog().createDraft("police.op", e);
    r = platform.catalog().submit("police.op", r.getId(), r.getRowVersion());
    r = platform.catalog().approve("reviewer", r.getId(), r.getRowVersion());
    r = platform.catalog().publish("police.leader", r.getId(), r.getRowVersion());
    org.govshare.Application app = PortalTestSupport.acceptedApplication(platform, r.getId(), java.util.List.of("姓名"),
        "迁移核对", java.time.LocalDate.of(2027, 8, 31));
    platform.sharing().grantApplication("police.leader", app.getId(), app.getRowVersion(), new org.govshare.GrantTerms());
    String url = "/api/data/" + r.getId();
    mvc.perform(get(url).param("items", "姓名").param("purpose", PURPOSE).with(as("civil.op")))
        .andExpect(status().isOk());
    r = platform.catalog().getEntry("police.leader", r.getId());
    r = platform.catalog().requestWithdrawal("police.leader", r.getId(), r.getRowVersion(), "系统下线");
    platform.catalog().decideWithdrawal("admin", r.getId(), r.getRowVersion(), true, "同意撤销");
    mvc.perform(get(url).param("items", "姓名").param("purpose", PURPOSE).with(as("civil.op")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.reasons[?(@.rule == 'entry')]").exists());
  }

  @Test
  void anUnknownEntryIs404() throws Exception {
    mvc.perform(get("/api/data/不存在的资源").param("items", "姓名").param("purpose", PURPOSE).with(as("civil.op")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.error").value("not_found"));
    mvc.perform(get("/api/data/999999").param("items", "姓名").param("purpose", PURPOSE).with(as("civil.op")))
        .andExpect(status().isNotFound());
  }

  @Test
  void aSuspendedAuthorizationIsRefusedAtTheNextCall() throws Exception {
    long entry = new Entries(platform).find("civil.op", "户籍人口基本信息").getId();
    Authorization z = platform.sharing().authorizations("police.leader").stream()
        .filter(a -> a.getEntryId() == entry).findFirst().orElseThrow();
    z = platform.sharing().suspend("police.leader", z.getId(), z.getRowVersion(), "核查使用情况");
    try {
      mvc.perform(get("/api/data/户籍人口基本信息").param("items", "姓名").param("purpose", PURPOSE)
              .with(as("civil.op")))
          .andExpect(status().isForbidden())
          .andExpect(jsonPath("$.reasons[?(@.rule == 'authorization')]").exists());
    } finally {
      platform.sharing().reinstate("police.leader", z.getId(), z.getRowVersion(), "核查完毕");
    }
  }

  @Test
  void everyDecisionIsInTheUsageLog() throws Exception {
    mvc.perform(get("/api/data/户籍人口基本信息").param("items", "姓名").param("purpose", "用途核对 2026-0001")
            .with(as("civil.op")))
        .andExpect(status().isOk());
    mvc.perform(get("/api/data/户籍人口基本信息").param("items", "姓名").param("purpose", "用途核对 2026-0002")
            .with(as("market.op")))
        .andExpect(status().isForbidden());
    platform.access().flushUsageLog();
    boolean allowed = false;
    boolean refused = false;
    for (UsageRecord u : platform.access().usageLog("auditor")) {
      if (u.getPurpose().equals("用途核对 2026-0001")) allowed = true;
      if (u.getPurpose().equals("用途核对 2026-0002")) refused = true;
    }
    assertTrue(allowed, "the delivery is logged");
    assertTrue(refused, "the refusal is logged");
  }

  @Test
  void oneHandleServesConcurrentRequests() throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      java.util.List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 64; i++) {
        String user = i % 2 == 0 ? "civil.op" : "market.op";
        answers.add(pool.submit(() -> mvc.perform(get("/api/data/户籍人口基本信息").param("items", "姓名,公民身份号码")
                .param("purpose", PURPOSE).with(as(user)))
            .andReturn().getResponse().getStatus() + " " + user));
      }
      for (java.util.concurrent.Future<String> f : answers) {
        String a = f.get();
        assertEquals(a.endsWith("civil.op") ? "200 civil.op" : "403 market.op", a);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void theProvidersMaskingRuleDecidesWhatLeaves() throws Exception {
    long household = new Entries(platform).find("civil.op", SampleCity.HOUSEHOLD).getId();
    mvc.perform(get("/catalog/" + household + "/masking").with(as("police.op")))
        .andExpect(status().isOk())
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
            org.hamcrest.Matchers.containsString("户籍地址")));
    // Only the provider sets them (A8): 民政局 is refused and nothing changes.
    mvc.perform(post("/catalog/" + household + "/masking").param("mode.公民身份号码", "keep")
            .param("head.公民身份号码", "3").param("tail.公民身份号码", "2")
            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
            .with(as("civil.op")))
        .andExpect(status().isForbidden());
    assertTrue(platform.access().maskingRules("police.op", household).isEmpty());
    mvc.perform(post("/catalog/" + household + "/masking").param("mode.公民身份号码", "keep")
            .param("head.公民身份号码", "3").param("tail.公民身份号码", "2").param("mode.户籍地址", "default")
            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
            .with(as("police.op")))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/api/data/户籍人口基本信息").param("items", "公民身份号码").param("purpose", PURPOSE)
            .with(as("civil.op")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.records[0].公民身份号码").value("320*************32"));
    // Back to the default of the kind.
    mvc.perform(post("/catalog/" + household + "/masking").param("mode.公民身份号码", "default")
            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
            .with(as("police.op")))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/api/data/户籍人口基本信息").param("items", "公民身份号码").param("purpose", PURPOSE)
            .with(as("civil.op")))
        .andExpect(jsonPath("$.records[0].公民身份号码").value("320613********1232"));
  }

  @Test
  void withoutSignInTheApiIs401() throws Exception {
    mvc.perform(get("/api/data/户籍人口基本信息").param("items", "姓名").param("purpose", PURPOSE))
        .andExpect(status().isUnauthorized());
    assertFalse(platform.isOpen() == false);
    assertEquals(true, platform.initialized());
  }
}
