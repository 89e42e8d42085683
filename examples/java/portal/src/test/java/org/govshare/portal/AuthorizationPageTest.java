package org.govshare.portal;

import static org.govshare.portal.PortalTestSupport.as;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.govshare.Authorization;
import org.govshare.AuthorizationStatus;
import org.govshare.Platform;
import org.govshare.ServiceChange;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** One authorization's page: use records (N29), service changes and the end of the purpose (N27), misuse (N27 ¶2), wider use (N25). */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class AuthorizationPageTest {
  @DynamicPropertySource
  static void platform(DynamicPropertyRegistry registry) {
    PortalTestSupport.throwawayPlatform(registry);
  }

  @Autowired MockMvc mvc;
  @Autowired Platform platform;

  /** 民政局's seeded authorization of 户籍人口基本信息 (姓名, 公民身份号码). */
  Authorization household() {
    long entry = new Entries(platform).find("civil.op", SampleCity.HOUSEHOLD).getId();
    return platform.sharing().authorizations("civil.op", SampleCity.CIVIL).stream()
        .filter(z -> z.getEntryId() == entry).findFirst().orElseThrow();
  }

  Authorization reload(Authorization z) {
    return platform.sharing().getAuthorization("civil.op", z.getId());
  }

  String url(Authorization z, String tail) {
    return "/authorizations/" + z.getId() + tail;
  }

  @Test
  void useRecordsWiderUseMisuseAndAServiceChangeUpToTheEndOfThePurpose() throws Exception {
    Authorization z = household();
    mvc.perform(get(url(z, "")).with(as("civil.op")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(z.getEntryCode())))
        .andExpect(content().string(containsString("南通市公安局")));
    // An outsider may not see it.
    mvc.perform(get(url(z, "")).with(as("market.op"))).andExpect(status().isForbidden());

    // N29: the consumer records its use; the provider may read the records.
    mvc.perform(post(url(z, "/use-records")).param("kind", "scenario").param("text", "最低生活保障审核时核实户籍")
            .with(csrf()).with(as("civil.op")))
        .andExpect(redirectedUrl(url(z, "")));
    mvc.perform(get(url(z, "")).with(as("police.op")))
        .andExpect(content().string(containsString("最低生活保障审核时核实户籍")));
    mvc.perform(post(url(z, "/use-records")).param("kind", "diary").param("text", "x").with(csrf()).with(as("civil.op")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("kind：“diary”无效，应为 scenario、process、result、storage、destruction")));

    // N25: a wider use, asked by the consumer's leader, consented to by the provider's leader.
    z = reload(z);
    mvc.perform(post(url(z, "/wider-use")).param("rowVersion", String.valueOf(z.getRowVersion()))
            .param("kind", "other_purpose").param("description", "用于临时救助对象核查").with(csrf()).with(as("civil.leader")))
        .andExpect(redirectedUrl(url(z, "")));
    z = reload(z);
    mvc.perform(post(url(z, "/wider-use/1")).param("rowVersion", String.valueOf(z.getRowVersion()))
            .param("consent", "true").param("answer", "同意").with(csrf()).with(as("police.leader")))
        .andExpect(redirectedUrl(url(z, "")));
    assertEquals(true, reload(z).getWiderUses().get(0).getConsented().orElseThrow());

    // N27 ¶2: suspended for misuse, the rectification reported, reinstated.
    z = reload(z);
    mvc.perform(post(url(z, "/suspend-for-misuse")).param("rowVersion", String.valueOf(z.getRowVersion()))
            .param("misuse", "third_party").param("facts", "将人口信息提供给某科技公司").param("workingDays", "5")
            .with(csrf()).with(as("police.leader")))
        .andExpect(redirectedUrl(url(z, "")));
    assertEquals(AuthorizationStatus.SUSPENDED, reload(z).getStatus());
    z = reload(z);
    mvc.perform(post(url(z, "/report-rectification")).param("rowVersion", String.valueOf(z.getRowVersion()))
            .param("report", "已删除对方持有的数据").with(csrf()).with(as("civil.leader")))
        .andExpect(redirectedUrl(url(z, "")));
    mvc.perform(get(url(z, "")).with(as("civil.op")))
        .andExpect(content().string(containsString("将人口信息提供给某科技公司")))
        .andExpect(content().string(containsString("已删除对方持有的数据")));
    z = reload(z);
    platform.sharing().reinstate("police.leader", z.getId(), z.getRowVersion(), "整改到位");
    assertEquals(AuthorizationStatus.ACTIVE, reload(z).getStatus());

    // N27: the provider changes the service to 姓名 only; the consumer agrees; filed, it takes effect.
    mvc.perform(post(url(z, "/service-changes")).param("kind", "change").param("reason", "公民身份号码改由比对核验提供")
            .param("items", "姓名").with(csrf()).with(as("police.leader")))
        .andExpect(redirectedUrl(url(z, "")));
    ServiceChange c = change(z.getId());
    mvc.perform(post("/service-changes/" + c.getId() + "/answer").param("authorizationId", String.valueOf(z.getId()))
            .param("rowVersion", String.valueOf(c.getRowVersion())).param("agrees", "true").param("comment", "同意")
            .with(csrf()).with(as("civil.leader")))
        .andExpect(redirectedUrl(url(z, "")));
    c = change(z.getId());
    // The consumer may not file the provider's change.
    mvc.perform(post("/service-changes/" + c.getId() + "/file").param("authorizationId", String.valueOf(z.getId()))
            .param("rowVersion", String.valueOf(c.getRowVersion())).with(csrf()).with(as("civil.leader")))
        .andExpect(status().isForbidden());
    mvc.perform(post("/service-changes/" + c.getId() + "/file").param("authorizationId", String.valueOf(z.getId()))
            .param("rowVersion", String.valueOf(c.getRowVersion())).with(csrf()).with(as("police.leader")))
        .andExpect(redirectedUrl(url(z, "")));
    assertEquals(List.of("姓名"), List.copyOf(reload(z).getItems()));

    // N27: the purpose met, the consumer's leader ends the authorization; the destruction is recorded.
    z = reload(z);
    mvc.perform(post(url(z, "/end-purpose")).param("rowVersion", String.valueOf(z.getRowVersion()))
            .param("reason", "低保年度审核已完成").with(csrf()).with(as("civil.leader")))
        .andExpect(redirectedUrl(url(z, "")));
    assertEquals(AuthorizationStatus.REVOKED, reload(z).getStatus());
    mvc.perform(post(url(z, "/use-records")).param("kind", "destruction").param("text", "本地副本已删除")
            .with(csrf()).with(as("civil.op")))
        .andExpect(redirectedUrl(url(z, "")));
    assertTrue(reload(z).getDisposedAt().isPresent(), "the destruction record is the disposal of N27");
  }

  ServiceChange change(long authorizationId) {
    return platform.sharing().serviceChanges("police.leader").stream()
        .filter(x -> x.getChange().getAuthorizationId() == authorizationId).findFirst().orElseThrow();
  }
}
