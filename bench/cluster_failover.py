"""The HTTP side of bench/cluster-failover.sh (python3 standard library only): staff sign-in by token
and by cookie (the forms carry an anti-forgery token, as a browser's do), the data each proof
creates, and the checks that read it back. Each sub-command prints one JSON line on stdout;
progress goes to stderr.

  schedule URL PASSWORD SECONDS     an item of the demo organ scheduled SECONDS from now
  wait-public NODE ORG ID MARKER AT  poll NODE until the item's page is 200 and search finds it
  seed URL PASSWORD OUT              publications with attachments, applications (API and form, with files)
  verify URL PASSWORD MANIFEST       the same on another cluster (after a restore)
  items URL PASSWORD N               N published items through the import API, spread over ten organs
  cpu DIR SECONDS                   where the CPU went meanwhile: the cluster's nodes, its PostgreSQL,
                                    its nginx, wrk, and everything else on the machine
"""
import hashlib
import http.cookiejar
import json
import os
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from datetime import datetime, timedelta, timezone

CHINA = timezone(timedelta(hours=8))
TOKEN_FIELD = re.compile(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"|'
                         r'type="hidden" name="__RequestVerificationToken" value="([^"]+)"|'
                         r'name="__RequestVerificationToken"[^>]*value="([^"]+)"')


def log(*args):
    print(*args, file=sys.stderr, flush=True)


class Client:
    """One HTTP client: a cookie jar (anti-forgery and sign-in cookies) and, optionally, a bearer token."""

    def __init__(self, base, token=None):
        self.base = base.rstrip("/")
        self.token = token
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())

    def request(self, method, path, body=None, content_type=None, accept_error=False):
        data = body
        if isinstance(body, (dict, list)):
            data, content_type = json.dumps(body).encode(), "application/json"
        req = urllib.request.Request(self.base + path, method=method, data=data)
        if content_type:
            req.add_header("Content-Type", content_type)
        if self.token:
            req.add_header("Authorization", "Bearer " + self.token)
        try:
            with self.opener.open(req, timeout=60) as r:
                return r.status, r.read(), dict(r.headers)
        except urllib.error.HTTPError as e:
            payload = e.read()
            if accept_error or e.code in (301, 302, 303):
                return e.code, payload, dict(e.headers)
            raise SystemExit(f"{method} {path}: {e.code} {payload[:600].decode('utf-8', 'replace')}")

    def json(self, method, path, body=None):
        status, payload, _ = self.request(method, path, body)
        return json.loads(payload or b"null")

    def form_token(self, path):
        _, html, _ = self.request("GET", path)
        m = TOKEN_FIELD.search(html.decode())
        if not m:
            raise SystemExit(f"no anti-forgery token on {path}")
        return next(g for g in m.groups() if g).replace("&#x2B;", "+").replace("&amp;", "&")

    def post_form(self, path, fields, files=(), page=None):
        """A form post as a browser sends it: multipart, with the page's anti-forgery token."""
        fields = dict(fields)
        fields["__RequestVerificationToken"] = self.form_token(page or path.split("?")[0])
        boundary = uuid.uuid4().hex
        parts = []
        for k, v in fields.items():
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode())
        for name, filename, content in files:
            quoted = urllib.parse.quote(filename)
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="upload"; '
                         f"filename*=UTF-8''{quoted}\r\nContent-Type: application/octet-stream\r\n\r\n".encode() + content + b"\r\n")
        parts.append(f"--{boundary}--\r\n".encode())
        return self.request("POST", path, b"".join(parts), "multipart/form-data; boundary=" + boundary, accept_error=True)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def token_client(base, user, password):
    token = Client(base).json("POST", "/api/v1/auth/token", {"userName": user, "password": password})["token"]
    return Client(base, token)


