package org.govshare.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.govshare.AccessDecision;
import org.govshare.AccessRequest;
import org.govshare.Platform;
import org.govshare.DepartmentInspection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The data API under load on loopback (issue 18, part 4): 1, 8 and 32 signed-in clients calling
 * {@code GET /api/data/{entry}} back to back for {@code portal.load.seconds} each (2 s in the test
 * suite; scripts/portal-load.sh runs 20 s). Every answer must be a 200 with the ID number masked,
 * and every delivery must be in the usage log (A28): that is what this test asserts. The speed is
 * measured, never asserted: requests/s, p50 and p99 latency, and where the time goes (the
 * controller's Server-Timing stages; HTTP + Spring as the rest), beside Decide, Filter and a bare
 * JNI call timed in process, go to target/load-report.md and standard output.
 *
 * <p>The generator runs in the server's JVM, on the same cores: the figures are the whole
 * machine's, client included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class DataApiLoadTest {
  static final String PURPOSE = "低保审批 负载测试";
  static final String QUERY = "?items=" + LoadGenerator.enc("姓名,公民身份号码") + "&purpose=" + LoadGenerator.enc(PURPOSE);

  @DynamicPropertySource
  static void platform(DynamicPropertyRegistry registry) {
    PortalTestSupport.throwawayPlatform(registry);
    registry.add("govshare.housekeeping.interval", () -> "0");
    registry.add("logging.level.org.govshare", () -> "WARN");
  }

  @LocalServerPort int port;
  @Autowired Platform platform;
  @Autowired SampleRecords sampleRecords;

  @Test
  void theDataApiUnderOneEightAndThirtyTwoClients() throws Exception {
    double seconds = Double.parseDouble(System.getProperty("portal.load.seconds", "2"));
    Duration measure = Duration.ofMillis((long) (seconds * 1000));
    Duration warmUp = Duration.ofMillis((long) Math.min(2000, seconds * 500));
    long household = new Entries(platform).find("civil.op", SampleCity.HOUSEHOLD).getId();
    LoadGenerator load = new LoadGenerator("http://localhost:" + port, "civil.op", "demo2026");
    long usageBefore = deliveries();
    List<LoadGenerator.Result> results = new ArrayList<>();
    long sent = 0;
    for (int clients : new int[] {1, 8, 32}) {
      LoadGenerator.Result r = load.run(clients, "/api/data/" + household + QUERY, warmUp, measure, response -> {
        if (response.statusCode() != 200) return response.statusCode() + " " + response.body();
        if (!response.body().contains("\"公民身份号码\":\"320613********1232\"")) return "not masked: " + response.body();
        if (response.body().contains("320613198506151232")) return "the ID number in clear: " + response.body();
        return null;
      });
      assertEquals(0, r.failures(), clients + " clients: " + r.failures() + " wrong answers, the first: " + r.firstFailure());
      assertTrue(r.requests() > 0, clients + " clients: no request finished");
      results.add(r);
      sent += r.requests();
    }
    // Every measured delivery is in the usage log (warm-up requests too: at least as many).
    assertTrue(deliveries() - usageBefore >= sent,
        "every delivery is logged (A28): " + (deliveries() - usageBefore) + " lines for " + sent + " requests");

    String report = report(results, inProcess(household));
    // scripts/portal-load.sh: the same requests from Debian's wrk, a separate process written in C,
    // so that the Java generator's own cost can be told from the server's.
    if (Boolean.getBoolean("portal.load.wrk")) {
      report += wrk(load, "http://localhost:" + port + "/api/data/" + household + QUERY, seconds);
    }
    System.out.println(report);
    Path out = Path.of(System.getProperty("portal.load.report", "target/load-report.md"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);
  }

  /** 民政局's deliveries today, counted from the usage log by the A31 inspection (which flushes it first). */
  long deliveries() {
    java.time.LocalDate today = platform.now().toZonedDateTime().toLocalDate();
    for (DepartmentInspection d : platform.supervision().inspect("auditor", today, today.plusDays(1)).getDepartments()) {
      if (d.getDepartmentCode().equals(SampleCity.CIVIL)) return d.getDeliveries();
    }
    return 0;
  }

  static String wrk(LoadGenerator load, String url, double seconds) throws Exception {
    StringBuilder s = new StringBuilder("\n### The same requests from wrk (a separate process; one session)\n\n"
        + "| connections | wrk threads | requests/s | p50 ms | p99 ms |\n|---:|---:|---:|---:|---:|\n");
    String cookie = load.sessionCookie();
    for (int clients : new int[] {1, 8, 32}) {
      int threads = Math.min(clients, 2);
      Process p = new ProcessBuilder("wrk", "-t" + threads, "-c" + clients, "-d" + Math.max(1, Math.round(seconds)) + "s",
          "--latency", "-H", "Cookie: " + cookie, url).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, p.waitFor(), "wrk (apt-get install wrk):\n" + out);
      assertTrue(!out.contains("Non-2xx"), "wrk saw refusals:\n" + out);
      s.append(String.format(Locale.ROOT, "| %d | %d | %s | %.3f | %.3f |%n", clients, threads,
          wrkField(out, "Requests/sec:\\s+([0-9.]+)"), wrkMillis(out, "50%"), wrkMillis(out, "99%")));
    }
    return s.toString();
  }

  static String wrkField(String out, String regex) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(out);
    if (!m.find()) throw new AssertionError("no " + regex + " in wrk's output:\n" + out);
    return m.group(1);
  }

  /** A latency percentile line of wrk --latency ("50%  1.23ms"), in milliseconds. */
  static double wrkMillis(String out, String percentile) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s" + percentile + "\\s+([0-9.]+)(us|ms|s)\\b").matcher(out);
    if (!m.find()) throw new AssertionError("no " + percentile + " latency in wrk's output:\n" + out);
    double v = Double.parseDouble(m.group(1));
    return switch (m.group(2)) {
      case "us" -> v / 1000;
      case "s" -> v * 1000;
      default -> v;
    };
  }

  /** Decide, Filter and a bare JNI call, timed on this thread without HTTP: p50 in ns. */
  long[] inProcess(long household) {
    String records = sampleRecords.recordsJson(SampleCity.HOUSEHOLD);
    AccessRequest request = AccessRequest.of("civil.op", household, PURPOSE, "姓名", "公民身份号码");
    AccessDecision kept = platform.access().decide(request);
    long decide = p50(20_000, () -> {
      long t0 = System.nanoTime();
      AccessDecision d = platform.access().decide(request);
      long t = System.nanoTime() - t0;
      d.delete();
      return t;
    });
    long filter = p50(20_000, () -> {
      long t0 = System.nanoTime();
      platform.access().filter(kept, records);
      return System.nanoTime() - t0;
    });
    long jni = p50(20_000, () -> {
      long t0 = System.nanoTime();
      platform.isOpen();
      return System.nanoTime() - t0;
    });
    long built = p50(20_000, () -> {
      long t0 = System.nanoTime();
      AccessDecision d = platform.access().decide(AccessRequest.of("civil.op", household, PURPOSE, "姓名", "公民身份号码"));
      d.delete();
      return System.nanoTime() - t0;
    });
    long entry = p50(5_000, () -> {
      long t0 = System.nanoTime();
      platform.catalog().getEntry("civil.op", household);
      return System.nanoTime() - t0;
    });
    kept.delete();
    return new long[] {decide, filter, jni, entry, built};
  }

  static long p50(int n, LongSupplier sample) {
    for (int i = 0; i < n / 4; i++) sample.getAsLong();   // warm-up (JIT)
    long[] t = new long[n];
    for (int i = 0; i < n; i++) t[i] = sample.getAsLong();
    Arrays.sort(t);
    return t[n / 2];
  }

  static String report(List<LoadGenerator.Result> results, long[] inProcess) {
    StringBuilder s = new StringBuilder();
    s.append("## Data API load (").append(PortalTestSupport.onPostgres() ? "PostgreSQL" : "SQLite")
        .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores, generator in the server's JVM)\n\n");
    s.append("| clients | requests | requests/s | p50 ms | p99 ms | mean ms | controller | entry | decide | source | filter | json | HTTP + Spring |\n");
    s.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (LoadGenerator.Result r : results) {
      double mean = r.meanLatencyNanos();
      double app = r.stageMeanNanos().getOrDefault("app", Double.NaN);
      s.append(String.format(Locale.ROOT, "| %d | %d | %.0f | %.3f | %.3f | %.3f | %s | %s | %s | %s | %s | %s | %s |\n",
          r.clients(), r.requests(), r.requestsPerSecond(), r.percentileMillis(50), r.percentileMillis(99), mean / 1e6,
          share(app, mean), share(r.stageMeanNanos().get("entry"), mean), share(r.stageMeanNanos().get("decide"), mean),
          share(r.stageMeanNanos().get("source"), mean), share(r.stageMeanNanos().get("filter"), mean),
          share(r.stageMeanNanos().get("json"), mean), share(mean - app, mean)));
    }
    s.append("\nThe stage columns are mean µs per request (share of the mean latency), from the Server-Timing header.\n\n");
    s.append(String.format(Locale.ROOT,
        "In process, one thread, no HTTP (p50): Decide %.2f µs (%.2f µs with the AccessRequest built as the "
            + "controller builds it), Filter of the 3 sample records %.2f µs, getEntry %.1f µs, a bare JNI call "
            + "(isOpen) %.3f µs.%n",
        inProcess[0] / 1e3, inProcess[4] / 1e3, inProcess[1] / 1e3, inProcess[3] / 1e3, inProcess[2] / 1e3));
    return s.toString();
  }

  static String share(Double nanos, double mean) {
    if (nanos == null || nanos.isNaN()) return "–";
    return String.format(Locale.ROOT, "%.1f (%.0f%%)", nanos / 1e3, 100 * nanos / mean);
  }
}
