#!/usr/bin/env bash
# Fuzzes the parsers with libFuzzer under ASan+UBSan (docs/security.md#fuzzing).
#
#   scripts/fuzz.sh [SECONDS] [HARNESS...]
#   GOVSHARE_FUZZ_SEED=N scripts/fuzz.sh …   # a fixed seed: the same inputs in the same order
#
# Builds the `fuzz` preset (clang), replays every kept crash and the seed
# corpora (ctest), then runs each harness (default: all of tests/fuzz) for
# SECONDS (default 3600: an hour each; the README's test command runs 20).
# The working corpus of each harness grows in build/fuzz/corpus/<harness> from
# run to run, seeded from tests/fuzz/corpus/<harness> and the test data. A
# crash, leak or timeout stops that harness: its input is in
# build/fuzz/artifacts/<harness>/ and the script exits 1 — keep it in
# tests/fuzz/regressions/<harness>/ once it is fixed, and the bug as a test.
set -uo pipefail
source "$(dirname "$0")/env.sh" || exit 1
cd "$ROOT"

seconds="${1:-3600}"
shift || true
all=(catalog_json catalog_validate calendar_year federation_bundle filter_records masking dates search_query)

[[ $# -gt 0 ]] && harnesses=("$@") || harnesses=("${all[@]}")

cmake --preset fuzz >/dev/null || exit 1
cmake --build --preset fuzz || exit 1
ctest --test-dir build/fuzz --output-on-failure || exit 1

# Extra seeds: the test data each harness reads as its input.
extra_seeds() {
  case "$1" in
    catalog_json|catalog_validate) echo "$ROOT/examples/data $ROOT/tests/data" ;;
    calendar_year) echo "$ROOT/libgovshare/data/calendar" ;;
    *) echo "" ;;
  esac
}

failed=()
for h in "${harnesses[@]}"; do
  corpus="$ROOT/build/fuzz/corpus/$h"
  artifacts="$ROOT/build/fuzz/artifacts/$h"
  mkdir -p "$corpus" "$artifacts"
  echo "---- $h: ${seconds} s"
  touch "$artifacts/.started"
  # shellcheck disable=SC2046
  if ! "$ROOT/build/fuzz/tests/fuzz/${h}_fuzz" -max_total_time="$seconds" -seed="${GOVSHARE_FUZZ_SEED:-0}" \
       -timeout=10 -rss_limit_mb=2048 \
       -max_len=262144 -print_final_stats=1 -artifact_prefix="$artifacts/" \
       "$corpus" "$ROOT/tests/fuzz/corpus/$h" $(extra_seeds "$h") 2>"$artifacts/log.txt"; then
    failed+=("$h")
    # The input itself, so that a CI log alone reproduces it:
    #   base64 -d > input <<< '…'; build/fuzz/tests/fuzz/<harness>_fuzz input
    for input in "$artifacts"/{crash,leak,timeout,oom,slow-unit}-*; do
      [[ -f $input && $input -nt $artifacts/.started ]] || continue  # this run's, not an earlier one's
      size=$(stat -c %s "$input")
      echo "---- $h: $(basename "$input") ($size bytes), base64:"
      if ((size <= 8192)); then base64 -w 0 "$input"; echo; else echo "(too long to print)"; fi
    done
    tail -n 40 "$artifacts/log.txt"
    echo "---- $h: FAILED — the input is in $artifacts/"
  else
    grep -E "stat::number_of_executed_units|stat::new_units_added|cov:" "$artifacts/log.txt" | tail -n 3
  fi
done
if ((${#failed[@]})); then
  echo "fuzz: crashes in ${failed[*]}"
  exit 1
fi
echo "fuzz: ${#harnesses[@]} harnesses, ${seconds} s each, no crash"
