#!/usr/bin/env bash
# README command (2): build everything and run every test — C++ (GoogleTest,
# CLI, install consumer, examples, crash points), C++ under ASan+UBSan, C++ under
# ThreadSanitizer (one Platform from many threads), the parsers fuzzed with
# libFuzzer under ASan+UBSan, Python (pip install
# into a fresh venv, pytest, consumer, quickstart example), Java (mvn install
# with JUnit 5, consumer, quickstart example), the reference Java portal
# (Spring Boot tests, a short load test, and an end-to-end test in headless
# Chromium). The platform tests of every
# language run on SQLite and again on a throwaway PostgreSQL server.
# Every suite runs; the exit code is non-zero if any of them failed.
set -uo pipefail
source "$(dirname "$0")/env.sh" || exit 1
cd "$ROOT"

passed=0
failed=0
failed_names=()
failed_logs=()
# Each suite's output goes to the console and to build/test-logs/<n>.log; the
# end of a failed suite's log is printed again after the summary, so that the
# last lines of a run say what failed and why (a CI log is often read from its end).
logs="$ROOT/build/test-logs"
rm -rf "$logs" && mkdir -p "$logs"
run_suite() {
  local name="$1"
  shift
  local log
  log="$logs/$((passed + failed + 1)).log"
  echo
  echo "==== $name ===="
  local start=$SECONDS rc
  "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  if ((rc == 0)); then
    passed=$((passed + 1))
    echo "==== $name: ok ($((SECONDS - start)) s) ===="
  else
    failed=$((failed + 1))
    failed_names+=("$name")
    failed_logs+=("$log")
    echo "==== $name: FAILED ($((SECONDS - start)) s) ===="
  fi
}

# Runs an example from a scratch directory, as the consumers run: it must exit 0
# and print the masked ID number (examples/README.md).
run_example() {
  local out rc
  out=$(cd "$(mktemp -d)" && "$@")
  rc=$?
  printf '%s\n' "$out"
  ((rc == 0)) || return 1
  [[ $out == *'320613********1232'* ]] || { echo "no masked ID number in the output" >&2; return 1; }
}

# Runs a command with GOVSHARE_TEST_POSTGRES naming a throwaway PostgreSQL 15
# server (scripts/pg-test-server.sh), stopped after: the Python and Java
# platform tests run a second time on PostgreSQL (the C++ ones do through
# CTest's pg_server fixture). A server that cannot start fails the suite.
on_postgres() {
  local dir="/tmp/gspg-$1-$$"
  shift
  "$ROOT/scripts/pg-test-server.sh" start "$dir" >/dev/null || return 1
  local rc=0
  GOVSHARE_TEST_POSTGRES=$("$ROOT/scripts/pg-test-server.sh" uri "$dir") "$@" || rc=1
  "$ROOT/scripts/pg-test-server.sh" stop "$dir"
  return $rc
}

cpp_ci() { cmake --workflow --preset ci; }
cpp_asan() { cmake --workflow --preset asan; }
cpp_tsan() { cmake --workflow --preset tsan; }
# libFuzzer under ASan+UBSan (clang): every kept crash and the seeds replayed,
# then each harness for 20 s (scripts/fuzz.sh; hours with fresh seeds on
# demand). The seed fixes libFuzzer's mutations, not the run: the harnesses'
# platforms hold random keys (decision seals, a county's signing key), so two
# runs differ. A crashing input is printed (base64) with its report, since a CI
# machine's build directory does not outlive the run.
cpp_fuzz() { GOVSHARE_FUZZ_SEED=20261206 "$ROOT/scripts/fuzz.sh" 20; }

python_suite() {
  # A fresh virtual environment each run: pip builds the wheel (scikit-build-core
  # + pybind11 from PyPI) and installs it like a user's `pip install <repo>`.
  local venv="$ROOT/build/venv-test"
  rm -rf "$venv"
  "$PYTHON" -m venv "$venv" || return 1
  "$venv/bin/pip" install -q --disable-pip-version-check "$ROOT[test]" || return 1
  "$venv/bin/python" -m pytest -q -p no:cacheprovider "$ROOT/tests/python" || return 1
  echo "-- the Python tests on PostgreSQL"
  on_postgres py "$venv/bin/python" -m pytest -q -p no:cacheprovider "$ROOT/tests/python" || return 1
  # The installed package from outside the source tree.
  (cd "$(mktemp -d)" && "$venv/bin/python" "$ROOT/tests/consumers/python_consumer.py" \
     "$ROOT/examples/data/catalog-sample.json") || return 1
  # The quickstart example against the installed package.
  run_example "$venv/bin/python" "$ROOT/examples/python/quickstart.py" quickstart.db
}

