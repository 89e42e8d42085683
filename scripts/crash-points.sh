#!/usr/bin/env bash
# The long crash-point run (docs/security.md#crash-points): RUNS kills (default
# 300) of a random mixed workload in FULL durability and as many in NORMAL, on
# the ci build (built if missing). The README's test command runs 20 and 10.
#
#   scripts/crash-points.sh [RUNS] [SEED]
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
runs="${1:-300}"
seed="${2:-$(date +%s)}"
cmake --preset ci >/dev/null
cmake --build --preset ci --target crash_points
for durability in full normal; do
  build/ci/tests/crash_points --dir "build/ci/crash-long-$durability" --runs "$runs" --seed "$seed" \
    --durability "$durability"
done
