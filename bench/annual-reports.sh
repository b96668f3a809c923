#!/usr/bin/env bash
# Benchmark of the annual report: time to compute one organ's report and
# the district-wide total with N applications (default 1,000,000, each with its events) and M
# published items (default 1,000,000) in SQLite, through the app's own AnnualReportService (every
# registered source, adjustments, draft, checks). Baselines in the same run: SELECT COUNT(*) over the
# applications table and over the publications table. The database is migrated and seeded by the
# app itself, then filled with raw SQL (see bench/Gongkai.Bench/AnnualReportsFill.cs) and reused by
# later runs (REGENERATE=1 rebuilds it; a model change needs a rebuild).
# Usage: bench/annual-reports.sh [applications] [publications] [year]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cases=${1:-1000000}
items=${2:-1000000}
year=${3:-2022}
work=${BENCH_DIR:-/tmp/gongkai-bench-reports}
port=5107
url="http://127.0.0.1:$port"

mkdir -p "$work"
echo "== building the app and the generator (Release)"
dotnet publish "$root/src/Gongkai.Web" -c Release -o "$work/app" -v q -nologo >/dev/null
dotnet build "$root/bench/Gongkai.Bench" -c Release -v q -nologo >/dev/null
bench="$root/bench/Gongkai.Bench/bin/Release/net10.0/Gongkai.Bench.dll"
export ASPNETCORE_ENVIRONMENT=Production Gongkai__DataDirectory="$work/data" Urls="$url" Logging__LogLevel__Default=Warning \
  Gongkai__AdminPassword='Bench-Sys-Pass-2026x' Gongkai__SecAdminPassword='Bench-Sec-Pass-2026x' Gongkai__AuditAdminPassword='Bench-Aud-Pass-2026x'

if [ ! -f "$work/data/gongkai.db" ] || [ "${REGENERATE:-0}" = 1 ]; then
  rm -rf "$work/data"
  echo "== migrating and seeding organs and columns"
  (cd "$work/app" && exec dotnet Gongkai.Web.dll >"$work/app.log" 2>&1) &
  app_pid=$!
  for _ in $(seq 1 120); do curl -sf "$url/healthz" >/dev/null && break; sleep 1; done
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
else
  echo "== reusing $work/data/gongkai.db (REGENERATE=1 to rebuild)"
fi

echo "== filling up to $items published items and $cases applications"
dotnet "$bench" annual-reports fill "$work/data/gongkai.db" "$items" "$cases"
echo "== computing reports"
dotnet "$bench" annual-reports "$work/data" "$year"
