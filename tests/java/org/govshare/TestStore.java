package org.govshare;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where a platform test keeps its platform. The platform suites run on both backends
 * (docs/deployment.md): on SQLite by default, and on PostgreSQL when the environment
 * variable {@code GOVSHARE_TEST_POSTGRES} names the throwaway test server
 * (scripts/run-tests.sh starts it with scripts/pg-test-server.sh). There every platform
 * is a PostgreSQL schema of its own, which {@link Platform#open} creates
 * (create_if_missing): a fresh one for each {@code ":memory:"}, the same one for the same
 * file path, so a test that reopens a file reopens its schema.
 */
final class TestStore {
  static final String POSTGRES = System.getenv().getOrDefault("GOVSHARE_TEST_POSTGRES", "");

  private static final Map<String, String> SCHEMAS = new ConcurrentHashMap<>();
  private static final AtomicInteger NEXT = new AtomicInteger();

  private TestStore() {}

  static boolean onPostgres() {
    return !POSTGRES.isEmpty();
  }

  static String of(String local) {
    if (!onPostgres()) {
      return local;
    }
    String schema = local.equals(":memory:")
        ? newSchema()
        : SCHEMAS.computeIfAbsent(local, k -> newSchema());
    return POSTGRES + (POSTGRES.contains("?") ? "&" : "?") + "options=-csearch_path%3D" + schema;
  }

  private static String newSchema() {
    return "java" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
  }
}
