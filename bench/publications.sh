#!/usr/bin/env bash
# Benchmark of the public disclosure pages.
# With N published items (default 100,000) in SQLite, measures with wrk on loopback, in one run and
# one Kestrel process: the same item page saved as a static file (the baseline, served by the static
# file middleware), then the item page, a column listing (first and last page) and the home page,
# each as the public gets it (output cache) and uncached, and one staff page signed in.
# Uncached is measured two ways: a stale staff cookie on one page (the cache is bypassed, the full
# render path runs every time, on data SQLite has in memory) and, for items and column pages,
# anonymous requests spread at random over 100,000 item pages / column pages (real cache misses, as
# readers of a million items cause; the wrk script is bench/publications-paths.lua).
# Needs: wrk and sqlite3 (apt-get install wrk sqlite3). Usage: bench/publications.sh [items] [seconds]
# BENCH_REUSE=1 keeps the database of the previous run in $BENCH_DIR (skips the slow generation) and
# only republishes the app, e.g. to measure a change to the pages on the same data; BENCH_REUSE=2
# also keeps the published app.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
items=${1:-100000}
seconds=${2:-15}
work=${BENCH_DIR:-/tmp/gongkai-bench}
port=5099
url="http://127.0.0.1:$port"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }

reuse=""
if [ -n "${BENCH_REUSE:-}" ] && [ -f "$work/data/gongkai.db" ]; then reuse=1; fi
if [ "${BENCH_REUSE:-}" = 2 ] && [ -n "$reuse" ] && [ -f "$work/app/Gongkai.Web.dll" ]; then
  echo "== reusing the published app"
else
  if [ -n "$reuse" ]; then rm -rf "$work/app"; else rm -rf "$work" && mkdir -p "$work"; fi
  echo "== publishing the app (Release)"
  dotnet publish "$root/src/Gongkai.Web" -c Release -o "$work/app" -v q -nologo >/dev/null
  dotnet build "$root/bench/Gongkai.Bench" -c Release -v q -nologo >/dev/null
fi
bench_tool="$root/bench/Gongkai.Bench/bin/Release/net10.0/Gongkai.Bench.dll"

export ASPNETCORE_ENVIRONMENT=Production Gongkai__DataDirectory="$work/data" Urls="$url" \
  Logging__LogLevel__Default=Warning \
  Gongkai__AdminPassword='Bench-Sys-Pass-2026x' Gongkai__SecAdminPassword='Bench-Sec-Pass-2026x' Gongkai__AuditAdminPassword='Bench-Aud-Pass-2026x'
