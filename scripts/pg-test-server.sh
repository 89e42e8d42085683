#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for the test suites (Debian's postgresql
# package; scripts/bootstrap.sh installs it):
#   scripts/pg-test-server.sh start DIR   initdb a cluster in DIR/data (as the
#                                         unprivileged user "postgres" when run
#                                         as root), start it on a Unix socket in
#                                         DIR (no TCP), create database govshare
#   scripts/pg-test-server.sh stop DIR    stop it and delete DIR
#   scripts/pg-test-server.sh uri DIR     print the connection URI
# A server that cannot start is an error (exit 1) — the suites that need it
# fail; they never skip. fsync is off: the cluster is thrown away — unless
# GOVSHARE_PG_DURABLE=1 (the benchmarks: commits reach the disk as on a real
# server).
set -euo pipefail

cmd=${1:?usage: pg-test-server.sh start|stop|uri DIR}
dir=${2:?usage: pg-test-server.sh start|stop|uri DIR}

bindir=""
for v in 15 16 17; do
  if [[ -x /usr/lib/postgresql/$v/bin/pg_ctl ]]; then bindir=/usr/lib/postgresql/$v/bin; break; fi
done
if [[ -z $bindir ]]; then
  echo "pg-test-server: PostgreSQL server binaries not found (apt-get install postgresql; scripts/bootstrap.sh does)" >&2
  exit 1
fi

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

uri() { echo "postgresql:///govshare?host=$dir&user=govshare"; }

case $cmd in
  start)
    if [[ -f $dir/data/postmaster.pid ]] && as_owner "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      echo "pg-test-server: already running in $dir"
      exit 0
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    if [[ $(id -u) -eq 0 ]]; then
      if ! id postgres >/dev/null 2>&1; then
        echo "pg-test-server: no user \"postgres\" to run the server as (apt-get install postgresql)" >&2
        exit 1
      fi
      chown postgres: "$dir"
    fi
    durability="-c fsync=off -c full_page_writes=off"
    [[ ${GOVSHARE_PG_DURABLE:-0} == 1 ]] && durability=""
    as_owner "$bindir/initdb" -D "$dir/data" -U govshare --auth=trust --encoding=UTF8 --locale=C.UTF-8 -N \
      >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
      -o "-k $dir -c listen_addresses='' $durability -c max_connections=200" \
      >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bindir/psql" -h "$dir" -U govshare -d postgres -qAt -c "CREATE DATABASE govshare" >/dev/null
    uri
    ;;
  stop)
    if [[ -d $dir/data ]]; then
      as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  uri)
    uri
    ;;
  *)
    echo "usage: pg-test-server.sh start|stop|uri DIR" >&2
    exit 2
    ;;
esac
