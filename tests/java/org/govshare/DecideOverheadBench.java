package org.govshare;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * What a {@code Platform.decide()} call costs from Java: the same platform as
 * benchmarks/access_bench.cpp at 10^3 authorizations (10 entries × 100 consumers, each
 * granted through apply → accept → grant; a file store, durability NORMAL, simulated clock),
 * then N single calls timed with {@link System#nanoTime()} each, on requests picked at random
 * (seed 42) among the granted (consumer, entry) pairs, 2 items, at the platform's time.
 * Prints p50 and p99 of single calls and calls per second, for comparison with the C++
 * counters p50_ns / p99_ns of {@code BM_Decide/log_off/1000} and {@code log_on/1000}.
 *
 * <p>Not a JUnit test (Surefire runs {@code *Test} classes only); run it after {@code mvn
 * install}, from bindings/java:
 *
 * <pre>
 * java -cp target/govshare-0.1.0.jar:target/test-classes org.govshare.DecideOverheadBench \
 *     [--calls N] [--warmup N] [--log on|off|both] [--delete] [--repo ../..]
 * </pre>
 *
 * {@code --delete} frees each decision at once ({@code delete()}) instead of leaving it to
 * the garbage collector; the default keeps what idiomatic Java code does.
 */
public final class DecideOverheadBench {
  static final String BUREAU = "11320600MB1T01108B";
  static final String POLICE = "11320600MB1T0101XP";

  private DecideOverheadBench() {}

  /**
   * A valid credit code for municipal body number {@code n}, as CreditCode() of the C++
   * benchmark: organisation code {@code MC<n, 6 digits>} whose GB 11714 check character is
   * the one the library accepts, then the GB 32100 check character from the library.
   */
  static String creditCode(int n) {
    String org = String.format("MC%06d", n);
    for (char check : "0123456789X".toCharArray()) {
      if (GovShare.isValidOrganizationCode(org + "-" + check)) {
        String body = "11320600" + org + check;
        return body + GovShare.creditCodeCheckChar(body);
      }
    }
    throw new IllegalStateException("no check character for " + org);
  }

  /** The sample's 户籍人口基本信息, unconditional and platform-granted, as EntryContent() of the C++ benchmark. */
  static CatalogEntry entryContent(Catalog sample, int i) {
    CatalogEntry e = new CatalogEntry(sample.getEntries().get(0));
    e.setCode("");
    e.setName("人口基本信息（" + i + "）");
    ShareAttribute share = new ShareAttribute();
    share.setShareClass(ShareClass.UNCONDITIONAL);
    share.setMethods(new ShareMethodList(new ShareMethod[] {ShareMethod.API}));
    share.setAuthorizationMode(Optional.of(AuthorizationMode.PLATFORM_DIRECT));
    e.setShare(share);
    e.setOpen(new OpenAttribute());
    return e;
  }

  static final class Fixture {
    Platform platform;
    final List<String> users = new ArrayList<>();
    final List<Long> entries = new ArrayList<>();
    String[] items;
    Path path;
  }

  /** 10 entries × 100 consumers = 1000 active authorizations. */
  static Fixture seed(Catalog sample, boolean usageLog) throws Exception {
    Fixture f = new Fixture();
    f.path = Files.createTempFile("govshare-java-decide-bench-", ".db");
    Files.delete(f.path);
    PlatformOptions o = PlatformOptions.file(f.path);
    o.setDurability(Durability.NORMAL);
    o.setSimulatedTime(Optional.of(LocalDateTime.fromIso("2026-09-01T09:00:00+08:00")));
    o.setUsageLog(usageLog);
    Platform p = Platform.open(o);
    f.platform = p;
    p.initialize(Department.of(BUREAU, "南通市大数据管理局", DepartmentLevel.BUREAU),
                 User.of("admin", "王局", BUREAU, Role.BUREAU_ADMIN));
    p.addUser("admin", User.of("reviewer", "李审", BUREAU, Role.BUREAU_REVIEWER));
    p.addDepartment("admin", Department.of(POLICE, "南通市公安局", DepartmentLevel.MUNICIPAL));
    p.addUser("admin", User.of("police.op", "张明", POLICE, Role.DEPT_OPERATOR));
    p.addUser("admin", User.of("police.leader", "陈处", POLICE, Role.DEPT_LEADER));
    final int entries = 10;
    final int consumers = 100;
    for (int i = 0; i < entries; i++) {
      EntryRecord r = p.catalog().createDraft("police.op", entryContent(sample, i));
      r = p.catalog().submit("police.op", r.getId(), r.getRowVersion());
      r = p.catalog().approve("reviewer", r.getId(), r.getRowVersion());
      r = p.catalog().publish("police.leader", r.getId(), r.getRowVersion());
      f.entries.add(r.getId());
    }
    CatalogEntry content = entryContent(sample, 0);
    f.items = new String[] {content.getItems().get(0).getName(), content.getItems().get(1).getName()};
    ApplicationRequest req = new ApplicationRequest();
    req.setItems(new StringList(f.items));
    req.setPurpose("基准测试");
    req.setLegalDuty("基准测试");
    req.setMethod(ShareMethod.API);
    req.setValidFrom(Date.of(2026, 9, 1));
    req.setValidUntil(Date.of(2027, 8, 31));
    req.setScan(ScanDocument.of("scan.pdf", "a".repeat(64), 1));
    for (int c = 0; c < consumers; c++) {
      String code = creditCode(c + 1);
      String user = "u" + c;
      p.addDepartment("admin", Department.of(code, "南通市测试部门" + c, DepartmentLevel.MUNICIPAL));
      p.addUser("admin", User.of(user, "经办人", code, Role.DEPT_OPERATOR));
      f.users.add(user);
      for (long entry : f.entries) {
        req.setEntryId(entry);
        Application a = p.sharing().apply(user, req);
        a = p.sharing().acceptApplication("reviewer", a.getId(), a.getRowVersion());
        p.sharing().grantApplication("reviewer", a.getId(), a.getRowVersion(), new GrantTerms());
      }
    }
    if (!p.access().decide(AccessRequest.of(f.users.get(0), f.entries.get(0), "基准", f.items)).isAllowed()) {
      throw new IllegalStateException("seeded authorization refused");
    }
    return f;
  }

  static void run(Catalog sample, boolean usageLog, int calls, int warmup, boolean delete) throws Exception {
    long t0 = System.nanoTime();
    Fixture f = seed(sample, usageLog);
    double seedSeconds = (System.nanoTime() - t0) / 1e9;
    Platform p = f.platform;
    Random rng = new Random(42);
    AccessRequest[] requests = new AccessRequest[4096];
    for (int i = 0; i < requests.length; i++) {
      String user = f.users.get(rng.nextInt(f.users.size()));
      long entry = f.entries.get(rng.nextInt(f.entries.size()));
      requests[i] = AccessRequest.of(user, entry, "办件 2026-0917", f.items);
    }
    for (int i = 0; i < warmup; i++) { // JIT, caches
      AccessDecision d = p.access().decide(requests[i & 4095]);
      if (delete) d.delete();
    }
    long[] ns = new long[calls];
    long allowed = 0;
    long start = System.nanoTime();
    for (int i = 0; i < calls; i++) {
      long a = System.nanoTime();
      AccessDecision d = p.access().decide(requests[i & 4095]);
      long b = System.nanoTime();
      ns[i] = b - a;
      if (d.isAllowed()) allowed++;
      if (delete) d.delete();
    }
    long wall = System.nanoTime() - start;
    p.access().flushUsageLog();
    p.close();
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      new File(f.path + suffix).delete();
    }
    if (allowed != calls) {
      throw new IllegalStateException((calls - allowed) + " decisions refused");
    }
    Arrays.sort(ns);
    long p50 = ns[calls / 2];
    long p99 = ns[(int) ((long) calls * 99 / 100)];
    double mean = Arrays.stream(ns).average().orElse(0);
    System.out.printf("decide log_%s%s: 1000 authorizations (seeded in %.1f s), %d calls after %d warm-up%n",
                      usageLog ? "on" : "off", delete ? " +delete()" : "", seedSeconds, calls, warmup);
    System.out.printf("  p50 %,d ns  p99 %,d ns  mean %,.0f ns  max %,d ns%n", p50, p99, mean, ns[calls - 1]);
    System.out.printf("  %,.0f calls/s (wall time of the loop, timing included)%n", calls / (wall / 1e9));
  }

  public static void main(String[] args) throws Exception {
    int calls = 200_000;
    int warmup = 50_000;
    String log = "both";
    boolean delete = false;
    String repo = System.getProperty("govshare.repo.root", "../..");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--calls": calls = Integer.parseInt(args[++i]); break;
        case "--warmup": warmup = Integer.parseInt(args[++i]); break;
        case "--log": log = args[++i]; break;
        case "--delete": delete = true; break;
        case "--repo": repo = args[++i]; break;
        default: throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Catalog sample = GovShare.loadCatalogFile(repo + "/examples/data/catalog-sample.json");
    System.out.printf("libgovshare %s, Java %s (%s)%n", GovShare.version(), System.getProperty("java.version"),
                      System.getProperty("java.vm.name"));
    if (!log.equals("on")) run(sample, false, calls, warmup, delete);
    if (!log.equals("off")) run(sample, true, calls, warmup, delete);
  }
}
