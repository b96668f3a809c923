#!/usr/bin/env bash
# End-to-end check and benchmark of a local cluster (scripts/cluster.sh): PostgreSQL, N nodes, nginx.
#   1. `scripts/cluster.sh up 2`, a request through nginx;
#   2. publish-to-search latency across nodes: PUBLISHES items (default 200) imported (published at
#      once) through node A's API, each searched for through node B's API until found; p50/p99/max;
#   3. throughput of the public item page through nginx with 2 nodes (wrk, SECONDS each);
#   4. kill -9 of node A while a client keeps requesting through nginx: every request must succeed,
#      and node B must take over the periodic jobs' leases within a minute;
#   5. the same throughput with the 1 node left; `scripts/cluster.sh down`.
# Exit status 0 only when every check passed. Needs: wrk, curl, jq, python3.
# Usage: bench/cluster.sh [publishes] [seconds]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
publishes=${1:-200}
seconds=${2:-10}
dir=${GONGKAI_CLUSTER_DIR:-${TMPDIR:-/tmp}/gongkai-cluster}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
failed=0
check() { if [ "$1" = ok ]; then echo "PASS  $2"; else echo "FAIL  $2"; failed=1; fi; }
trap '"$root/scripts/cluster.sh" down || true' EXIT

echo "== scripts/cluster.sh up 2"
start=$(date +%s)
state=$("$root/scripts/cluster.sh" up 2)
echo "$state"
echo "(up in $(( $(date +%s) - start )) s)"
url=$(jq -r .url <<<"$state")
a=$(jq -r '.nodes[0]' <<<"$state")
b=$(jq -r '.nodes[1]' <<<"$state")
password=$(jq -r .admin.password <<<"$state")

code=$(curl -s -o /dev/null -w '%{http_code}' "$url/")
check "$([ "$code" = 200 ] && echo ok)" "GET / through nginx answers 200 (got $code)"
rid=$(curl -s -D - -o /dev/null "$url/healthz" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-request-id"{print $2}')
check "$([[ "$rid" =~ ^[0-9a-f]{32}$ ]] && echo ok)" "a response through nginx carries nginx's X-Request-ID ($rid)"

echo "== publish on A, search on B: $publishes items"
item=$(python3 - "$a" "$b" "$password" "$publishes" <<'EOF'
import json, sys, time, urllib.request, urllib.parse, statistics, uuid
a, b, password, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
def call(method, url, body=None, token=None):
    req = urllib.request.Request(url, method=method, data=None if body is None else json.dumps(body).encode())
    req.add_header("Content-Type", "application/json")
    if token: req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read() or b"null")
token = call("POST", a + "/api/v1/auth/token", {"userName": "admin", "password": password})["token"]
organs = call("GET", a + "/api/v1/organizations")
organ = (organs["items"] if isinstance(organs, dict) else organs)[0]["id"]
alphabet = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳"
lat, first = [], None
for i in range(n):
    marker = "".join(alphabet[int(c, 16)] for c in uuid.uuid4().hex[:6])
    row = {"organization": organ, "category": 7, "title": f"关于{marker}的通知", "bodyHtml": f"<p>{marker}正文</p>",
           "documentNumber": "江津财发〔2019〕8号", "signedOn": "2019-03-01", "publishedOn": "2019-03-05"}
    report = call("POST", a + "/api/v1/publications/import", [row], token)
    t0 = time.perf_counter()
    if report.get("imported") != 1:
        sys.exit("import failed: " + json.dumps(report, ensure_ascii=False))
    q = urllib.parse.urlencode({"q": marker})
    while True:
        hits = call("GET", f"{b}/api/v1/search?{q}")["items"]
        if hits:
            lat.append((time.perf_counter() - t0) * 1000)
            first = first or f"/xxgk/{organ}/item/{hits[0]['id']}"
            break
        if time.perf_counter() - t0 > 30:
            sys.exit(f"item {marker} not found on B after 30 s")
        time.sleep(0.005)
lat.sort()
pct = lambda p: lat[min(len(lat) - 1, int(round(p / 100 * len(lat) + 0.5)) - 1)]
print(f"publish on A -> search hit on B over {len(lat)} items: p50 {pct(50):.0f} ms, p99 {pct(99):.0f} ms, max {lat[-1]:.0f} ms, mean {statistics.mean(lat):.0f} ms", file=sys.stderr)
print(f"{first} {pct(99):.0f}")
EOF
)
page=${item% *}
p99=${item#* }
check "$([ "$p99" -le 2000 ] && echo ok)" "p99 of publish-on-A to hit-on-B within 2 s ($p99 ms)"

echo "== throughput of $page through nginx, 2 nodes"
# Warm both nodes first (JIT, output cache), so neither figure pays for a cold node.
for node in "$a" "$b"; do wrk -t1 -c8 -d3s "$node$page" >/dev/null; done
wrk -t2 -c32 -d"${seconds}s" "$url$page" | grep -E "Requests/sec|Latency|Non-2xx|Socket errors" || true

echo "== kill -9 node A while requests go on through nginx"
pid=$(cat "$dir/node1.pid")
python3 - "$url" "$page" "$pid" <<'EOF' && check ok "every request through nginx succeeded while node A was killed" || check fail "requests failed while node A was killed"
import os, signal, sys, threading, time, urllib.request
url, page, pid = sys.argv[1], sys.argv[2], int(sys.argv[3])
ok = bad = 0; lock = threading.Lock(); stop = time.time() + 8; errors = []
def client():
    global ok, bad
    while time.time() < stop:
        try:
            with urllib.request.urlopen(url + page, timeout=10) as r:
                good = r.status == 200
        except Exception as e:
            good = False; errors.append(repr(e))
        with lock:
            if good: ok += 1
            else: bad += 1
threads = [threading.Thread(target=client) for _ in range(8)]
for t in threads: t.start()
time.sleep(2); os.kill(pid, signal.SIGKILL); print(f"killed node A (pid {pid}) at +2 s", file=sys.stderr)
for t in threads: t.join()
print(f"requests during the kill: {ok} succeeded, {bad} failed {errors[:3]}", file=sys.stderr)
sys.exit(1 if bad else 0)
EOF

took=""
for i in $(seq 1 60); do
  if grep -q "取得任务 .* 的集群租约" "$dir/node2.log" 2>/dev/null && [ "$(grep -c '取得任务 .* 的集群租约' "$dir/node2.log")" -ge 4 ]; then took=$i; break; fi
  sleep 1
done
check "$([ -n "$took" ] && echo ok)" "node B holds the periodic jobs' leases within a minute of node A's death (${took:-no} s)"
code=$(curl -s -o /dev/null -w '%{http_code}' "$b/healthz")
check "$([ "$code" = 200 ] && echo ok)" "node B is ready after node A died"

echo "== throughput of $page through nginx, 1 node"
sleep 2
wrk -t2 -c32 -d"${seconds}s" "$url$page" | grep -E "Requests/sec|Latency|Non-2xx|Socket errors" || true

echo "== scripts/cluster.sh down"
trap - EXIT
"$root/scripts/cluster.sh" down
[ -d "$dir" ] && check fail "down removed $dir" || check ok "down stopped everything and removed $dir"
exit $failed
