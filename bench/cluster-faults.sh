#!/usr/bin/env bash
# Reliability test R1: the cluster's public writes under faults. On a 2-node cluster behind nginx
# (scripts/cluster.sh up 2, in its own directory):
#   1. fires APPS public 依申请公开 applications (POST /api/v1/applications) and LETTERS public
#      mailbox letters (POST /api/v1/mailbox/letters) through nginx, CONCURRENCY at a time, each with
#      a unique marker in its text; every answer (tracking code, or the error) is recorded;
#   2. meanwhile: kill -9 of node KILL_NODE (default 2, "B") and its restart, one fast restart of
#      PostgreSQL (pg_ctl -m fast restart), and a handful of items published through node A's API;
#   3. then checks, with PASS/FAIL lines: every submission answered with success is in the database
#      exactly once (psql, by its marker) under the tracking code it was given; every one answered
#      with an error by the app is absent; those whose outcome the client cannot know (connection cut,
#      nginx's 502/504 after the node died) are shown apart: committed without answer, or absent, but
#      never twice; tracking codes are unique; the audit chain verifies (POST /api/v1/audit/verify);
#      the items published during the faults are found through node B's search API; both nodes'
#      indexes hold the same documents (GET /api/v1/search/index);
#   4. prints the figures (successes, errors, unknown outcomes, the times of the faults, the error
#      window) and ends with scripts/cluster.sh down.
# Exit status 0 only when every check passed. Needs: curl, jq, python3, psql, and what
# scripts/cluster.sh needs (PostgreSQL 15, nginx).
# Usage: bench/cluster-faults.sh [apps] [letters] [concurrency]
#
# Public writes are rate-limited per client address (policy public-write, 5 a minute by default)
# and every request here comes from one address: the run raises the limit for its own nodes with
# Gongkai__Security__PublicWritesPerMinutePerClient (default here 100000), a documented setting,
# rather than forging X-Forwarded-For (nginx appends the real peer, and only it is believed).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
apps=${1:-500}
letters=${2:-500}
concurrency=${3:-24}
# Its own cluster directory and published app, so a run never meets another cluster on this machine
# (cluster.sh picks free ports itself).
export GONGKAI_CLUSTER_DIR=${GONGKAI_CLUSTER_DIR:-${TMPDIR:-/tmp}/gongkai-cluster-faults}
export GONGKAI_CLUSTER_APP=${GONGKAI_CLUSTER_APP:-${TMPDIR:-/tmp}/gongkai-cluster-faults-app}
export Gongkai__Security__PublicWritesPerMinutePerClient=${Gongkai__Security__PublicWritesPerMinutePerClient:-100000}
kill_node=${KILL_NODE:-2}
publishes=${PUBLISHES:-8}
# The logs and every request's outcome are kept here after down removes the cluster directory.
export GONGKAI_FAULTS_KEEP=${GONGKAI_FAULTS_KEEP:-$GONGKAI_CLUSTER_DIR-logs}
rm -rf "$GONGKAI_FAULTS_KEEP"; mkdir -p "$GONGKAI_FAULTS_KEEP"
command -v psql >/dev/null || { echo "psql is missing: apt-get install postgresql-client"; exit 1; }
trap '"$root/scripts/cluster.sh" down || true' EXIT

echo "== scripts/cluster.sh up 2 (in $GONGKAI_CLUSTER_DIR)"
state=$("$root/scripts/cluster.sh" up 2)
echo "$state"
echo "== load: $apps applications + $letters letters through nginx, $concurrency at a time; kill -9 of node $kill_node, a fast restart of PostgreSQL, $publishes items published through node 1"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run"
failed=0
python3 - "$state" "$root/scripts/cluster.sh" "$apps" "$letters" "$concurrency" "$kill_node" "$publishes" <<'EOF' || failed=1
import concurrent.futures as cf, json, os, subprocess, sys, threading, time, urllib.error, urllib.parse, urllib.request, uuid

state = json.loads(sys.argv[1])
cluster, n_apps, n_letters, conc, kill_node, n_pub = sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6]), int(sys.argv[7])
url, nodes, password = state["url"], state["nodes"], state["admin"]["password"]
a, b = nodes[0], nodes[1]
run = uuid.uuid4().hex[:8]
T0 = time.time()
rel = lambda t: t - T0
failed = False

def check(ok, text):
    global failed
    print(("PASS  " if ok else "FAIL  ") + text, flush=True)
    failed |= not ok