def cookie_client(base, user, password):
    c = Client(base)
    status, body, headers = c.post_form("/account/login", {"UserName": user, "Password": password})
    if status not in (302, 303):
        raise SystemExit(f"sign-in of {user} failed: {status} {body[:300].decode('utf-8', 'replace')}")
    return c


def organ_id(base, short_name):
    organs = Client(base).json("GET", "/api/v1/organizations")
    return next(o["id"] for o in organs if o["shortName"] == short_name)


def marker():
    alphabet = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳"
    return "".join(alphabet[int(c, 16)] for c in uuid.uuid4().hex[:8])


def id_number(first17):
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return first17 + "10X98765432"[sum(int(d) * w for d, w in zip(first17, weights)) % 11]


def pdf(text):
    """A small, valid PDF whose bytes differ per call (the text)."""
    body = f"BT /F1 12 Tf 50 780 Td ({text}) Tj ET".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = b"%PDF-1.4\n", []
    for i, o in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


def one_stage(base, password, organ):
    """The demo organ's items pass one review stage: the demo has one reviewer (the admin may not
    approve what it wrote, and three stages need three different reviewers)."""
    admin = cookie_client(base, "admin", password)
    status, body, _ = admin.post_form(f"/admin/publications/settings/{organ}", {"Stages": "1"})
    if status not in (302, 303):
        raise SystemExit(f"setting one review stage failed: {status} {body[:300].decode('utf-8', 'replace')}")


def draft(organ, title, body, scheduled_for=None):
    row = {"organizationId": organ, "column": "item-1", "title": title, "documentNumber": "江津财发〔2026〕8号",
           "validity": "有效", "signedOn": "2026-11-18", "formedOn": "2026-11-20", "bodyHtml": body}
    if scheduled_for:
        row["scheduledFor"] = scheduled_for
    return row


def approve_body():
    return {"comment": "同意", "proofread": True, "confidentialityReview": "passed"}


def schedule(base, password, seconds):
    organ = organ_id(base, "区财政局")
    one_stage(base, password, organ)
    editor = token_client(base, "demo-editor", password)
    reviewer = token_client(base, "demo-reviewer", password)
    m = marker()
    at = (datetime.now(CHINA) + timedelta(seconds=seconds)).replace(microsecond=0)
    created = editor.json("POST", "/api/v1/publications",
                          draft(organ, f"关于{m}的定时发布通知", f"<p>{m}正文</p>", at.strftime("%Y-%m-%dT%H:%M:%S")))
    pid = created["id"]
    editor.json("POST", f"/api/v1/publications/{pid}/submit")
    result = reviewer.json("POST", f"/api/v1/publications/{pid}/approve", approve_body())
    staff = editor.json("GET", f"/api/v1/publications/{pid}")
    print(json.dumps({"id": pid, "organ": organ, "marker": m, "status": staff["status"], "approved": result.get("status"),
                      "scheduledFor": staff.get("scheduledFor"), "at": at.timestamp()}, ensure_ascii=False))


def wait_public(node, organ, pid, m, at, limit):
    """Polls the page and the search API of NODE every 0.5 s until both show the item."""
    c = Client(node)
    q = urllib.parse.urlencode({"q": m})
    page = search = None
    early_page = early_search = False
    while time.time() < at + limit:
        now = time.time()
        if page is None:
            status, _, _ = c.request("GET", f"/xxgk/{organ}/item/{pid}", accept_error=True)
            if status == 200:
                page = now - at
                early_page = now < at
        if search is None:
            status, body, _ = c.request("GET", f"/api/v1/search?{q}", accept_error=True)
            if status == 200 and any(h["id"] == pid for h in json.loads(body)["items"]):
                search = now - at
                early_search = now < at
        if page is not None and search is not None:
            break
        time.sleep(0.5)
    rounded = lambda v: None if v is None else round(v, 1)
    print(json.dumps({"pageAfter": rounded(page), "searchAfter": rounded(search), "pageEarly": early_page, "searchEarly": early_search}))


