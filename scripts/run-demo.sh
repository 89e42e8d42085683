#!/usr/bin/env bash
# README command (1): build libgovshare and the govshare program, then run the
# main job: `govshare demo` — a realistic Nantong platform in an embedded SQLite
# file (./govshare-demo.db, recreated on every run), played from August to
# November 2026 on the simulated clock, with the supervision report written to
# ./govshare-demo-report/ (docs/demo.md).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
cmake --preset release >/dev/null
cmake --build --preset release --target govshare_cli
echo
exec build/release/bin/govshare demo --force --db govshare-demo.db --report-dir govshare-demo-report
