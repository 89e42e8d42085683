#!/usr/bin/env bash
# The reference portal's data API under load (issue 18, part 4): 1, 8 and 32
# signed-in clients on loopback for SECONDS each (default 20), then the same
# requests from Debian's wrk. Prints the table of examples/java/portal/README.md
# (requests/s, p50/p99, where the time goes) and writes it to
# examples/java/portal/target/load-report.md. Needs the org.govshare jar in the
# local Maven repository (the README's test command installs it) and wrk.
#   scripts/portal-load.sh [SECONDS]            on a throwaway SQLite file
#   GOVSHARE_TEST_POSTGRES=postgresql://… scripts/portal-load.sh   on PostgreSQL
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
seconds=${1:-20}
command -v wrk >/dev/null || { echo "portal-load: wrk is not installed (apt-get install wrk)" >&2; exit 1; }
mvn -B -q -f examples/java/portal/pom.xml test -Dtest=DataApiLoadTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dload.seconds="$seconds" -Dportal.load.wrk=true >/dev/null
cat examples/java/portal/target/load-report.md
