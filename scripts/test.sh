#!/usr/bin/env bash
# The test command: installs what the suites need when it is missing, builds once and runs
#   1. the domain rules (Gongkai.Domain.Tests),
#   2. the HTTP suite on SQLite (Gongkai.Web.Tests),
#   3. the HTTP suite on PostgreSQL, with --postgres (installs and starts Debian's PostgreSQL
#      when GONGKAI_TEST_POSTGRES is not set),
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
apt_install() {
  step "installing $*"
  { as_root apt-get update -qq && as_root apt-get install -y -qq "$@"; } >/dev/null 2>&1 ||
    die "could not install $* (apt-get install $*)"
}

# --- Chromium and CJK fonts for the browser journeys (Playwright cannot download a browser here).
if [ -n "$browser" ] && [ -z "${GONGKAI_CHROMIUM:-}" ]; then
  # (no `fc-list | grep -q`: with pipefail, grep leaving early fails the pipe)
  if [ ! -x /usr/bin/chromium ] || [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
    apt_install chromium fonts-noto-cjk
  fi
fi

# --- PostgreSQL: a local cluster on loopback with a login that may create databases.
if [ -n "$postgres" ] && [ -z "${GONGKAI_TEST_POSTGRES:-}" ]; then
  ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || apt_install postgresql
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  pg_lsclusters -h 2>/dev/null | grep -q "^$version main" || as_root pg_createcluster "$version" main >/dev/null ||
    die "could not create the PostgreSQL $version cluster"
  as_root pg_ctlcluster "$version" main start 2>/dev/null || true
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
  pg_isready -q -h 127.0.0.1 || die "PostgreSQL $version did not start (pg_ctlcluster $version main start)"
  psql_admin() { as_root su postgres -c "psql -q -v ON_ERROR_STOP=1 -c \"$1\""; }
  psql_admin "DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname='gongkai') THEN CREATE ROLE gongkai LOGIN CREATEDB PASSWORD 'gongkai-ci'; END IF; END \\\$\\\$;" ||
    die "could not create the PostgreSQL role gongkai"
  # DROP DATABASE ... WITH (FORCE) after a test class may meet an autovacuum worker, which only a
  # member of pg_signal_backend may terminate.
  psql_admin "GRANT pg_signal_backend TO gongkai;" || die "could not grant pg_signal_backend to gongkai"
  export GONGKAI_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Username=gongkai;Password=gongkai-ci;Database=postgres"
fi

step "restore and build"
if ! dotnet build Gongkai.slnx -c Release > "$results/build.txt" 2>&1; then
  grep -E "error" "$results/build.txt" | sort -u | head -40
  die "build failed"
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
