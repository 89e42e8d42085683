#!/usr/bin/env bash
# README command (1): build libgovshare and the govshare program, then run the
# main job on the bundled Nantong sample catalog.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
cmake --preset release >/dev/null
cmake --build --preset release --target govshare_cli
echo
echo "== govshare catalog validate examples/data/catalog-sample.json =="
exec build/release/bin/govshare catalog validate examples/data/catalog-sample.json
