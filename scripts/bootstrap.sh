#!/usr/bin/env bash
# Installs what libgovshare needs to build and test, and nothing already there:
#   - Debian 12 packages (as root, apt-get) for the C++ core, the CLI, clang
#     with libFuzzer for the fuzz harnesses, the
#     tests, SWIG/JNI and Maven, Chromium with chromedriver for the portal's
#     browser test;
#   - a Python virtual environment (build/venv) with pytest from PyPI.
# Maven fetches its plugins and JUnit from Maven Central itself; pip fetches
# scikit-build-core and pybind11 when it builds the wheel.
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  g++ clang libclang-rt-dev cmake ninja-build pkg-config
  libsqlite3-dev sqlite3 libpq-dev postgresql nlohmann-json3-dev libcli11-dev libssl-dev
  libboost-dev libgtest-dev libgmock-dev libbenchmark-dev
  swig default-jdk-headless maven
  python3 python3-dev python3-venv python3-pip
  # The reference portal's browser test (examples/java/portal): headless Chromium, its driver,
  # and a CJK font so that the screenshots show the Chinese pages.
  chromium chromium-driver fonts-wqy-microhei
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  echo "bootstrap: installing Debian packages: ${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then
    echo "bootstrap: run as root (or install them yourself): apt-get install ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The JDK that default-jdk-headless links; CMake's FindJNI and Maven use it.
if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/default-java ]]; then
  export JAVA_HOME=/usr/lib/jvm/default-java
fi
echo "bootstrap: system packages ready"
