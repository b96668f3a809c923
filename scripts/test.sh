#!/usr/bin/env bash
# The test command: installs what the suites need when it is missing, builds once and runs
#   1. the domain rules (Gongkai.Domain.Tests),
#   2. the HTTP suite on SQLite (Gongkai.Web.Tests),
#   3. the HTTP suite on PostgreSQL, with --postgres (when GONGKAI_TEST_POSTGRES is not set, it
#      installs Debian's PostgreSQL if missing and runs a throwaway cluster of its own),
#   4. the browser journeys in headless Chromium (Gongkai.Browser.Tests), unless --no-browser.
# Each step writes a TRX file; the counts come from those files, not from console text, and the
# last line is "N passed, N failed". One test that hangs is stopped by --blame-hang-timeout
# instead of stalling the run. Plain `dotnet test Gongkai.slnx` also works where Chromium is
# installed.
#
# Usage: scripts/test.sh [--postgres] [--no-browser] [--filter EXPR]
set -uo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

postgres="" browser=1 filter=""
while [ $# -gt 0 ]; do
  case "$1" in
    --postgres) postgres=1 ;;
    --no-browser) browser="" ;;
    --filter) filter="$2"; shift ;;
    *) echo "unknown option $1 (see the comment at the top of $0)"; exit 2 ;;
  esac
  shift
done

results=$(mktemp -d)
passed=0 failed=0
finish() {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
  exit $?
}
step() { echo "== $*"; }
die() { echo "$*"; failed=$((failed + 1)); finish; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }

# --- What the suites need from Debian: Chromium and CJK fonts for the browser journeys (Playwright
# cannot download a browser here), PostgreSQL's binaries for the PostgreSQL pass. They are
# installed in one apt-get run in the background while the solution builds: the download waits on
# the network and the build on the two cores.
packages=()
if [ -n "$browser" ] && [ -z "${GONGKAI_CHROMIUM:-}" ]; then
  # (no `fc-list | grep -q`: with pipefail, grep leaving early fails the pipe)
  if [ ! -x /usr/bin/chromium ] || [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
    packages+=(chromium fonts-noto-cjk)
  fi
fi
if [ -n "$postgres" ] && [ -z "${GONGKAI_TEST_POSTGRES:-}" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  packages+=(postgresql)
fi
install_pid=""
if [ ${#packages[@]} -gt 0 ]; then
  step "installing ${packages[*]} (in the background)"
  { as_root apt-get update -qq && as_root apt-get install -y -qq "${packages[@]}"; } > "$results/apt.txt" 2>&1 &
  install_pid=$!
fi

step "restore and build"
if ! dotnet build Gongkai.slnx -c Release > "$results/build.txt" 2>&1; then
  grep -E "error" "$results/build.txt" | sort -u | head -40
  die "build failed"
fi
if [ -n "$install_pid" ] && ! wait "$install_pid"; then
  tail -20 "$results/apt.txt"
  die "could not install ${packages[*]} (apt-get install ${packages[*]})"
fi

# --- PostgreSQL: a throwaway cluster of its own on a free loopback port, stopped when the run ends;
# the system's own cluster, if any, is left alone. Its durability settings stay production's (the
# health check reports any drift from them, and its test expects none), but its data directory is in
# memory (/dev/shm) where there is one: each test class copies the template database (CREATE DATABASE
# ... TEMPLATE) and every commit flushes, and on a tmpfs those flushes cost nothing.
stop_postgres() { as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate -w stop >/dev/null 2>&1; rm -rf "$pgdir"; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ -n "$postgres" ] && [ -z "${GONGKAI_TEST_POSTGRES:-}" ]; then
  pgbin=/usr/lib/postgresql/$(ls /usr/lib/postgresql | sort -n | tail -1)/bin
  memory=/tmp; [ -d /dev/shm ] && [ -w /dev/shm ] && memory=/dev/shm
  pgdir=$(mktemp -d "$memory/gongkai-test-pg.XXXXXX")
  chmod 755 "$pgdir"
  mkdir "$pgdir/data"
  [ "$(id -u)" = 0 ] && chown postgres "$pgdir/data"
  trap stop_postgres EXIT
  as_pg "$pgbin/initdb" -D "$pgdir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$pgdir/initdb.log" 2>&1 ||
    { cat "$pgdir/initdb.log"; die "initdb failed ($pgbin/initdb)"; }
  pgport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/data/server.log" -w -t 60 -o "-c listen_addresses=127.0.0.1 -p $pgport \
    -k $pgdir/data -c max_connections=400 -c shared_buffers=256MB -c max_wal_size=4GB" start >/dev/null ||
    { tail -20 "$pgdir/data/server.log"; die "PostgreSQL did not start (see $pgdir/data/server.log)"; }
  pg_isready -q -h 127.0.0.1 -p "$pgport" || die "PostgreSQL did not answer on port $pgport"
  # The tests' login creates and drops a database per test class. DROP DATABASE ... WITH (FORCE)
  # may meet an autovacuum worker, which only a member of pg_signal_backend may terminate.
  psql -q -h 127.0.0.1 -p "$pgport" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE gongkai LOGIN CREATEDB PASSWORD 'gongkai-ci'" -c "GRANT pg_signal_backend TO gongkai" >/dev/null ||
    die "could not create the PostgreSQL role gongkai"
  export GONGKAI_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=gongkai;Password=gongkai-ci;Database=postgres"
fi

# Adds a TRX file's counters; a missing file means the runner crashed or hung: one failure.
count() {
  local trx=$1 counters p f
  if [ ! -f "$trx" ]; then
    echo "no results in $trx: the test run crashed or was stopped"
    failed=$((failed + 1))
    return
  fi
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -nE 's/.* passed="([0-9]+)".*/\1/p' <<<"$counters")
  f=$(sed -nE 's/.* failed="([0-9]+)".*/\1/p' <<<"$counters")
  local e; e=$(sed -nE 's/.* error="([0-9]+)".*/\1/p' <<<"$counters")
  local t; t=$(sed -nE 's/.* timeout="([0-9]+)".*/\1/p' <<<"$counters")
  local a; a=$(sed -nE 's/.* aborted="([0-9]+)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0} + ${t:-0} + ${a:-0}))
  echo "   ${p:-0} passed, $((${f:-0} + ${e:-0} + ${t:-0} + ${a:-0})) failed"
}

# run NAME PROJECT [ENV=VALUE ...]
run() {
  local name=$1 project=$2; shift 2
  local started=$SECONDS
  step "$name"
  local args=(test "$project" -c Release --no-build --logger "trx;LogFileName=$name.trx" --results-directory "$results"
    --blame-hang-timeout 5m --blame-hang-dump-type none)
  [ -n "$filter" ] && args+=(--filter "$filter")
  env "$@" dotnet "${args[@]}" > "$results/$name.txt" 2>&1
  grep -E "^\s+Failed |Error Message" -A3 "$results/$name.txt" | head -60
  count "$results/$name.trx"
  echo "   ($((SECONDS - started)) s)"
}

run domain tests/Gongkai.Domain.Tests
run web-sqlite tests/Gongkai.Web.Tests GONGKAI_TEST_POSTGRES=
if [ -n "$postgres" ]; then
  run web-postgres tests/Gongkai.Web.Tests GONGKAI_TEST_POSTGRES="$GONGKAI_TEST_POSTGRES"
fi
if [ -n "$browser" ]; then
  run browser tests/Gongkai.Browser.Tests GONGKAI_TEST_POSTGRES=
fi
finish