def seed(base, password, out):
    organ = organ_id(base, "区财政局")
    one_stage(base, password, organ)
    editor_token = token_client(base, "demo-editor", password)
    editor_cookie = cookie_client(base, "demo-editor", password)
    reviewer = token_client(base, "demo-reviewer", password)
    anonymous = Client(base)
    items = []
    for i in range(5):
        m = marker()
        pid = editor_token.json("POST", "/api/v1/publications", draft(organ, f"关于{m}的备份测试通知", f"<p>{m}正文</p>"))["id"]
        for j in range(2):
            status, body, _ = editor_cookie.post_form(f"/admin/publications/{pid}?handler=Upload", {},
                                                      [("Upload", f"附件{i}-{j}.pdf", pdf(f"backup {m} {j} " + "x" * (j * 5000)))],
                                                      page=f"/admin/publications/{pid}")
            if status not in (302, 303):
                raise SystemExit(f"upload to item {pid} failed: {status} {body[:300].decode('utf-8', 'replace')}")
        editor_token.json("POST", f"/api/v1/publications/{pid}/submit")
        reviewer.json("POST", f"/api/v1/publications/{pid}/approve", approve_body())
        _, html, _ = anonymous.request("GET", f"/xxgk/{organ}/item/{pid}")
        files = sorted(set(re.findall(rf"/xxgk/{organ}/item/{pid}/files/(\d+)", html.decode())))
        hashes = {}
        for f in files:
            _, content, _ = anonymous.request("GET", f"/xxgk/{organ}/item/{pid}/files/{f}")
            hashes[f] = hashlib.sha256(content).hexdigest()
        items.append({"id": pid, "organ": organ, "marker": m, "files": hashes})
        log(f"item {pid}: {len(hashes)} attachments")

    applications = []
    for i in range(3):
        person = {"name": f"张{marker()[:2]}", "idNumber": id_number(f"50011619900307{100 + i}"), "phone": f"1390000{2220 + i}"}
        answer = anonymous.json("POST", "/api/v1/applications", {
            "organization": str(organ), "applicantType": "naturalPerson", "applicantName": person["name"],
            "idNumber": person["idNumber"], "phone": person["phone"], "description": f"请公开备份测试文件{i}。",
            "formWanted": "electronic", "delivery": "email", "email": f"backup{i}@example.com",
            "formToken": uuid.uuid4().hex})
        applications.append({"id": answer["id"], **person})
    uploads = []
    for i in range(2):
        content = pdf(f"applicant identity proof {marker()} " + "y" * (i * 20000))
        status, body, _ = anonymous.post_form("/yisqgk/apply", {
            "Input.Organization": str(organ), "Input.ApplicantType": "naturalPerson", "Input.ApplicantName": "王五",
            "Input.IdNumber": id_number("50011619900307123"), "Input.Phone": "13900002222",
            "Input.Description": f"请公开备份测试附件{i}。", "Input.FormWanted": "electronic", "Input.Delivery": "email",
            "Input.Email": "wangwu@example.com", "Input.FormToken": uuid.uuid4().hex}, [("Files", f"身份证{i}.pdf", content)])
        code = re.search(r'id="tracking-code"[^>]*>([^<]+)<', body.decode())
        if status != 200 or not code:
            raise SystemExit(f"application with a file was refused: {status} {body[:400].decode('utf-8', 'replace')}")
        uploads.append({"trackingCode": code.group(1).strip(), "sha256": hashlib.sha256(content).hexdigest()})
    # A staff sign-in cookie of this cluster: the fresh one must accept it, which it does only if the
    # data-protection key ring (in the database) came with the backup.
    staff = cookie_client(base, "admin", password)
    cookie = "; ".join(f"{c.name}={c.value}" for c in staff.jar)
    manifest = {"organ": organ, "items": items, "applications": applications, "uploads": uploads, "cookie": cookie}
    with open(out, "w") as f:
        json.dump(manifest, f, ensure_ascii=False)
    print(json.dumps({"items": len(items), "attachments": sum(len(i["files"]) for i in items),
                      "applications": len(applications), "applicationFiles": len(uploads)}))


