package org.govshare.portal;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.govshare.GovShareException;
import org.govshare.HousekeepingReport;
import org.govshare.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The platform's scheduled duties (A11, A19, A26, A31 (7), A33; docs/housekeeping.md), run as the
 * bureau administrator every {@code govshare.housekeeping.interval} (default one hour; 0
 * disables). The task catches the library's errors: an exception escaping a scheduled task would
 * cancel the schedule. Being a bean that uses the Platform, it is stopped before the Platform is
 * closed.
 */
@Component
public class Housekeeping {
  private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);
  private final Platform platform;
  private final String actor;
  private final ScheduledExecutorService timer;

  public Housekeeping(Platform platform,
                      @Value("${govshare.housekeeping.user:admin}") String actor,
                      @Value("${govshare.housekeeping.interval:PT1H}") Duration interval) {
    this.platform = platform;
    this.actor = actor;
    if (interval.isZero() || interval.isNegative()) {
      timer = null;
      return;
    }
    timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "govshare-housekeeping");
      t.setDaemon(true);
      return t;
    });
    long ms = interval.toMillis();
    timer.scheduleWithFixedDelay(this::runOnce, ms, ms, TimeUnit.MILLISECONDS);
  }

  /** One run; what it changed is logged. */
  public HousekeepingReport runOnce() {
    try {
      HousekeepingReport r = platform.runHousekeeping(actor, platform.now());
      if (r.changed()) {
        log.info("housekeeping at {}: {} expired, {} non-use notices, {} overdue notices, {} escalated",
            r.getRanAt().toIso(), r.getExpired().size(), r.getNonUseNoticed().size(),
            r.getOverdueNoticed().size(), r.getEscalated().size());
      }
      return r;
    } catch (GovShareException e) {
      log.error("housekeeping failed: {}", e.getMessage());
      return null;
    }
  }

  @PreDestroy
  public void stop() throws InterruptedException {
    if (timer != null) {
      timer.shutdown();
      timer.awaitTermination(30, TimeUnit.SECONDS);
    }
  }
}
