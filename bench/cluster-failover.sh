#!/usr/bin/env bash
# Three proofs on local clusters (scripts/cluster.sh), each printing PASS/FAIL lines and figures:
#   A  leader failover with a scheduled item: 2 nodes with the demo accounts; an item is scheduled
#      SCHEDULE seconds ahead (default 75) through node A's staff API (one review stage); the node
#      holding the periodic jobs' leases is killed with SIGKILL; the item must not be public before
#      its time, and must be public on the surviving node (its page 200, found by search) within a
#      minute after it. The time the survivor takes to hold every job lease is printed too.
#   B  backup and restore onto a fresh cluster: publications with attachments, applications (API,
#      and the public form with a file) on a 2-node cluster; scripts/backup.sh of it; a new cluster
#      (new PostgreSQL data directory, new nodes) restored from the archive (GONGKAI_CLUSTER_RESTORE);
#      the same published items (ids and titles), the attachments and applicants' files byte for byte,
#      applications decrypted through the staff API, search on every node, the audit chain verifying
#      (/admin/audit/verify), the old cluster's sign-in cookie accepted (data-protection keys), and a
#      new item saved after the restore (sequences).
#   C  throughput through nginx with 1, 2 and 3 nodes (the others marked down in the upstream) on ITEMS
#      imported items (default 3000): the item page spread over every item (output-cache misses, via
#      bench/publications-paths.lua), one item page (cached), and the search API spread over the
#      items' markers; req/s and the ratio to 1 node, and where the CPU went during each run.
# Usage: bench/cluster-failover.sh [A] [B] [C]     (default: all three)
# Settings: GONGKAI_CLUSTER_DIR (default /tmp/gongkai-cluster-failover; B's second cluster adds -restored),
# GONGKAI_CLUSTER_APP, SCHEDULE, ITEMS, RUN_SECONDS (per wrk run, default 10). Needs: wrk, curl, jq, psql, python3.
# Exit status 0 only when every check passed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
base=${GONGKAI_CLUSTER_DIR:-/tmp/gongkai-cluster-failover}
export GONGKAI_CLUSTER_APP=${GONGKAI_CLUSTER_APP:-${TMPDIR:-/tmp}/gongkai-cluster-app}
schedule=${SCHEDULE:-75}
items=${ITEMS:-3000}
seconds=${RUN_SECONDS:-10}
py="python3 $root/bench/cluster_failover.py"
work=$(mktemp -d)
failed=0
proofs=${*:-A B C}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }

