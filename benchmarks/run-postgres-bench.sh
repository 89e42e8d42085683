#!/usr/bin/env bash
# The PostgreSQL benchmarks (issue 15; docs/deployment.md quotes them):
#   benchmarks/run-postgres-bench.sh BUILD_DIR [postgres_bench args…]
# Starts a throwaway PostgreSQL 15 server with durable commits (fsync on;
# scripts/pg-test-server.sh with GOVSHARE_PG_DURABLE=1), runs
# BUILD_DIR/benchmarks/postgres_bench against it, times `govshare copy` of the
# demo city to PostgreSQL and back (each verifying the audit chain on both
# sides), and stops the server. A release build is what to quote
# (cmake --preset release, or the ci preset's RelWithDebInfo).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:?usage: run-postgres-bench.sh BUILD_DIR [args]}" && pwd)
shift
dir=/tmp/gspg-bench-$$
work=$(mktemp -d)
trap 'GOVSHARE_PG_DURABLE=1 "$root/scripts/pg-test-server.sh" stop "$dir"; rm -rf "$work"' EXIT
uri=$(GOVSHARE_PG_DURABLE=1 "$root/scripts/pg-test-server.sh" start "$dir")
psql=$(command -v psql)

echo "== govshare copy of the demo city (SQLite → PostgreSQL → SQLite)"
(cd "$work" && "$build/bin/govshare" demo --db demo.db >/dev/null)
"$psql" "$uri" -qc "CREATE SCHEMA demo_copy"
target="$uri&options=-csearch_path%3Ddemo_copy"
start=$(date +%s.%N)
"$build/bin/govshare" --as admin copy --from "$work/demo.db" --to "$target"
middle=$(date +%s.%N)
"$build/bin/govshare" --as admin copy --from "$target" --to "$work/back.db"
end=$(date +%s.%N)
echo "demo copy: to PostgreSQL $(awk "BEGIN{print $middle - $start}") s, back to SQLite $(awk "BEGIN{print $end - $middle}") s"

echo "== postgres_bench"
GOVSHARE_BENCH_POSTGRES=$uri "$build/benchmarks/postgres_bench" "$@"