def call(method, u, body=None, token=None, timeout=30):
    """(status, parsed body or text, error): status None when no HTTP answer came (connection cut, timeout)."""
    req = urllib.request.Request(u, method=method, data=None if body is None else json.dumps(body).encode())
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            raw = r.read()
            return r.status, json.loads(raw or b"null"), None, dict(r.headers)
    except urllib.error.HTTPError as e:
        raw = e.read().decode("utf-8", "replace")
        try:
            parsed = json.loads(raw)
        except ValueError:
            parsed = raw
        return e.code, parsed, None, dict(e.headers)
    except Exception as e:
        return None, None, f"{type(e).__name__}: {e}", {}

def must(method, u, body=None, token=None):
    status, parsed, err, _ = call(method, u, body, token)
    if status is None or status >= 400:
        sys.exit(f"{method} {u}: {status} {err or parsed}")
    return parsed

pg = dict(kv.split("=", 1) for kv in state["postgres"].split(";") if kv)
def sql(query):
    env = dict(os.environ, PGPASSWORD=pg["Password"])
    out = subprocess.run(["psql", "-h", pg["Host"], "-p", pg["Port"], "-U", pg["Username"], "-d", pg["Database"], "-At", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-c", query],
                         env=env, check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]

token = must("POST", a + "/api/v1/auth/token", {"userName": "admin", "password": password})["token"]
organs = must("GET", a + "/api/v1/organizations")
organs = organs["items"] if isinstance(organs, dict) else organs

def id_number(serial):
    body = "50011619800512" + f"{serial % 1000:03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights)) % 11]

def application(i, organ):
    marker = f"R1-{run}-A{i:04d}"
    return marker, "/api/v1/applications", {
        "organization": str(organ), "applicantType": "naturalPerson", "applicantName": "张三", "idNumber": id_number(i),
        "contact": "13812345678", "address": "重庆市江津区几江街道鼎山大道100号",
        "description": f"请公开2026年本机关行政事业性收费项目清单（{marker}）。", "channel": "online"}

def letter(i):
    marker = f"R1-{run}-L{i:04d}"
    return marker, "/api/v1/mailbox/letters", {
        "recipient": "区长信箱", "type": "complaint", "subject": f"小区门口道路积水{marker}",
        "content": f"几江街道滨江小区门口的道路每逢下雨就严重积水，希望有关部门尽快疏通排水管网。{marker}",
        "name": "李四", "phone": "13912345678", "publish": False}

# An organ that takes applications: the first one a trial submission (not counted) goes through.
organ = None
for o in organs:
    _, path, body = application(9999, o["id"])
    body["description"] = f"请公开2026年本机关部门预算（R1-{run}-probe-{o['id']}）。"
    status, parsed, _, _ = call("POST", url + path, body)
    if status in (200, 201):
        organ = o["id"]
        break
if organ is None:
    sys.exit("no organ accepts an application: " + json.dumps(parsed, ensure_ascii=False)[:400])

jobs = [("application", *application(i, organ)) for i in range(n_apps)] + [("letter", *letter(i)) for i in range(n_letters)]
# Interleaved, so both kinds meet both faults.
jobs.sort(key=lambda j: int(j[1][-4:]) * 2 + (j[0] == "letter"))
results = []
lock = threading.Lock()
done = 0

def submit(job):
    global done
    kind, marker, path, body = job
    start = time.time()
    status, parsed, err, _ = call("POST", url + path, body, timeout=60)
    end = time.time()
    if status in (200, 201) and isinstance(parsed, dict) and parsed.get("trackingCode"):
        outcome = "success"
    elif status is None or (status in (502, 504) and "nginx" in str(parsed)) :
        # No answer from the app: the node died or the connection was cut mid-request. It may have committed.
        outcome = "unknown"
    else:
        outcome = "error"
    r = {"kind": kind, "marker": marker, "status": status, "outcome": outcome, "start": start, "end": end,
         "code": parsed.get("trackingCode") if isinstance(parsed, dict) else None,
         "id": parsed.get("id") if isinstance(parsed, dict) else None,
         "duplicate": parsed.get("duplicate") if isinstance(parsed, dict) else None,
         "error": err or (None if outcome == "success" else str(parsed)[:200])}
    with lock:
        results.append(r)
        done += 1
    return r

total = len(jobs)
events = {}
def faults():
    # The node is killed after a fifth of the load, PostgreSQL restarted after a half (or when the
    # node is back, if that is later): both land while requests are in flight.
    while done < total * 0.2:
        time.sleep(0.02)
    events["kill"] = time.time()
    subprocess.run([cluster, "kill-node", str(kill_node)], check=True)
    events["kill_done"] = time.time()
    time.sleep(1)
    def restart():
        events["start"] = time.time()
        subprocess.run([cluster, "start-node", str(kill_node)], check=True)
        events["ready"] = time.time()
    t = threading.Thread(target=restart)
    t.start()
    while done < total * 0.5:
        time.sleep(0.02)
    events["pg"] = time.time()
    subprocess.run([cluster, "restart-postgres"], check=True)
    events["pg_done"] = time.time()
    t.join()

published, publish_errors = [], []
def publisher():
    # Items imported (published at once) through node A while the load and the faults go on; an
    # attempt without an answer is not retried under the same title (it may have been published).
    i = 0
    while i < n_pub:
        if done >= total and i >= 1:
            break
        marker = "".join("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳"[int(c, 16)] for c in uuid.uuid4().hex[:6])
        row = {"organization": organs[0]["id"], "category": 7, "title": f"关于{marker}的通知", "bodyHtml": f"<p>{marker}正文</p>",
               "documentNumber": "江津财发〔2019〕8号", "signedOn": "2019-03-01", "publishedOn": "2019-03-05"}
        status, parsed, err, _ = call("POST", a + "/api/v1/publications/import", [row], token)
        if status == 200 and isinstance(parsed, dict) and parsed.get("imported") == 1:
            published.append((marker, time.time()))
            i += 1
        else:
            publish_errors.append((rel(time.time()), status, err or str(parsed)[:160]))
        time.sleep(max(0.2, 20 / max(1, n_pub) / 4))

fault_thread = threading.Thread(target=faults)
pub_thread = threading.Thread(target=publisher)
load_start = time.time()
fault_thread.start()
pub_thread.start()
with cf.ThreadPoolExecutor(max_workers=conc) as pool:
    list(pool.map(submit, jobs))
load_end = time.time()
pub_thread.join()
fault_thread.join()

# ---- figures
by = lambda kind, outcome: [r for r in results if (kind is None or r["kind"] == kind) and r["outcome"] == outcome]
print(f"load: {total} requests in {load_end - load_start:.1f} s ({total / (load_end - load_start):.0f}/s), machine load average {open('/proc/loadavg').read().split()[0]}")
for kind in ("application", "letter"):
    twice = sum(1 for r in by(kind, "success") if r["duplicate"])
    print(f"  {kind}s: {len(by(kind, 'success'))} succeeded ({twice} answered 'already submitted'), {len(by(kind, 'error'))} errors, {len(by(kind, 'unknown'))} unknown outcome")
print(f"faults (seconds from the start of the load): node {kill_node} killed at +{events['kill'] - load_start:.1f}, started again at +{events['start'] - load_start:.1f}, "
      f"ready at +{events['ready'] - load_start:.1f}; PostgreSQL fast restart at +{events['pg'] - load_start:.1f}, done at +{events['pg_done'] - load_start:.1f}; load ended at +{load_end - load_start:.1f}")
bad = sorted((r for r in results if r["outcome"] != "success"), key=lambda r: r["end"])
if bad:
    print(f"error window: first failed answer at +{bad[0]['end'] - load_start:.1f}, last at +{bad[-1]['end'] - load_start:.1f} ({bad[-1]['end'] - bad[0]['end']:.1f} s)")
    kinds = {}
    for r in bad:
        k = f"{r['outcome']} {r['status']} {(r['error'] or '')[:90]}"
        kinds[k] = kinds.get(k, 0) + 1
    for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])[:12]:
        print(f"  {v:4d} × {k}")
