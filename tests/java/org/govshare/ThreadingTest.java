package org.govshare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One {@link Platform} shared by the request threads of a portal (docs/threading.md): a thread
 * pool deciding, searching and writing on one handle, after which the audit chain verifies and the
 * counts reconcile with what the threads saw (A28), and a suspension that returned is honored by
 * the next decision on every pooled thread (A26). The C++ stress is tests/cpp/threading_test.cpp
 * (also under ThreadSanitizer).
 */
class ThreadingTest {
  @TempDir Path dir;
  private Platform p;
  private long entry;
  private long authorization;

  @BeforeEach
  void openCity() {
    PlatformOptions o = PlatformTest.options(PlatformTest.tempDb(dir, "threading"));
    o.setDurability(Durability.NORMAL);
    p = Platform.open(o);
    PlatformTest.seedCity(p);
    long[] granted = PlatformTest.civilGrant(p, List.of("姓名", "公民身份号码"), Date.of(2026, 12, 31));
    entry = granted[0];
    authorization = granted[1];
  }

  @AfterEach
  void closeCity() {
    p.close();
  }

  AccessRequest request(String user) {
    return AccessRequest.of(user, entry, "低保审批 2026-0917", "姓名", "公民身份号码");
  }

  long usageLines() {
    UsageQuery q = new UsageQuery();
    q.setLimit(1 << 30);
    return p.access().usageLog("auditor", q).size();
  }

  @Test
  void aThreadPoolSharesOneHandleAndTheCountsReconcile() throws Exception {
    EntryRecord draft = p.catalog().createDraft("police.op", PlatformTest.policeEntry());
    long auditBefore = p.auditTrail("auditor", 1, -1).size();
    long eventsBefore = p.securityEvents("auditor").size();
    p.access().flushUsageLog();
    long usageBefore = usageLines();
    AtomicInteger decisions = new AtomicInteger();
    AtomicInteger writes = new AtomicInteger();
    AtomicInteger edits = new AtomicInteger();
    AtomicInteger conflicts = new AtomicInteger();
    AtomicInteger denied = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> tasks = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      final int seed = t;
      tasks.add(pool.submit(() -> {
        Random rng = new Random(seed);
        String[] deciders = {"civil.op", "police.op", "nobody"};
        String[] editors = {"police.op", "police.op", "civil.op"};
        for (int i = 0; i < 80; i++) {
          try {
            switch (rng.nextInt(4)) {
              case 0 -> {  // A26, A30
                p.access().decide(request(deciders[rng.nextInt(deciders.length)]));
                decisions.incrementAndGet();
              }
              case 1 -> {  // A10: an edit on the row_version just read
                EntryRecord now = p.catalog().getEntry("auditor", draft.getId());
                CatalogEntry c = now.getWorking().orElseThrow();
                c.setSummary("线程 " + seed + " 第 " + i + " 次修改");
                p.catalog().editDraft(editors[rng.nextInt(editors.length)], draft.getId(), now.getRowVersion(), c);
                writes.incrementAndGet();
                edits.incrementAndGet();
              }
              case 2 -> {  // A26: the provider suspends or reinstates
                Authorization z = p.sharing().getAuthorization("auditor", authorization);
                if (z.getStatus() == AuthorizationStatus.ACTIVE) {
                  p.sharing().suspend("police.leader", authorization, z.getRowVersion(), "核查使用情况");
                } else {
                  p.sharing().reinstate("police.leader", authorization, z.getRowVersion(), "核查完毕");
                }
                writes.incrementAndGet();
              }
              default -> p.catalog().search("civil.op", "户籍");  // A20
            }
          } catch (ConflictException | InvalidTransitionException e) {
            conflicts.incrementAndGet();
          } catch (PermissionDeniedException e) {
            denied.incrementAndGet();
          }
        }
        return null;
      }));
    }
    for (Future<?> f : tasks) {
      f.get(120, TimeUnit.SECONDS);  // rethrows anything unexpected
    }
    pool.shutdown();
    assertTrue(decisions.get() > 0 && edits.get() > 0 && denied.get() > 0);
    AuditVerification v = p.verifyAudit("auditor");
    assertTrue(v.isIntact(), v.getProblem());
    assertEquals(writes.get(), p.auditTrail("auditor", 1, -1).size() - auditBefore);
    assertEquals(denied.get(), p.securityEvents("auditor").size() - eventsBefore);
    p.access().flushUsageLog();
    assertEquals(decisions.get(), usageLines() - usageBefore);
    assertEquals(draft.getRowVersion() + edits.get(), p.catalog().getEntry("auditor", draft.getId()).getRowVersion());
  }

  @Test
  void aSuspensionIsHonoredByTheNextDecisionOnEveryPooledThread() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 10; round++) {
        Authorization z = p.sharing().getAuthorization("auditor", authorization);
        boolean suspend = z.getStatus() == AuthorizationStatus.ACTIVE;
        if (suspend) {
          p.sharing().suspend("police.leader", authorization, z.getRowVersion(), "核查");
        } else {
          p.sharing().reinstate("police.leader", authorization, z.getRowVersion(), "核查完毕");
        }
        List<Future<Boolean>> answers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          answers.add(pool.submit(() -> p.access().decide(request("civil.op")).isAllowed()));
        }
        for (Future<Boolean> a : answers) {
          assertEquals(!suspend, a.get(30, TimeUnit.SECONDS), "round " + round);
        }
      }
    } finally {
      pool.shutdown();
    }
  }
}
