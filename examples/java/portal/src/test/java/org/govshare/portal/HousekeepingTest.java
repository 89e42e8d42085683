package org.govshare.portal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.govshare.HousekeepingReport;
import org.govshare.Platform;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Housekeeping on the shared handle: a year on, the sample authorizations expire. */
@SpringBootTest
@DirtiesContext
class HousekeepingTest {
  @DynamicPropertySource
  static void platform(DynamicPropertyRegistry registry) {
    PortalTestSupport.throwawayPlatform(registry);
  }

  @Autowired Housekeeping housekeeping;
  @Autowired Platform platform;

  @Test
  void expiresAuthorizationsAndASecondRunChangesNothing() {
    platform.advanceTime(Duration.ofDays(400));
    HousekeepingReport r = housekeeping.runOnce();
    assertNotNull(r);
    assertTrue(r.changed());
    assertFalse(r.getExpired().isEmpty());
    assertFalse(housekeeping.runOnce().changed());
  }
}
