package org.govshare.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A throwaway platform on a simulated clock for every Spring test context: a SQLite file in a temp
 * dir, or, when {@code GOVSHARE_TEST_POSTGRES} names a PostgreSQL server (scripts/run-tests.sh
 * runs the suite a second time so), a schema of its own on that server, which the platform creates.
 */
final class PortalTestSupport {
  static final String POSTGRES = System.getenv().getOrDefault("GOVSHARE_TEST_POSTGRES", "");
  private static final java.util.concurrent.atomic.AtomicInteger NEXT = new java.util.concurrent.atomic.AtomicInteger();

  private PortalTestSupport() {}

  static boolean onPostgres() {
    return !POSTGRES.isEmpty();
  }

  static void throwawayPlatform(DynamicPropertyRegistry registry) {
    registry.add("govshare.simulated-time", () -> "2026-09-01T09:00:00+08:00");
    if (onPostgres()) {
      String schema = "portal" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
      registry.add("govshare.path", () -> POSTGRES + (POSTGRES.contains("?") ? "&" : "?")
          + "options=-csearch_path%3D" + schema);
      return;
    }
    try {
      Path dir = Files.createTempDirectory("govshare-portal-test-");
      // @DirtiesContext closes each test context (and its Platform) after its class; the
      // directory goes when the test JVM exits.
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
      registry.add("govshare.path", () -> dir.resolve("city.db").toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteTree(Path dir) {
    try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // best effort: a temp dir
    }
  }

  /**
   * 民政局's application for {@code items} of an entry, through the library (A20): a purpose, its
   * legal duty, the API, 2026-09-01 to {@code validUntil}, and a scan; applied and accepted by the
   * bureau (A21), so that it waits for the deciding department.
   */
  static org.govshare.Application acceptedApplication(org.govshare.Platform platform, long entry, List<String> items,
                                                      String purpose, java.time.LocalDate validUntil) {
    org.govshare.ApplicationRequest r = new org.govshare.ApplicationRequest();
    r.setEntryId(entry);
    r.setItems(items);
    r.setPurpose(purpose);
    r.setLegalDuty("《社会救助暂行办法》第十一条");
    r.setMethod(org.govshare.ShareMethod.API);
    r.setValidFrom(java.time.LocalDate.of(2026, 9, 1));
    r.setValidUntil(validUntil);
    r.setScan(org.govshare.ScanDocument.of("申请表.pdf", "a".repeat(64), 1024));
    org.govshare.Application a = platform.sharing().apply("civil.op", r);
    return platform.sharing().acceptApplication("reviewer", a.getId(), a.getRowVersion());
  }

  /** Signed in as the portal user of the same name (the sample mapping is one to one). */
  static RequestPostProcessor as(String user) {
    return SecurityMockMvcRequestPostProcessors.user(
        new SecurityConfig.PortalUser(user, "unused", List.of(new SimpleGrantedAuthority("ROLE_TEST")), user));
  }
}