java_suite() {
  # Reuses the ci build tree for the JNI library; Surefire runs the JUnit 5 tests.
  local rc=0
  mvn -B -q -f "$ROOT/bindings/java/pom.xml" install -Dgovshare.build.dir="$ROOT/build/ci" || rc=1
  # Surefire's per-class summaries (quiet mode hides them).
  cat "$ROOT"/bindings/java/target/surefire-reports/*.txt 2>/dev/null | grep -h "Tests run" || true
  ((rc == 0)) || return 1
  echo "-- the Java tests on PostgreSQL"
  on_postgres java mvn -B -q -f "$ROOT/bindings/java/pom.xml" test -Dgovshare.build.dir="$ROOT/build/ci" || rc=1
  cat "$ROOT"/bindings/java/target/surefire-reports/*.txt 2>/dev/null | grep -h "Tests run" || true
  ((rc == 0)) || return 1
  local version jar
  version=$(sed -n 's/^project(libgovshare VERSION \([0-9.]*\).*/\1/p' "$ROOT/CMakeLists.txt")
  jar="$HOME/.m2/repository/org/govshare/govshare/$version/govshare-$version.jar"
  # The installed jar from outside the source tree, without -Djava.library.path.
  (cd "$(mktemp -d)" && java -cp "$jar" "$ROOT/tests/consumers/JavaConsumer.java" \
     "$ROOT/examples/data/catalog-sample.json") || return 1
  # The quickstart example against the installed jar (UTF-8 source and output
  # whatever the locale).
  run_example java -Dfile.encoding=UTF-8 -cp "$jar" "$ROOT/examples/java/Quickstart.java" quickstart.db
}

# The reference portal (examples/java/portal) on the jar java_suite installed:
# its Spring Boot tests, the data API under load for a few seconds a client
# count (scripts/portal-load.sh runs it longer), and the whole workflow in
# Debian's headless Chromium (a missing browser fails the suite); once on SQLite
# and once on PostgreSQL. Screenshots: examples/java/portal/target/browser-screenshots.
portal_suite() {
  local pom="$ROOT/examples/java/portal/pom.xml" rc=0
  mvn -B -q -f "$pom" test || rc=1
  cat "$ROOT"/examples/java/portal/target/surefire-reports/*.txt 2>/dev/null | grep -h "Tests run" || true
  [[ -f $ROOT/examples/java/portal/target/load-report.md ]] && cat "$ROOT/examples/java/portal/target/load-report.md"
  ((rc == 0)) || return 1
  echo "-- the portal's tests on PostgreSQL"
  on_postgres portal mvn -B -q -f "$pom" test || rc=1
  cat "$ROOT"/examples/java/portal/target/surefire-reports/*.txt 2>/dev/null | grep -h "Tests run" || true
  ((rc == 0))
}

run_suite "C++ tests (ci preset)" cpp_ci
run_suite "C++ tests under ASan+UBSan (asan preset)" cpp_asan
run_suite "C++ tests under ThreadSanitizer (tsan preset)" cpp_tsan
run_suite "Fuzzing under ASan+UBSan (fuzz preset, 20 s a harness)" cpp_fuzz
run_suite "Python tests" python_suite
run_suite "Java tests" java_suite
run_suite "Java reference portal (Spring Boot, load, headless Chromium)" portal_suite

echo
if ((failed)); then
  for i in "${!failed_names[@]}"; do
    echo "---- the end of \"${failed_names[$i]}\" (all of it: ${failed_logs[$i]#"$ROOT"/})"
    tail -n 60 "${failed_logs[$i]}"
  done
  echo
  echo "failed suites: ${failed_names[*]}"
fi
echo "suites: $passed passed, $failed failed"
((failed == 0))
