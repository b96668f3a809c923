#!/usr/bin/env bash
# Benchmark of 行政执法公示: with N enforcement decisions (default 500,000) across 40 organs in SQLite,
# in one run and one Kestrel process, sequential requests to a static copy of a /zfgs page (the
# baseline), the public /zfgs list filtered by organ and year (as the public gets it, output-cached,
# and uncached: full query and render every time), a later page and the 双公示 view, the public API,
# and the staff 临期/逾期 lists (API with a token: pending and overdue, for one organ and district-wide).
# Prints p50/p99 and their ratio to the static file, then the query plans of the list queries.
# Usage: bench/enforcement.sh [decisions] [requests]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
decisions=${1:-500000}
requests=${2:-300}
work=${BENCH_DIR:-/tmp/gongkai-bench-enforcement}
port=5099
url="http://127.0.0.1:$port"
rm -rf "$work" && mkdir -p "$work"
echo "== publishing the app (Release)"
dotnet publish "$root/src/Gongkai.Web" -c Release -o "$work/app" -v q -nologo >/dev/null
dotnet build "$root/bench/Gongkai.Bench" -c Release -v q -nologo >/dev/null
bench="$root/bench/Gongkai.Bench/bin/Release/net10.0/Gongkai.Bench.dll"

export ASPNETCORE_ENVIRONMENT=Production Gongkai__DataDirectory="$work/data" Urls="$url" \
  Logging__LogLevel__Default=Warning \
  Gongkai__AdminPassword='Bench-Sys-Pass-2026x' Gongkai__SecAdminPassword='Bench-Sec-Pass-2026x' Gongkai__AuditAdminPassword='Bench-Aud-Pass-2026x'
app_pid=""
start_app() {
  (cd "$work/app" && exec dotnet Gongkai.Web.dll >"$work/app.log" 2>&1) &
  app_pid=$!
  for _ in $(seq 1 120); do curl -sf "$url/healthz" >/dev/null && return 0; sleep 1; done
  echo "the app did not start"; cat "$work/app.log"; exit 1
}
stop_app() { kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null || true; }
trap stop_app EXIT

echo "== migrating and seeding organs"
start_app; stop_app
echo "== generating $decisions decisions"
dotnet "$bench" enforcement-fill "$work/data/gongkai.db" "$decisions" 40
sqlite3 "$work/data/gongkai.db" "ANALYZE;"
start_app

db="$work/data/gongkai.db"
organ=$(sqlite3 "$db" "SELECT OrganizationId FROM EnforcementDecision GROUP BY OrganizationId ORDER BY COUNT(*) DESC LIMIT 1")
year=$(( $(date -u +%Y) - 1 ))
curl -sf "$url/zfgs?organization=$organ&year=$year" -o "$work/app/wwwroot/bench-zfgs.html"
echo "organs: $(sqlite3 "$db" "SELECT COUNT(DISTINCT OrganizationId) FROM EnforcementDecision"); decisions of organ $organ in $year: $(sqlite3 "$db" "SELECT COUNT(*) FROM EnforcementDecision WHERE OrganizationId=$organ AND DecidedOn >= '$year-01-01' AND DecidedOn < '$((year + 1))-01-01'"); pending: $(sqlite3 "$db" "SELECT COUNT(*) FROM EnforcementDecision WHERE Status='Pending'"); page: $(wc -c < "$work/app/wwwroot/bench-zfgs.html") bytes; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== $requests sequential requests each"
dotnet "$bench" enforcement-measure "$url" "$requests" \
  "static file (baseline)|/bench-zfgs.html" \
  "/zfgs organ+year|/zfgs?organization=$organ&year=$year" \
  "/zfgs organ+year, uncached|!/zfgs?organization=$organ&year=$year" \
  "/zfgs organ+year page 10, uncached|!/zfgs?organization=$organ&year=$year&page=10" \
  "/zfgs 双公示 penalties+year, uncached|!/zfgs?view=sgs&category=penalty&year=$year" \
  "API organ+year (public)|/api/v1/enforcement-decisions?organization=$organ&year=$year" \
  "API 逾期 organ (staff)|@/api/v1/enforcement-decisions?organization=$organ&status=overdue" \
  "API 待公开/临期 organ (staff)|@/api/v1/enforcement-decisions?organization=$organ&status=pending" \
  "API 逾期 district (staff)|@/api/v1/enforcement-decisions?status=overdue"

echo "== query plans"
today=$(TZ=Asia/Shanghai date +%F)
sqlite3 "$db" "EXPLAIN QUERY PLAN SELECT * FROM EnforcementDecision WHERE Status='Published' AND (PublicUntil IS NULL OR PublicUntil >= '$today') AND OrganizationId=$organ AND DecidedOn >= '$year-01-01' AND DecidedOn < '$((year + 1))-01-01' ORDER BY DecidedOn DESC, Id DESC LIMIT 50;"
sqlite3 "$db" "EXPLAIN QUERY PLAN SELECT * FROM EnforcementDecision WHERE Status='Pending' AND PublishBy < '$today' AND OrganizationId=$organ ORDER BY PublishBy, Id LIMIT 20;"