else:
    print("error window: none (every request succeeded)")
print(f"publishing through node 1: {len(published)} published, {len(publish_errors)} failed attempts {publish_errors[:3]}")

# ---- the database, by marker
rows = sql(f"""SELECT 'application', substring("Description" from 'R1-{run}-A[0-9]{{4}}'), "TrackingCode", "Id" FROM "DisclosureApplications" WHERE "Description" LIKE '%R1-{run}-A%'
               UNION ALL SELECT 'letter', substring("Subject" from 'R1-{run}-L[0-9]{{4}}'), "TrackingCode", "Id" FROM "MailboxLetters" WHERE "Subject" LIKE '%R1-{run}-L%'""")
stored = {}
for kind, marker, code, rid in rows:
    stored.setdefault(marker, []).append(code)
succ = by(None, "success")
exact = [r for r in succ if stored.get(r["marker"]) == [r["code"]]]
check(len(exact) == len(succ), f"every success is stored exactly once under the tracking code it was given ({len(exact)}/{len(succ)})")
for r in [r for r in succ if stored.get(r["marker"]) != [r["code"]]][:5]:
    print(f"      {r['marker']}: answered {r['code']}, stored {stored.get(r['marker'])}")
errs = by(None, "error")
present = [r for r in errs if r["marker"] in stored]
check(not present, f"no submission answered with an error by the app is stored ({len(present)} of {len(errs)} are)")
for r in present[:5]:
    print(f"      {r['marker']}: answered {r['status']} {r['error'][:120]}, stored {stored[r['marker']]}")
