package org.govshare.portal;

import static org.govshare.portal.PortalTestSupport.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.govshare.CatalogEntry;
import org.govshare.EntryRecord;
import org.govshare.EntryStatus;
import org.govshare.GovShare;
import org.govshare.Platform;
import org.govshare.VersionStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Cataloging through the pages: draft from a file, findings, review, publication, withdrawal (A7, A9, A10, A16). */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class CatalogManageTest {
  @DynamicPropertySource
  static void platform(DynamicPropertyRegistry registry) {
    PortalTestSupport.throwawayPlatform(registry);
  }

  @Autowired MockMvc mvc;
  @Autowired Platform platform;

  EntryRecord named(String actor, String name) {
    for (EntryRecord r : platform.catalog().entries(actor)) {
      if (r.getWorking().or(r::getLive).map(CatalogEntry::getName).filter(name::equals).isPresent()) return r;
    }
    throw new AssertionError("no entry " + name);
  }

  @Test
  void aDraftFromAFileIsReviewedRejectedApprovedPublishedAndWithdrawn() throws Exception {
    CatalogEntry e = SampleCity.household();
    e.setName("户籍人口迁移信息");
    e.setSummary("");   // A9: a summary is required — the platform's finding is shown, submit is refused
    // Uploaded without the provider: the draft's provider is the uploader's department (A7).
    String upload = GovShare.entryToJson(e).replaceFirst("\"provider\":\\s*\\{[^}]*\\},?", "");
    assertFalse(upload.contains("\"provider\""), upload);
    MockMultipartFile file = new MockMultipartFile("file", "迁移.json", "application/json",
        upload.getBytes(StandardCharsets.UTF_8));
    mvc.perform(multipart("/catalog/manage/new").file(file).with(csrf()).with(as("police.op")))
        .andExpect(redirectedUrl("/catalog/manage"));
    EntryRecord r = named("police.op", "户籍人口迁移信息");
    assertEquals(SampleCity.POLICE, r.getProviderCode(), "the provider is the uploader's department (A7)");
    assertEquals(VersionStatus.DRAFT, r.getWorkingStatus().orElseThrow());
    mvc.perform(get("/catalog/manage").with(as("police.op")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("户籍人口迁移信息")))
        .andExpect(content().string(containsString("<code>summary</code>")))
        .andExpect(content().string(containsString("错误")));
    // Submitting with an error is refused (422) and changes nothing.
    mvc.perform(post("/catalog/manage/" + r.getId() + "/submit").param("rowVersion", String.valueOf(r.getRowVersion()))
            .with(csrf()).with(as("police.op")))
        .andExpect(status().isUnprocessableContent());
    assertEquals(VersionStatus.DRAFT, named("police.op", "户籍人口迁移信息").getWorkingStatus().orElseThrow());

    // Fixed and submitted; the reviewer rejects it naming the field; fixed again, approved.
    e.setSummary("全市户籍人口的迁入、迁出记录。");
    r = platform.catalog().editDraft("police.op", r.getId(), r.getRowVersion(), e);
    mvc.perform(post("/catalog/manage/" + r.getId() + "/submit").param("rowVersion", String.valueOf(r.getRowVersion()))
            .with(csrf()).with(as("police.op")))
        .andExpect(redirectedUrl("/catalog/manage"));
    mvc.perform(get("/queue/catalog-review").with(as("reviewer")))
        .andExpect(content().string(containsString("户籍人口迁移信息")))
        .andExpect(content().string(containsString("南通市公安局")));
    r = named("police.op", "户籍人口迁移信息");
    mvc.perform(post("/catalog/review/" + r.getId() + "/reject").param("rowVersion", String.valueOf(r.getRowVersion()))
            .param("path", "summary").param("reason", "请说明迁移记录的起止年份").with(csrf()).with(as("reviewer")))
        .andExpect(redirectedUrl("/queue/catalog-review"));
    r = named("police.op", "户籍人口迁移信息");
    assertEquals(VersionStatus.REJECTED, r.getWorkingStatus().orElseThrow());
    // The rejected version is revised by uploading it again.
    e.setSummary("全市户籍人口 2000 年以来的迁入、迁出记录。");
    mvc.perform(multipart("/catalog/manage/" + r.getId() + "/edit").file(new MockMultipartFile("file", "迁移.json",
                "application/json", GovShare.entryToJson(e).getBytes(StandardCharsets.UTF_8)))
            .param("rowVersion", String.valueOf(r.getRowVersion())).with(csrf()).with(as("police.op")))
        .andExpect(redirectedUrl("/catalog/manage"));
    r = named("police.op", "户籍人口迁移信息");
    assertEquals("全市户籍人口 2000 年以来的迁入、迁出记录。", r.getWorking().orElseThrow().getSummary());
    mvc.perform(post("/catalog/manage/" + r.getId() + "/submit").param("rowVersion", String.valueOf(r.getRowVersion()))
            .with(csrf()).with(as("police.op")))
        .andExpect(redirectedUrl("/catalog/manage"));
    r = named("police.op", "户籍人口迁移信息");
    // The provider may not approve its own entry: 403, nothing changes.
    mvc.perform(post("/catalog/review/" + r.getId() + "/approve").param("rowVersion", String.valueOf(r.getRowVersion()))
            .with(csrf()).with(as("police.leader")))
        .andExpect(status().isForbidden());
    mvc.perform(post("/catalog/review/" + r.getId() + "/approve").param("rowVersion", String.valueOf(r.getRowVersion()))
            .with(csrf()).with(as("reviewer")))
        .andExpect(redirectedUrl("/queue/catalog-review"));
    r = named("police.op", "户籍人口迁移信息");
    assertEquals(VersionStatus.APPROVED, r.getWorkingStatus().orElseThrow());
    assertFalse(r.getCode().isEmpty(), "approval assigns the catalog code (A7)");

    // The leader publishes it; consumers find it in the catalog.
    mvc.perform(post("/catalog/manage/" + r.getId() + "/publish").param("rowVersion", String.valueOf(r.getRowVersion()))
            .with(csrf()).with(as("police.leader")))
        .andExpect(redirectedUrl("/catalog/manage"));
    mvc.perform(get("/catalog").param("q", "迁移").with(as("civil.op")))
        .andExpect(content().string(containsString("户籍人口迁移信息")));

    // Withdrawal: requested by the leader (A16), decided by the bureau's administrator.
    r = named("police.op", "户籍人口迁移信息");
    mvc.perform(post("/catalog/manage/" + r.getId() + "/withdraw").param("rowVersion", String.valueOf(r.getRowVersion()))
            .param("reason", "系统下线").with(csrf()).with(as("police.leader")))
        .andExpect(redirectedUrl("/catalog/manage"));
    mvc.perform(get("/queue/catalog-review").with(as("admin")))
        .andExpect(content().string(containsString("系统下线")));
    r = named("police.op", "户籍人口迁移信息");
    assertEquals(EntryStatus.WITHDRAWAL_REQUESTED, r.getStatus());
    mvc.perform(post("/catalog/review/" + r.getId() + "/withdrawal").param("rowVersion", String.valueOf(r.getRowVersion()))
            .param("approve", "true").param("comment", "同意撤销").with(csrf()).with(as("admin")))
        .andExpect(redirectedUrl("/queue/catalog-review"));
    assertEquals(EntryStatus.WITHDRAWN, platform.catalog().getEntry("civil.op", r.getId()).getStatus());
    mvc.perform(get("/catalog").param("q", "迁移").with(as("civil.op")))
        .andExpect(content().string(not(containsString("户籍人口迁移信息"))));
  }

  @Test
  void theProviderGrantsThePlatformAndTheBureauGrantsWithinIt() throws Exception {
    // An entry whose provider grants the platform as a whole (A18 整体授权).
    CatalogEntry e = SampleCity.household();
    e.setName("居住证信息");
    e.getShare().setAuthorizationMode(org.govshare.AuthorizationMode.PROVIDER_TO_PLATFORM);
    EntryRecord r = platform.catalog().createDraft("police.op", e);
    r = platform.catalog().submit("police.op", r.getId(), r.getRowVersion());
    r = platform.catalog().approve("reviewer", r.getId(), r.getRowVersion());
    r = platform.catalog().publish("police.leader", r.getId(), r.getRowVersion());
    long id = r.getId();
    mvc.perform(get("/catalog/manage").with(as("police.leader")))
        .andExpect(content().string(containsString("整体授权平台")));
    // Before the platform grant the bureau cannot grant a consumer: 422 naming A18.
    org.govshare.Application app = PortalTestSupport.acceptedApplication(platform, id, java.util.List.of("姓名"),
        "居住情况核查", java.time.LocalDate.of(2027, 2, 28));
    mvc.perform(post("/applications/" + app.getId() + "/grant").param("rowVersion", String.valueOf(app.getRowVersion()))
            .with(csrf()).with(as("reviewer")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("A18")));
    // The operator may not grant the platform; the leader does, until 2027-08-31.
    mvc.perform(post("/catalog/manage/" + id + "/platform-grant").param("validUntil", "2027-08-31")
            .with(csrf()).with(as("police.op")))
        .andExpect(status().isForbidden());
    mvc.perform(post("/catalog/manage/" + id + "/platform-grant").param("validUntil", "2027-08-31")
            .param("conditions", "仅限社会救助").with(csrf()).with(as("police.leader")))
        .andExpect(redirectedUrl("/catalog/manage"));
    mvc.perform(post("/applications/" + app.getId() + "/grant").param("rowVersion", String.valueOf(app.getRowVersion()))
            .with(csrf()).with(as("reviewer")))
        .andExpect(redirectedUrl("/queue/decisions"));
    assertEquals(org.govshare.ApplicationStatus.GRANTED,
        platform.sharing().getApplication("civil.op", app.getId()).getStatus());
  }

  @Test
  void aMalformedFileIsA422NamingThePathAndCreatesNothing() throws Exception {
    int before = platform.catalog().entries("police.op").size();
    mvc.perform(post("/catalog/manage/new").param("json", "{\"name\": \"坏条目\", \"items\": 3}")
            .with(csrf()).with(as("police.op")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("items: must be an array, got number")));
    mvc.perform(post("/catalog/manage/new").param("json", " ").with(csrf()).with(as("police.op")))
        .andExpect(status().isUnprocessableContent());
    assertEquals(before, platform.catalog().entries("police.op").size());
  }

  @Test
  void aConsumerWithoutCatalogRightsIsRefused() throws Exception {
    // 民政局's operator may catalog its own department's resources; the auditor may not catalog at all.
    String json = GovShare.entryToJson(SampleCity.marketEntities());
    mvc.perform(post("/catalog/manage/new").param("json", json).with(csrf()).with(as("auditor")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/catalog/manage").with(as("civil.op"))).andExpect(status().isOk())
        .andExpect(content().string(containsString("本部门还没有目录")));
    assertTrue(platform.catalog().entries("auditor").stream().noneMatch(
        r -> r.getWorking().map(CatalogEntry::getName).filter("市场主体登记信息"::equals).isPresent()
            && r.getStatus() == EntryStatus.UNPUBLISHED));
  }
}