def verify(base, password, manifest_path, application_files):
    """application_files: JSON {trackingCode: [applicationId, attachmentId]} read from the database."""
    manifest = json.load(open(manifest_path))
    anonymous = Client(base)
    admin = token_client(base, "admin", password)
    admin_cookie = cookie_client(base, "admin", password)
    result = {}
    same = 0
    for item in manifest["items"]:
        ok = True
        for f, digest in item["files"].items():
            status, content, _ = anonymous.request("GET", f"/xxgk/{item['organ']}/item/{item['id']}/files/{f}", accept_error=True)
            ok = ok and status == 200 and hashlib.sha256(content).hexdigest() == digest
        same += ok
    result["attachmentsIdentical"] = f"{same}/{len(manifest['items'])}"
    found = 0
    for item in manifest["items"]:
        hits = anonymous.json("GET", "/api/v1/search?" + urllib.parse.urlencode({"q": item["marker"]}))["items"]
        found += any(h["id"] == item["id"] for h in hits)
    result["foundBySearch"] = f"{found}/{len(manifest['items'])}"
    readable = 0
    for a in manifest["applications"]:
        view = admin.json("GET", f"/api/v1/applications/{a['id']}")
        text = json.dumps(view, ensure_ascii=False)
        readable += a["name"] in text and a["idNumber"] in text and a["phone"] in text
    result["applicationsDecrypted"] = f"{readable}/{len(manifest['applications'])}"
    files = 0
    for u in manifest["uploads"]:
        app_id, file_id = application_files[u["trackingCode"]]
        status, content, _ = admin_cookie.request("GET", f"/admin/applications/{app_id}/attachments/{file_id}", accept_error=True)
        files += status == 200 and hashlib.sha256(content).hexdigest() == u["sha256"]
    result["applicationFilesIdentical"] = f"{files}/{len(manifest['uploads'])}"
    status, body, _ = admin_cookie.post_form("/admin/audit/verify", {})
    m = re.search(r'class="message (ok|error)" role="status" id="verify-result">([^<]*)<', body.decode())
    result["auditChain"] = m.group(1) if m else f"no result ({status})"
    old = Client(base)
    req = urllib.request.Request(old.base + "/admin/audit", headers={"Cookie": manifest["cookie"]})
    try:
        with old.opener.open(req, timeout=60) as r:
            result["oldCookieAccepted"] = r.status == 200
    except urllib.error.HTTPError as e:
        result["oldCookieAccepted"] = False
        result["oldCookieStatus"] = e.code
    result["auditMessage"] = m.group(2) if m else ""
    # New rows after the restore: the sequences must have come along, or these collide with restored ids.
    organ = manifest["organ"]
    editor = token_client(base, "demo-editor", password)
    reviewer = token_client(base, "demo-reviewer", password)
    pid = editor.json("POST", "/api/v1/publications", draft(organ, f"关于{marker()}的恢复后通知", "<p>恢复后正文</p>"))["id"]
    editor.json("POST", f"/api/v1/publications/{pid}/submit")
    reviewer.json("POST", f"/api/v1/publications/{pid}/approve", approve_body())
    status, _, _ = anonymous.request("GET", f"/xxgk/{organ}/item/{pid}", accept_error=True)
    result["newItemAfterRestore"] = {"id": pid, "status": status}
    print(json.dumps(result, ensure_ascii=False))