check() { if [ "$1" = ok ]; then echo "PASS  $2"; else echo "FAIL  $2"; failed=1; fi; }
cluster() { GONGKAI_CLUSTER_DIR=$1 "$root/scripts/cluster.sh" "${@:2}"; }
# psql on a cluster's database, as the app's role.
sql() { # dir query
  local conn; conn=$(jq -r .postgres "$1/secrets.json")
  PGPASSWORD=$(sed 's/.*Password=\([^;]*\).*/\1/' <<<"$conn") psql -h 127.0.0.1 -p "$(sed 's/.*Port=\([0-9]*\).*/\1/' <<<"$conn")" \
    -U gongkai -d gongkai -Atc "$2"
}
# Only this script's own clusters are stopped: never another checkout's (their directories differ).
cleanup() { for d in "$base" "$base-restored"; do [ -f "$d/state.json" ] && cluster "$d" down >/dev/null 2>&1; done; rm -rf "$work"; }
trap cleanup EXIT
up() { # dir nodes
  local start=$SECONDS
  cluster "$1" up "$2" > "$work/state.json" || { echo "FAIL  scripts/cluster.sh up $2 ($1)"; exit 1; }
  echo "(up $2 in $((SECONDS - start)) s: $(jq -r .url "$work/state.json"))" >&2
  cat "$work/state.json"
}
machine() { echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"; }

proof_a() {
  echo "== A. leader failover with a scheduled item"
  local dir=$base state a b pw sched id organ marker at holder victim survivor killed took
  state=$(GONGKAI_CLUSTER_DEMO=1 up "$dir" 2)
  pw=$(jq -r .admin.password <<<"$state")
  a=$(jq -r '.nodes[0]' <<<"$state")
  machine
  sched=$($py schedule "$a" "$pw" "$schedule")
  echo "scheduled through node A: $sched"
  id=$(jq -r .id <<<"$sched"); organ=$(jq -r .organ <<<"$sched"); marker=$(jq -r .marker <<<"$sched"); at=$(jq -r .at <<<"$sched")
  check "$([ "$(jq -r .status <<<"$sched")" = Scheduled ] && echo ok)" "item $id is scheduled (status $(jq -r .status <<<"$sched"), for $(jq -r .scheduledFor <<<"$sched"))"

  cluster "$dir" leases > "$work/leases"
  holder=$(jq -r .node "$work/leases" | sort | uniq -c | sort -rn | awk 'NR==1{print $2}')
  echo "job leases: $(jq -r .node "$work/leases" | sort | uniq -c | tr -s ' ' | tr '\n' ',')"
  check "$([ -n "$holder" ] && [ "$holder" != unknown ] && echo ok)" "the leases' holder is found through pg_locks (${holder:-none})"
  victim=${holder#node}
  survivor=$(jq -r --argjson v "$victim" '.nodes | to_entries | map(select(.key != ($v - 1))) | .[0].value' <<<"$state")
  local survivor_name
  survivor_name=node$(( $(jq -r --arg s "$survivor" '.nodes | index($s)' <<<"$state") + 1 ))
  kill -9 "$(cat "$dir/node$victim.pid")"
  killed=$(date +%s.%N)
  echo "killed node$victim (SIGKILL) $(python3 -c "print(round($at - $killed))") s before the scheduled time; survivor $survivor_name"

  # The survivor takes every lease at its next try (ClusterJob.StandbyRetry) once PostgreSQL has ended the dead session.
  took=""
  local jobs; jobs=$(wc -l < "$work/leases")
  for _ in $(seq 1 240); do
    if [ "$(cluster "$dir" leases | jq -r .node | grep -c "^$survivor_name$")" -ge "$jobs" ]; then
      took=$(python3 -c "import time; print(round(time.time() - $killed, 1))"); break
    fi
    sleep 0.5
  done
  check "$([ -n "$took" ] && python3 -c "import sys; sys.exit(0 if $took <= 60 else 1)" && echo ok)" \
    "$survivor_name holds all $jobs job leases ${took:-not} s after node$victim was killed (bound 60 s)"

  local seen
  seen=$($py wait-public "$survivor" "$organ" "$id" "$marker" "$at" 60)
  echo "on the survivor: $seen (seconds after the scheduled time)"
  check "$(jq -e '.pageEarly == false and .searchEarly == false' <<<"$seen" >/dev/null && echo ok)" "the item was not public before its time"
  check "$(jq -e '.pageAfter != null and .pageAfter <= 60' <<<"$seen" >/dev/null && echo ok)" "its public page answers 200 on the survivor within a minute of its time ($(jq -r .pageAfter <<<"$seen") s)"
  check "$(jq -e '.searchAfter != null and .searchAfter <= 60' <<<"$seen" >/dev/null && echo ok)" "search on the survivor finds it within a minute of its time ($(jq -r .searchAfter <<<"$seen") s)"
  local code; code=$(curl -s -o /dev/null -w '%{http_code}' "$(jq -r .url <<<"$state")/xxgk/$organ/item/$id")
  check "$([ "$code" = 200 ] && echo ok)" "through nginx the item's page answers $code"
  cluster "$dir" down >/dev/null 2>&1
}

proof_b() {
  echo "== B. backup and restore onto a fresh cluster"
  local dir=$base fresh=$base-restored state pw url seeded before after archive files
  state=$(GONGKAI_CLUSTER_DEMO=1 up "$dir" 2)
  pw=$(jq -r .admin.password <<<"$state"); url=$(jq -r .url <<<"$state")
  machine
  seeded=$($py seed "$url" "$pw" "$work/manifest.json")
  echo "created: $seeded"
  local published='SELECT count(*) || $$ $$ || md5(string_agg("Id" || $$|$$ || "Title", $$,$$ ORDER BY "Id")) FROM "Publication" WHERE "PublishedRevisionNumber" IS NOT NULL'
  local counts='SELECT (SELECT count(*) FROM "DisclosureApplications") || $$ applications, $$ || (SELECT count(*) FROM "StoredFiles") || $$ stored files, $$ || (SELECT count(*) FROM "AuditEntries") || $$ audit entries$$'
  before=$(sql "$dir" "$published")
  echo "before: ${before% *} published items (ids and titles md5 ${before#* }); $(sql "$dir" "$counts")"
  files=$(sql "$dir" 'SELECT json_object_agg(a."TrackingCode", json_build_array(a."Id", f."Id")) FROM "DisclosureApplications" a JOIN "ApplicationAttachments" f ON f."ApplicationId" = a."Id"')

  archive="$work/backup.tar.gz"
  local conn; conn=$(jq -r .postgres "$dir/secrets.json")
  PGPASSWORD=$(sed 's/.*Password=\([^;]*\).*/\1/' <<<"$conn") "$root/scripts/backup.sh" --data "$dir/node1" \
    --postgres "host=127.0.0.1 port=$(sed 's/.*Port=\([0-9]*\).*/\1/' <<<"$conn") dbname=gongkai user=gongkai" --out "$archive"
  local listing; listing=$(tar -tzf "$archive")
  check "$(grep -q database.dump <<<"$listing" && grep -q keys/applicant-pi.key <<<"$listing" && grep -q keys/audit-chain.key <<<"$listing" && echo ok)" \
    "the archive holds the database and both key files ($(du -h "$archive" | cut -f1))"
  # The original is gone before the fresh cluster starts: nothing can be read from it any more.
  cluster "$dir" down >/dev/null 2>&1

  local start=$SECONDS
  state=$(GONGKAI_CLUSTER_RESTORE=$archive GONGKAI_CLUSTER_ADMIN_PASSWORD=$pw up "$fresh" 2)
  echo "fresh cluster restored and ready in $((SECONDS - start)) s"
  url=$(jq -r .url <<<"$state")
  after=$(sql "$fresh" "$published")
  check "$([ "$before" = "$after" ] && echo ok)" "the same published items: ${after% *} (ids and titles md5 ${after#* })"
  local result
  result=$($py verify "$url" "$pw" "$work/manifest.json" "$files")
  echo "after: $result"
  local n; n=$(jq '.items | length' "$work/manifest.json")
  check "$([ "$(jq -r .attachmentsIdentical <<<"$result")" = "$n/$n" ] && echo ok)" "attachments byte-identical (sha256) for $(jq -r .attachmentsIdentical <<<"$result") items"
  check "$([ "$(jq -r .applicationFilesIdentical <<<"$result")" = "2/2" ] && echo ok)" "applicants' uploaded files byte-identical: $(jq -r .applicationFilesIdentical <<<"$result")"
  check "$([ "$(jq -r .applicationsDecrypted <<<"$result")" = "3/3" ] && echo ok)" "applications' personal data decrypted through the staff API: $(jq -r .applicationsDecrypted <<<"$result")"
  check "$([ "$(jq -r .auditChain <<<"$result")" = ok ] && echo ok)" "the audit chain verifies: $(jq -r .auditMessage <<<"$result")"
  check "$([ "$(jq -r .oldCookieAccepted <<<"$result")" = true ] && echo ok)" "a sign-in cookie of the old cluster is accepted (data-protection keys came along)"
  check "$([ "$(jq -r .newItemAfterRestore.status <<<"$result")" = 200 ] && echo ok)" "a new item published after the restore: id $(jq -r .newItemAfterRestore.id <<<"$result"), page $(jq -r .newItemAfterRestore.status <<<"$result")"
  local found=0 node marker
  marker=$(jq -r '.items[0].marker' "$work/manifest.json")
  for node in $(jq -r '.nodes[]' <<<"$state"); do
    curl -s "$node/api/v1/search?q=$(jq -rn --arg m "$marker" '$m|@uri')" | jq -e --argjson id "$(jq '.items[0].id' "$work/manifest.json")" '.items | any(.id == $id)' >/dev/null && found=$((found + 1))
  done
  check "$([ "$found" = 2 ] && echo ok)" "every fresh node's search index has the restored items ($found/2 nodes)"
  echo "after: $(sql "$fresh" "$counts")"
  cluster "$fresh" down >/dev/null 2>&1
}

# wrk through nginx; prints req/s, and the CPU shares sampled meanwhile on stderr-free stdout.
measure() { # label dir url args...
  local label=$1 dir=$2 out cpu
  shift 2
  (sleep 1; $py cpu "$dir" "$((seconds - 2))" > "$work/cpu") &
  local sampler=$!
  out=$(wrk -t2 -c32 -d"${seconds}s" --latency "$@" 2>&1)
  wait "$sampler"
  cpu=$(cat "$work/cpu")
  local rps; rps=$(awk '/Requests\/sec/{print $2}' <<<"$out")
  local p50; p50=$(awk '/ 50%/{print $2}' <<<"$out")
  local errs; errs=$(grep -E "Non-2xx|Socket errors" <<<"$out" | tr -s ' ' | tr '\n' ' ' || true)
  echo "$label: $rps req/s, p50 $p50 ${errs:+($errs)} cpu% of the machine: $cpu"
  echo "$rps" > "$work/rps"
}

proof_c() {
  echo "== C. throughput with 1, 2 and 3 nodes through nginx"
  local dir=$base state pw url ports
  state=$(up "$dir" 3)
  pw=$(jq -r .admin.password <<<"$state"); url=$(jq -r .url <<<"$state")
  local start=$SECONDS
  $py items "$url" "$pw" "$items" >/dev/null
  echo "imported $items items in $((SECONDS - start)) s"
  sql "$dir" 'SELECT $$/xxgk/$$ || "OrganizationId" || $$/item/$$ || "Id" FROM "Publication" WHERE "PublishedRevisionNumber" IS NOT NULL' > "$work/paths"
  sql "$dir" 'SELECT substring("Title" from $$关于(.{8})的压测通知$$) FROM "Publication" WHERE "Title" LIKE $$%压测通知$$' |
    python3 -c 'import sys, urllib.parse; [print("/api/v1/search?" + urllib.parse.urlencode({"q": m.strip()})) for m in sys.stdin if m.strip()]' > "$work/searches"
  echo "$(wc -l < "$work/paths") item paths, $(wc -l < "$work/searches") search paths"
  local one; one=$(tail -1 "$work/paths")
  ports=$(cat "$dir/node-ports")
  declare -A rps_uncached rps_cached rps_search
  for n in 1 2 3; do
    # Only the first n nodes in nginx's upstream: the others stay up but get no requests.
    local down; down=$(echo "$ports" | tr ' ' '\n' | tail -n +$((n + 1)) | tr '\n' ' ')
    {
      echo "upstream gongkai {"
      for p in $ports; do
        if [[ " $down " == *" $p "* ]]; then echo "  server 127.0.0.1:$p down;"; else echo "  server 127.0.0.1:$p max_fails=1 fail_timeout=5s;"; fi
      done
      echo "  keepalive 64;"; echo "}"
    } > "$dir/upstream.conf"
    nginx -c "$dir/nginx.conf" -s reload; sleep 1
    echo "-- $n node(s); $(machine)"
    # Warm every node in use (JIT, the cached page) so no figure pays for a cold node.
    for p in $(echo "$ports" | tr ' ' '\n' | head -n "$n"); do
      BENCH_PATHS="$work/paths" wrk -t1 -c4 -d3s -s "$root/bench/publications-paths.lua" "http://127.0.0.1:$p" >/dev/null
      wrk -t1 -c4 -d2s "http://127.0.0.1:$p$one" >/dev/null
    done
    BENCH_PATHS="$work/paths" measure "item page, uncached (random of $(wc -l < "$work/paths"))" "$dir" -s "$root/bench/publications-paths.lua" "$url"
    rps_uncached[$n]=$(cat "$work/rps")
    measure "item page, cached (one path)" "$dir" "$url$one"
    rps_cached[$n]=$(cat "$work/rps")
    BENCH_PATHS="$work/searches" measure "search API (random of $(wc -l < "$work/searches") queries)" "$dir" -s "$root/bench/publications-paths.lua" "$url"
    rps_search[$n]=$(cat "$work/rps")
  done
  echo "-- ratio to 1 node (2 nodes, 3 nodes)"
  local k
  for k in uncached cached search; do
    local -n r="rps_$k"
    echo "$k: ${r[1]} / ${r[2]} / ${r[3]} req/s = 1 : $(python3 -c "print(f'{${r[2]}/${r[1]}:.2f} : {${r[3]}/${r[1]}:.2f}')")"
  done
  check "$([ -n "${rps_uncached[3]}" ] && echo ok)" "all nine runs completed"
  cluster "$dir" down >/dev/null 2>&1
}

for p in $proofs; do
  case "$p" in
    A) proof_a ;;
    B) proof_b ;;
    C) proof_c ;;
    *) echo "unknown proof $p (A, B or C)"; exit 2 ;;
  esac
done
exit $failed
