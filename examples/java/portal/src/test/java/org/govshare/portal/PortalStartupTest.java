package org.govshare.portal;

import static org.govshare.portal.PortalTestSupport.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.govshare.CatalogEntry;
import org.govshare.EntryRecord;
import org.govshare.EntryStatus;
import org.govshare.Platform;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The skeleton: one seeded Platform bean, the configured users, form login, the home page. */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class PortalStartupTest {
  @DynamicPropertySource
  static void platform(DynamicPropertyRegistry registry) {
    PortalTestSupport.throwawayPlatform(registry);
  }

  @Autowired MockMvc mvc;
  @Autowired Platform platform;
  @Autowired ApplicationContext context;

  @Test
  void oneSeededPlatformServesTheWholeApplication() {
    assertEquals(1, context.getBeansOfType(Platform.class).size());
    assertTrue(platform.isOpen());
    assertTrue(platform.initialized());
    assertEquals("2026-09-01T09:00:00+08:00", platform.now().toIso());
    int published = 0;
    for (EntryRecord r : platform.catalog().entries("civil.op")) {
      if (r.getStatus() == EntryStatus.PUBLISHED) published++;
    }
    assertEquals(3, published);
    CatalogEntry household = new Entries(platform).find("civil.op", SampleCity.HOUSEHOLD).getLive().orElseThrow();
    assertTrue(household.getShare().getScope().getMaskedItems().contains("公民身份号码"));
    assertEquals(2, platform.sharing().authorizations("civil.op", SampleCity.CIVIL).size());
    assertTrue(platform.verifyAudit("auditor").isIntact());
  }

  @Test
  void pagesNeedASignIn() throws Exception {
    mvc.perform(get("/").accept("text/html")).andExpect(status().is3xxRedirection());
    mvc.perform(get("/login")).andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("登录")));
  }

  @Test
  void formLoginChecksTheBcryptPasswordAndMapsThePlatformUser() throws Exception {
    mvc.perform(post("/login").param("username", "civil.op").param("password", "demo2026").with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/"));
    mvc.perform(post("/login").param("username", "civil.op").param("password", "wrong").with(csrf()))
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(get("/").with(as("civil.op")))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("刘芳")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("南通市民政局")));
    // An auditor reads no notices: the home page asks mayDo instead of being refused.
    mvc.perform(get("/").with(as("auditor"))).andExpect(status().isOk());
  }
}
