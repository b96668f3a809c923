#!/usr/bin/env bash
# Benchmark of the public disclosure pages.
# With N published items (default 100,000) in SQLite, measures with wrk on loopback, in one run and
# one Kestrel process: the same item page saved as a static file (the baseline, served by the static
# file middleware), the dynamic item page, and a column listing (first page and a deep page), each
# as the public gets it (output cache) and uncached (the full render path on every request).
# Needs: wrk (apt-get install wrk). Usage: bench/publications.sh [items] [seconds]
# BENCH_REUSE=1 keeps the database of the previous run in $BENCH_DIR (skips the slow generation) and
# only republishes the app, e.g. to measure a change to the pages on the same data.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
items=${1:-100000}
seconds=${2:-15}
work=${BENCH_DIR:-/tmp/gongkai-bench}
port=5099
url="http://127.0.0.1:$port"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }

reuse=""
if [ "${BENCH_REUSE:-}" = 1 ] && [ -f "$work/data/gongkai.db" ]; then reuse=1; fi
if [ -n "$reuse" ]; then rm -rf "$work/app"; else rm -rf "$work" && mkdir -p "$work"; fi
echo "== publishing the app (Release)"
dotnet publish "$root/src/Gongkai.Web" -c Release -o "$work/app" -v q -nologo >/dev/null
dotnet build "$root/bench/Gongkai.Bench" -c Release -v q -nologo >/dev/null

export ASPNETCORE_ENVIRONMENT=Production Gongkai__DataDirectory="$work/data" Urls="$url" \
  Logging__LogLevel__Default=Warning \
  Gongkai__AdminPassword='Bench-Sys-Pass-2026x' Gongkai__SecAdminPassword='Bench-Sec-Pass-2026x' Gongkai__AuditAdminPassword='Bench-Aud-Pass-2026x'
app_pid=""
start_app() {
  (cd "$work/app" && exec dotnet Gongkai.Web.dll >"$work/app.log" 2>&1) &
  app_pid=$!
  for _ in $(seq 1 60); do curl -sf "$url/healthz" >/dev/null && return 0; sleep 1; done
  echo "the app did not start"; cat "$work/app.log"; exit 1
}
stop_app() { kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null || true; }
trap stop_app EXIT

if [ -n "$reuse" ]; then
  items=$(sqlite3 "$work/data/gongkai.db" "SELECT COUNT(*) FROM Publication")
  echo "== reusing the database of the previous run ($items items)"
else
  echo "== migrating and seeding organs and columns"
  start_app; stop_app
  echo "== generating $items published items"
  dotnet "$root/bench/Gongkai.Bench/bin/Release/net10.0/Gongkai.Bench.dll" publications "$work/data/gongkai.db" "$items"
fi
start_app

# A typical item and the busiest column, both chosen from the database.
item=$(sqlite3 "$work/data/gongkai.db" "SELECT OrganizationId || '/item/' || Id FROM Publication WHERE Id = (SELECT Id FROM Publication ORDER BY Id LIMIT 1 OFFSET $((items / 2)))")
column=$(sqlite3 "$work/data/gongkai.db" "SELECT p.OrganizationId || '/' || c.Key FROM Publication p JOIN PublicationColumn c ON c.Id = p.ColumnId GROUP BY p.ColumnId ORDER BY COUNT(*) DESC LIMIT 1")
# The column's last page (the listing also holds its sub-columns' items; 20 a page): the deepest OFFSET.
last=$(sqlite3 "$work/data/gongkai.db" "SELECT (COUNT(*) + 19) / 20 FROM Publication p JOIN PublicationColumn c ON c.Id = p.ColumnId JOIN PublicationColumn t ON t.OrganizationId || '/' || t.Key = '$column' WHERE c.Id = t.Id OR c.ParentId = t.Id")
curl -sf "$url/xxgk/$item" -o "$work/app/wwwroot/bench-item.html"
echo "column pages: $last; item page: /xxgk/$item ($(wc -c < "$work/app/wwwroot/bench-item.html") bytes); column: /xxgk/$column"

run() {
  local name=$1 path=$2 header=${3:-X-Bench: 1} out
  curl -sf -o /dev/null -H "$header" "$url$path" || { echo "$path failed"; exit 1; }
  wrk -t2 -c32 -d3s -H "$header" "$url$path" >/dev/null  # warm-up
  out=$(wrk -t2 -c32 -d"${seconds}s" --latency -H "$header" "$url$path")
  local rps p50 p99 errors
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' ')
  printf "%-28s %10s req/s   p50 %8s   p99 %8s   %s\n" "$name" "$rps" "$p50" "$p99" "$errors"
  echo "$name $rps" >> "$work/results.txt"
}

echo "== wrk: 2 threads, 32 connections, ${seconds}s each, $(nproc) cores"
: > "$work/results.txt"
run "static file (baseline)" "/bench-item.html"
run "item page" "/xxgk/$item"
run "column listing, page 1" "/xxgk/$column"
run "column listing, last page" "/xxgk/$column?page=$last"
run "home page" "/"
# A (stale) staff cookie keeps a request out of the output cache: the full render path, every time.
nocache="Cookie: gongkai.auth=bench"
run "item page, uncached" "/xxgk/$item" "$nocache"
run "column listing, uncached" "/xxgk/$column" "$nocache"
run "column last page, uncached" "/xxgk/$column?page=$last" "$nocache"
run "home page, uncached" "/" "$nocache"
awk 'NR==1 {base=$NF} NR>1 {name=$0; sub(/ [^ ]+$/, "", name); printf "%-28s %.0f%% of the static file\n", name, 100*$NF/base}' "$work/results.txt"