app_pid=""
start_app() {
  (cd "$work/app" && exec dotnet Gongkai.Web.dll >"$work/app.log" 2>&1) &
  app_pid=$!
  # Migrating and seeding a fresh database takes minutes when the machine is busy.
  for _ in $(seq 1 600); do
    curl -sf "$url/healthz" >/dev/null && return 0
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 1
  done
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
  started=$(date +%s)
  dotnet "$bench_tool" publications "$work/data/gongkai.db" "$items"
  echo "generation took $(( $(date +%s) - started )) s"
fi
start_app

# A typical item and the busiest column, both chosen from the database.
item=$(sqlite3 "$work/data/gongkai.db" "SELECT OrganizationId || '/item/' || Id FROM Publication WHERE Id = (SELECT Id FROM Publication ORDER BY Id LIMIT 1 OFFSET $((items / 2)))")
column=$(sqlite3 "$work/data/gongkai.db" "SELECT p.OrganizationId || '/' || c.Key FROM Publication p JOIN PublicationColumn c ON c.Id = p.ColumnId GROUP BY p.ColumnId ORDER BY COUNT(*) DESC LIMIT 1")
# The column's last page (the listing also holds its sub-columns' items; 20 a page): the deepest OFFSET.
last=$(sqlite3 "$work/data/gongkai.db" "SELECT (COUNT(*) + 19) / 20 FROM Publication p JOIN PublicationColumn c ON c.Id = p.ColumnId JOIN PublicationColumn t ON t.OrganizationId || '/' || t.Key = '$column' WHERE c.Id = t.Id OR c.ParentId = t.Id")
curl -sf "$url/xxgk/$item" -o "$work/app/wwwroot/bench-item.html"
echo "column pages: $last; item page: /xxgk/$item ($(wc -c < "$work/app/wwwroot/bench-item.html") bytes); column: /xxgk/$column"
# Real cache misses: 100,000 item pages, and 100,000 column pages (every page of every column with items).
sqlite3 "$work/data/gongkai.db" "SELECT '/xxgk/' || OrganizationId || '/item/' || Id FROM Publication ORDER BY random() LIMIT 100000" > "$work/item-paths.txt"
sqlite3 "$work/data/gongkai.db" "WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 100000),
  cols AS (SELECT c.OrganizationId AS o, c.Key AS key, (COUNT(*) + 19) / 20 AS pages FROM Publication p JOIN PublicationColumn c ON c.Id = p.ColumnId GROUP BY c.Id)
  SELECT '/xxgk/' || o || '/' || key || '?page=' || k FROM cols JOIN n ON n.k <= cols.pages ORDER BY random() LIMIT 100000" > "$work/column-paths.txt"
echo "random paths: $(wc -l < "$work/item-paths.txt") item pages, $(wc -l < "$work/column-paths.txt") column pages"

# run NAME PATH [HEADER] [PATH-FILE]: with a path file, each request asks for a random path of it.
run() {
  local name=$1 path=$2 header=${3:-X-Bench: 1} paths=${4:-} out script=()
  if [ -n "$paths" ]; then
    path=$(head -1 "$paths")
    script=(-s "$root/bench/publications-paths.lua")
  fi
  local code
  code=$(curl -s -o /dev/null -w "%{http_code}" -H "$header" "$url$path")
  [ "$code" = 200 ] || { echo "$path answered $code"; exit 1; }
  BENCH_PATHS="$paths" wrk -t2 -c32 -d3s "${script[@]}" -H "$header" "$url$path" >/dev/null  # warm-up
  out=$(BENCH_PATHS="$paths" wrk -t2 -c32 -d"${seconds}s" --latency "${script[@]}" -H "$header" "$url$path")
  local rps p50 p99 errors
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' ')
  printf "%-30s %10s req/s   p50 %8s   p99 %8s   %s\n" "$name" "$rps" "$p50" "$p99" "$errors"
  echo "$name $rps" >> "$work/results.txt"
}

echo "== wrk: 2 threads, 32 connections, ${seconds}s each, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
: > "$work/results.txt"
run "static file (baseline)" "/bench-item.html"
run "item page" "/xxgk/$item"
run "column listing, page 1" "/xxgk/$column"
run "column listing, last page" "/xxgk/$column?page=$last"
run "home page" "/"
# A (stale) staff cookie keeps a request out of the output cache: the full render path, every time.
nocache="Cookie: gongkai.auth=bench"
run "item page, uncached" "/xxgk/$item" "$nocache"
run "item pages, random (misses)" "" "X-Bench: 1" "$work/item-paths.txt"
run "column listing, uncached" "/xxgk/$column" "$nocache"
run "column last page, uncached" "/xxgk/$column?page=$last" "$nocache"
run "column pages, random (misses)" "" "X-Bench: 1" "$work/column-paths.txt"
run "home page, uncached" "/" "$nocache"
# A staff page as a signed-in editor of the item's organ sees it (never output-cached). The
# cookie is made just before, as sessions end after the idle timeout.
if staff=$(dotnet "$bench_tool" staff-cookie "$work/data" "${item%%/*}"); then
  run "staff: /admin/publications" "/admin/publications" "Cookie: $staff"
else
  echo "no staff cookie: the staff page is not measured"
fi
# The baseline once more: on this machine the static file's rate moves by half from one minute to the
# next (the first measurement, right after start, is often the low one); ratios use the higher of the two.
run "static file (again, at the end)" "/bench-item.html"
echo "== load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
awk '/^static file/ {if ($NF > base) base=$NF; next} {rows[++n]=$0} END {
  printf "== ratios against the static file at %s req/s (the higher of its two runs)\n", base
  for (i = 1; i <= n; i++) {name=rows[i]; sub(/ [^ ]+$/, "", name); split(rows[i], f, " "); printf "%-30s %6.1f%% of the static file\n", name, 100*f[length(f)]/base}
}' "$work/results.txt"
