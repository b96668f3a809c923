#!/usr/bin/env bash
# Benchmark of the annual report (issue 6, "Performance"): time to compute one organ's report and
# the district-wide total with N publications in SQLite (default 1,000,000) and N generated
# application records (in memory: the applications feature is not merged yet; they go through the
# same CaseRecordsReportSource base its source will use). Baselines in the same run: a plain pass
# over the records and SELECT COUNT(*) over the publications.
# Usage: bench/annual-reports.sh [publications] [cases] [year]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
items=${1:-1000000}
cases=${2:-1000000}
year=${3:-2022}
work=${BENCH_DIR:-/tmp/gongkai-bench-reports}
port=5107
url="http://127.0.0.1:$port"

mkdir -p "$work"
echo "== building the app and the generator (Release)"
dotnet publish "$root/src/Gongkai.Web" -c Release -o "$work/app" -v q -nologo >/dev/null
dotnet build "$root/bench/Gongkai.Bench" -c Release -v q -nologo >/dev/null
bench="$root/bench/Gongkai.Bench/bin/Release/net10.0/Gongkai.Bench.dll"

if [ ! -f "$work/data/gongkai.db" ] || [ "${REGENERATE:-0}" = 1 ]; then
  rm -rf "$work/data"
  export ASPNETCORE_ENVIRONMENT=Production Gongkai__DataDirectory="$work/data" Urls="$url" Logging__LogLevel__Default=Warning \
    Gongkai__AdminPassword='Bench-Sys-Pass-2026x' Gongkai__SecAdminPassword='Bench-Sec-Pass-2026x' Gongkai__AuditAdminPassword='Bench-Aud-Pass-2026x'
  echo "== migrating and seeding organs and columns"
  (cd "$work/app" && exec dotnet Gongkai.Web.dll >"$work/app.log" 2>&1) &
  app_pid=$!
  for _ in $(seq 1 90); do curl -sf "$url/healthz" >/dev/null && break; sleep 1; done
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
  echo "== generating $items published items"
  dotnet "$bench" publications "$work/data/gongkai.db" "$items"
else
  echo "== reusing $work/data/gongkai.db (REGENERATE=1 to rebuild)"
fi

echo "== computing reports"
dotnet "$bench" annual-reports "$work/data/gongkai.db" "$cases" "$year"
