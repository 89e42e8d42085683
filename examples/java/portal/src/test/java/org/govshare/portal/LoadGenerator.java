package org.govshare.portal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small closed-loop HTTP load generator for the portal's data API on loopback: {@code clients}
 * threads, each signed in once with the form login (its own session cookie, as a browser), send
 * one request after another for a fixed time after a warm-up. It records each request's latency
 * and adds up the stages of the answer's {@code Server-Timing} header (ServerTiming), so a run says
 * where a request's time goes: the controller's stages, and the rest (HTTP, Spring Security and
 * MVC, JSON writing) as the latency less the controller's time. Every answer is checked by the
 * caller's {@code check}; a failed one is counted and its first text kept.
 */
final class LoadGenerator {
  static final Pattern STAGE = Pattern.compile("(\\w+);desc=\"[^\"]*\";dur=([0-9.]+)");

  /** One run at one client count. Times in nanoseconds. */
  record Result(int clients, long requests, long failures, String firstFailure, double seconds,
                long[] sortedLatencies, Map<String, Double> stageMeanNanos) {
    double requestsPerSecond() {
      return requests / seconds;
    }

    double percentileMillis(double p) {
      if (sortedLatencies.length == 0) return Double.NaN;
      int i = (int) Math.ceil(p / 100.0 * sortedLatencies.length) - 1;
      return sortedLatencies[Math.max(0, Math.min(i, sortedLatencies.length - 1))] / 1e6;
    }

    double meanLatencyNanos() {
      return Arrays.stream(sortedLatencies).average().orElse(Double.NaN);
    }
  }

  interface Check {
    /** Null when the answer is right; else what is wrong with it. */
    String problem(HttpResponse<String> response);
  }

  private final String base;
  private final String user;
  private final String password;

  LoadGenerator(String base, String user, String password) {
    this.base = base;
    this.user = user;
    this.password = password;
  }

  Result run(int clients, String path, Duration warmUp, Duration measure, Check check) throws Exception {
    List<HttpClient> http = new ArrayList<>();
    for (int i = 0; i < clients; i++) http.add(signedIn());
    long[][] latencies = new long[clients][];
    int[] counts = new int[clients];
    long[] failures = new long[clients];
    Map<String, double[]> stageSums = new LinkedHashMap<>();
    AtomicReference<String> firstFailure = new AtomicReference<>();
    CountDownLatch start = new CountDownLatch(1);
    long[] window = new long[2];
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      final int me = c;
      Thread t = new Thread(() -> {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).GET().build();
        long[] mine = new long[1 << 14];
        int n = 0;
        Map<String, Double> sums = new LinkedHashMap<>();
        try {
          start.await();
          long measureFrom = window[0], measureTo = window[1];
          while (true) {
            long t0 = System.nanoTime();
            if (t0 >= measureTo) break;
            HttpResponse<String> r = http.get(me).send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long t1 = System.nanoTime();
            String problem = check.problem(r);
            if (t0 < measureFrom) continue;   // the warm-up
            if (problem != null) {
              failures[me]++;
              firstFailure.compareAndSet(null, problem);
              continue;
            }
            if (n == mine.length) mine = Arrays.copyOf(mine, n * 2);
            mine[n++] = t1 - t0;
            Matcher m = STAGE.matcher(r.headers().firstValue(ServerTiming.HEADER).orElse(""));
            while (m.find()) sums.merge(m.group(1), Double.parseDouble(m.group(2)) * 1e6, Double::sum);
          }
        } catch (Exception e) {
          failures[me]++;
          firstFailure.compareAndSet(null, e.toString());
        }
        latencies[me] = Arrays.copyOf(mine, n);
        counts[me] = n;
        synchronized (stageSums) {
          sums.forEach((k, v) -> stageSums.computeIfAbsent(k, x -> new double[1])[0] += v);
        }
      }, "load-client-" + c);
      t.start();
      threads.add(t);
    }
    long now = System.nanoTime();
    window[0] = now + warmUp.toNanos();
    window[1] = window[0] + measure.toNanos();
    start.countDown();
    for (Thread t : threads) t.join();
    long total = Arrays.stream(counts).sum();
    long[] all = new long[(int) total];
    int at = 0;
    for (long[] l : latencies) {
      System.arraycopy(l, 0, all, at, l.length);
      at += l.length;
    }
    Arrays.sort(all);
    Map<String, Double> means = new LinkedHashMap<>();
    stageSums.forEach((k, v) -> means.put(k, total == 0 ? Double.NaN : v[0] / total));
    return new Result(clients, total, Arrays.stream(failures).sum(), firstFailure.get(),
        measure.toNanos() / 1e9, all, means);
  }

  /** A client with its own cookie jar, signed in through /login (CSRF token from the form). */
  HttpClient signedIn() throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
    String form = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
    if (!m.find()) throw new IllegalStateException("no CSRF token in the sign-in form");
    String body = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    String to = r.headers().firstValue("Location").orElse("");
    if (r.statusCode() != 302 || to.contains("error")) {
      throw new IllegalStateException("sign-in as " + user + " failed: " + r.statusCode() + " " + to);
    }
    return client;
  }

  /** A session cookie ({@code JSESSIONID=…}) of a new sign-in, for a generator outside this JVM (wrk). */
  String sessionCookie() throws IOException, InterruptedException {
    HttpClient client = signedIn();
    CookieManager jar = (CookieManager) client.cookieHandler().orElseThrow();
    return jar.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
        .map(c -> c.getName() + "=" + c.getValue()).findFirst()
        .orElseThrow(() -> new IllegalStateException("no session cookie after sign-in"));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