unknown = by(None, "unknown")
committed = [r for r in unknown if r["marker"] in stored]
print(f"      unknown outcome: {len(unknown)}, of which committed without an answer: {len(committed)}, absent: {len(unknown) - len(committed)}")
# What a careful client does with an unknown outcome: sends the same submission again. The app
# recognises the content (SubmissionKey), so it is stored once whichever way the first attempt went.
bodies = {j[1]: j for j in jobs}
resent = [submit(bodies[r["marker"]]) for r in unknown]
again = [r for r in resent if r["outcome"] == "success"]
print(f"      resent: {len(resent)}, {len(again)} succeeded ({sum(1 for r in again if r['duplicate'])} answered 'already submitted')")
rows = sql(f"""SELECT 'application', substring("Description" from 'R1-{run}-A[0-9]{{4}}'), "TrackingCode", "Id" FROM "DisclosureApplications" WHERE "Description" LIKE '%R1-{run}-A%'
               UNION ALL SELECT 'letter', substring("Subject" from 'R1-{run}-L[0-9]{{4}}'), "TrackingCode", "Id" FROM "MailboxLetters" WHERE "Subject" LIKE '%R1-{run}-L%'""")
stored = {}
for kind, marker, code, rid in rows:
    stored.setdefault(marker, []).append(code)
check(len(again) == len(resent) and all(stored.get(r["marker"]) == [r["code"]] for r in again),
      f"every submission of unknown outcome, sent again, is stored exactly once under the code the second answer gave ({len(again)}/{len(resent)})")
dups = {m: c for m, c in stored.items() if len(c) > 1}
check(not dups, f"no submission is stored twice ({len(dups)} are)")
strays = set(stored) - {r["marker"] for r in results}
check(not strays, f"nothing stored that was not sent ({len(strays)})")
dupcodes = sql('SELECT (SELECT count(*) - count(DISTINCT "TrackingCode") FROM "DisclosureApplications"), (SELECT count(*) - count(DISTINCT "TrackingCode") FROM "MailboxLetters")')[0]
check(dupcodes == ["0", "0"], f"tracking codes are unique (duplicates: applications {dupcodes[0]}, letters {dupcodes[1]})")

# ---- audit chain, search
status, report, err, _ = call("POST", a + "/api/v1/audit/verify", None, token, timeout=120)
check(status == 200 and report.get("ok") is True, f"the audit chain verifies ({status}: {(report or {}).get('message') if isinstance(report, dict) else err or report})")

missing = []
for marker, at in published:
    q = urllib.parse.urlencode({"q": marker})
    deadline = time.time() + 30
    while True:
        st, hits, _, _ = call("GET", f"{b}/api/v1/search?{q}")
        if st == 200 and hits["items"]:
            break
        if time.time() > deadline:
            missing.append(marker)
            break
        time.sleep(0.2)
check(published and not missing, f"every item published through node 1 during the faults is found through node 2's search API ({len(published) - len(missing)}/{len(published)})")

def listing(node):
    st, body, err, _ = call("GET", node + "/api/v1/search/index", None, token, timeout=60)
    if st != 200:
        sys.exit(f"{node}/api/v1/search/index: {st} {err or body}")
    return body
deadline = time.time() + 30
while True:
    la, lb = listing(a), listing(b)
    if la["keys"] == lb["keys"] or time.time() > deadline:
        break
    time.sleep(0.5)
only_a, only_b = set(la["keys"]) - set(lb["keys"]), set(lb["keys"]) - set(la["keys"])
check(la["keys"] == lb["keys"], f"both nodes' search indexes hold the same documents (node 1: {la['count']}, node 2: {lb['count']}; "
      f"only on 1: {sorted(only_a)[:5]}, only on 2: {sorted(only_b)[:5]})")

kept = os.path.join(os.environ["GONGKAI_FAULTS_KEEP"], "outcomes.json")
with open(kept, "w") as f:
    json.dump({"results": results, "events": events, "published": published, "publish_errors": publish_errors}, f)
print(f"(every request's outcome: {kept})")
sys.exit(1 if failed else 0)
EOF
echo "machine: load average $(cut -d' ' -f1-3 /proc/loadavg) after the run"

cp "$GONGKAI_CLUSTER_DIR"/*.log "$GONGKAI_CLUSTER_DIR/pg/server.log" "$GONGKAI_FAULTS_KEEP/" 2>/dev/null || true
echo "(logs kept in $GONGKAI_FAULTS_KEEP)"
echo "== scripts/cluster.sh down"
trap - EXIT
"$root/scripts/cluster.sh" down
[ -d "$GONGKAI_CLUSTER_DIR" ] && { echo "FAIL  down removed $GONGKAI_CLUSTER_DIR"; failed=1; } || echo "PASS  down stopped everything and removed $GONGKAI_CLUSTER_DIR"
exit $failed
