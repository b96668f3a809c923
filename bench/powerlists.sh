#!/usr/bin/env bash
# Benchmark of the district-wide 权责清单: with N published items (default
# 60,000, about 900 per organ) in SQLite, in one run and one Kestrel process, sequential requests to
# the /qzqd page filtered by 权力类型 saved as a static file (the baseline), the same page as the
# public gets it (output cache) and uncached (full query and render every time), the page filtered
# by organ and type, and the API search by name and by type. Usage: bench/powerlists.sh [items] [requests]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
items=${1:-60000}
requests=${2:-300}
work=${BENCH_DIR:-/tmp/gongkai-bench-powerlists}
port=5098
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
echo "== generating $items items"
dotnet "$bench" powerlists-fill "$work/data/gongkai.db" "$items"
start_app

organ=$(sqlite3 "$work/data/gongkai.db" "SELECT OrganizationId FROM PowerItem GROUP BY OrganizationId ORDER BY COUNT(*) DESC LIMIT 1")
name=$(sqlite3 "$work/data/gongkai.db" "SELECT Name FROM PowerItem ORDER BY Id LIMIT 1 OFFSET $((items / 2))")
q=$(python3 -c "import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1][:6]))" "$name")
curl -sf "$url/qzqd?type=licence" -o "$work/app/wwwroot/bench-qzqd.html"
echo "organs: $(sqlite3 "$work/data/gongkai.db" "SELECT COUNT(DISTINCT OrganizationId) FROM PowerItem"); /qzqd?type=licence: $(wc -c < "$work/app/wwwroot/bench-qzqd.html") bytes; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== $requests sequential requests each"
dotnet "$bench" powerlists-measure "$url" "$requests" \
  "static file (baseline)|/bench-qzqd.html" \
  "/qzqd?type=licence|/qzqd?type=licence" \
  "/qzqd?type=licence, uncached|!/qzqd?type=licence" \
  "/qzqd?type=licence&page=20, uncached|!/qzqd?type=licence&page=20" \
  "/qzqd organ+type, uncached|!/qzqd?organization=$organ&type=penalty" \
  "API search by name|/api/v1/power-lists?q=$q" \
  "API type filter|/api/v1/power-lists?type=licence&page=10"
