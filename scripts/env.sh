# Sourced by the top-level scripts: installs what is missing, then sets the
# environment every build step shares.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/bootstrap.sh"
if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/default-java ]]; then
  export JAVA_HOME=/usr/lib/jvm/default-java
fi
# The interpreter the Python package is built and tested with: python3 on PATH.
PYTHON="${PYTHON:-python3}"
