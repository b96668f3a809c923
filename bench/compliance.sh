#!/usr/bin/env bash
# Benchmark of the district overview (/admin/compliance): time to compute the matrix for every organ
# (about 70) with N published items (default 1,000,000) and M applications (default 1,000,000) in
# SQLite, through the app's own ComplianceOverview (every registered indicator). Baseline in the same
# run: SELECT COUNT(*) over the publications table. The data is the annual-report benchmark's
# (bench/Gongkai.Bench/AnnualReportsFill.cs), in the same directory, so one fill serves both
# benchmarks (REGENERATE=1 rebuilds it; a model change needs a rebuild).
# Usage: bench/compliance.sh [publications] [applications] [year]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
items=${1:-1000000}
cases=${2:-1000000}
year=${3:-2023}
work=${BENCH_DIR:-/tmp/gongkai-bench-reports}
port=5108
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
echo "== computing the overview"
dotnet "$bench" compliance "$work/data" "$year"