def items(base, password, n):
    admin = token_client(base, "admin", password)
    organs = [o["id"] for o in Client(base).json("GET", "/api/v1/organizations") if o["isActive"]][:10]
    made = 0
    batch = 200
    while made < n:
        rows = []
        for i in range(min(batch, n - made)):
            m = marker()
            rows.append({"organization": organs[(made + i) % len(organs)], "category": 7, "title": f"关于{m}的压测通知",
                         "bodyHtml": "<p>" + f"{m}正文。" * 40 + "</p>", "documentNumber": "江津财发〔2019〕8号",
                         "signedOn": "2019-03-01", "publishedOn": "2019-03-05"})
        report = admin.json("POST", "/api/v1/publications/import", rows)
        if report.get("imported") != len(rows):
            raise SystemExit("import failed: " + json.dumps(report, ensure_ascii=False)[:600])
        made += len(rows)
        log(f"imported {made}/{n}")
    print(json.dumps({"imported": made}))


def cpu(cluster_dir, seconds):
    """CPU seconds per group over SECONDS, from /proc: the nodes (their pid files), this cluster's
    PostgreSQL (the postmaster and its children), its nginx (master and workers), wrk, and the rest."""
    def children(parent):
        out = []
        for d in os.listdir("/proc"):
            if d.isdigit():
                try:
                    if int(open(f"/proc/{d}/stat").read().rsplit(")", 1)[1].split()[1]) == parent:
                        out.append(int(d))
                except (OSError, IndexError, ValueError):
                    pass
        return out

    def groups():
        g = {}
        for name in os.listdir(cluster_dir):
            if re.fullmatch(r"node\d+\.pid", name):
                g[int(open(os.path.join(cluster_dir, name)).read())] = "nodes"
        try:
            postmaster = int(open(os.path.join(cluster_dir, "pg", "postmaster.pid")).readline())
            g[postmaster] = "postgres"
            g.update({c: "postgres" for c in children(postmaster)})
        except OSError:
            pass
        try:
            master = int(open(os.path.join(cluster_dir, "nginx.pid")).read())
            g[master] = "nginx"
            g.update({c: "nginx" for c in children(master)})
        except OSError:
            pass
        for d in os.listdir("/proc"):
            if d.isdigit():
                try:
                    if open(f"/proc/{d}/comm").read().strip() == "wrk":
                        g[int(d)] = "wrk"
                except OSError:
                    pass
        return g

    def ticks():
        per = {}
        for pid, group in groups().items():
            try:
                f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
                per[pid] = (group, int(f[11]) + int(f[12]))
            except (OSError, IndexError):
                pass
        total = open("/proc/stat").readline().split()[1:]
        busy = sum(int(x) for x in total) - int(total[3]) - int(total[4])
        return per, busy

    hz = os.sysconf("SC_CLK_TCK")
    cores = os.cpu_count() or 1
    before, busy0 = ticks()
    load = os.getloadavg()[0]
    time.sleep(seconds)
    after, busy1 = ticks()
    used = {}
    for pid, (group, t) in after.items():
        if pid in before:
            used[group] = used.get(group, 0) + t - before[pid][1]
    machine = busy1 - busy0
    used["other"] = max(0, machine - sum(used.values()))
    # Percent of the whole machine (all cores = 100 %).
    share = {k: round(100 * v / hz / seconds / cores, 1) for k, v in used.items()}
    share["machineBusy"] = round(100 * machine / hz / seconds / cores, 1)
    share["load1"] = round(load, 2)
    print(json.dumps(share))


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "schedule":
        schedule(args[0], args[1], int(args[2]))
    elif cmd == "wait-public":
        wait_public(args[0], int(args[1]), int(args[2]), args[3], float(args[4]), float(args[5]))
    elif cmd == "seed":
        seed(args[0], args[1], args[2])
    elif cmd == "verify":
        verify(args[0], args[1], args[2], json.loads(args[3]))
    elif cmd == "items":
        items(args[0], args[1], int(args[2]))
    elif cmd == "cpu":
        cpu(args[0], float(args[1]))
    else:
        sys.exit(__doc__)
