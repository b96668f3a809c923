#!/usr/bin/env bash
# A Gongkai cluster on this machine, on loopback only: a PostgreSQL server in a temporary directory,
# N stateless nodes of the app (default 2, published once in Release) on their own ports and data
# directories, and nginx in front of them.
#
#   scripts/cluster.sh up [nodes]   start everything, print ONE JSON line and return
#   scripts/cluster.sh down         stop everything `up` started and remove the directory
#   scripts/cluster.sh status       the JSON line of the running cluster
#   scripts/cluster.sh leases       which node holds which periodic job's lease (pg_locks)
#   scripts/cluster.sh kill-node N  kill -9 node N (1-based), as a crash would; nginx and the watcher route around it
#   scripts/cluster.sh start-node N start node N again on its port and wait until its /healthz answers 200
#   scripts/cluster.sh restart-node N   kill-node N, then start-node N
#   scripts/cluster.sh restart-postgres a fast restart of the cluster's PostgreSQL (pg_ctl -m fast restart:
#                                   open sessions are ended, transactions in flight rolled back)
#
# The JSON line: {"url": nginx, "nodes": [...], "postgres": "Host=...", "admin": {"userName", "password"}}
# (Trial security profile: one admin holding every role, no second factor; never for production).
#
# Needs: Debian's PostgreSQL 15 (/usr/lib/postgresql/15/bin), nginx (apt-get install nginx), curl, jq.
# Run as root, PostgreSQL runs as the `postgres` user (initdb refuses root) and nginx's workers as
# `www-data`. Settings (environment):
#   GONGKAI_CLUSTER_DIR   where everything lives (default ${TMPDIR:-/tmp}/gongkai-cluster)
#   GONGKAI_CLUSTER_APP   where the published app is kept between runs (default ${TMPDIR:-/tmp}/gongkai-cluster-app);
#                         it is published again when the source under src/ changed. Two clusters of
#                         different checkouts on one machine need different directories.
#   GONGKAI_CLUSTER_RESTORE  an archive of scripts/backup.sh: `up` restores it (scripts/restore.sh) into
#                         the new, empty database and the first node's data directory before any node
#                         starts, and gives every node the archive's keys. The admin password is then
#                         the archive's: give it as GONGKAI_CLUSTER_ADMIN_PASSWORD for the JSON line.
#   GONGKAI_CLUSTER_ADMIN_PASSWORD  the admin's password (default: generated)
#   GONGKAI_CLUSTER_DEMO=1   start with the demo data and accounts (demo-editor, demo-reviewer, …;
#                         their password is the admin's)
#   Gongkai__…            any app setting in the environment of `up` and `start-node` reaches the nodes
#                         (e.g. Gongkai__Security__PublicWritesPerMinutePerClient for a load test); the
#                         settings cluster.sh sets itself (below in start_node) take precedence.
#
# Every node keeps files in the database (Gongkai:Files:Store=Database), so a file uploaded through one
# node is served by the others, and has the same key files (audit chain, personal data) in its data
# directory's keys/, so that `scripts/backup.sh --data $GONGKAI_CLUSTER_DIR/node1 --postgres …` holds
# everything a fresh cluster needs. Ports are free ones picked at `up`, so several clusters (each with
# its own GONGKAI_CLUSTER_DIR) can run side by side.
#
# nginx checks nodes passively (max_fails/fail_timeout, and a connection error or 502/503/504 sends the
# request to the next node); besides, a watcher polls every node's /healthz each second and takes a
# node that answers anything but 200 (database unreachable, search index behind the change feed) out
# of the upstream until it is ready again. Logs: $GONGKAI_CLUSTER_DIR/{node1.log,...,nginx-*.log,pg.log}.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${GONGKAI_CLUSTER_DIR:-${TMPDIR:-/tmp}/gongkai-cluster}
app=${GONGKAI_CLUSTER_APP:-${TMPDIR:-/tmp}/gongkai-cluster-app}
pgbin=/usr/lib/postgresql/15/bin

die() { echo "cluster.sh: $*" >&2; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
secret() { head -c "$1" /dev/urandom | base64 -w0; }
password() { head -c 18 /dev/urandom | base64 -w0 | tr '+/' 'xy'; }
# PostgreSQL refuses to run as root: then as the postgres user.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
wait_healthy() { # url seconds
  for _ in $(seq 1 "$2"); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$1/healthz")" = 200 ] && return 0
    sleep 1
  done
  return 1
}

# The upstream block from the node list and the set of nodes to leave out (their /healthz failed).
write_upstream() { # "port port ..." "downport downport ..."
  {
    echo "upstream gongkai {"
    for p in $1; do
      if [[ " $2 " == *" $p "* ]]; then echo "  server 127.0.0.1:$p down;"; else echo "  server 127.0.0.1:$p max_fails=1 fail_timeout=5s;"; fi
    done
    echo "  keepalive 64;"
    echo "}"
  } > "$dir/upstream.conf.new"
  mv "$dir/upstream.conf.new" "$dir/upstream.conf"
}

watch_health() {
  local ports down last=""
  ports=$(cat "$dir/node-ports")
  while [ -f "$dir/state.json" ]; do
    down=""
    for p in $ports; do
      code=$(curl -s -m 2 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$p/healthz" || true)
      [ "$code" = 200 ] || down="$down $p"
    done
    # Never leave nginx without any node: then passive checks decide alone.
    [ "$(echo "$down" | wc -w)" -ge "$(echo "$ports" | wc -w)" ] && down=""
    if [ "$down" != "$last" ]; then
      write_upstream "$ports" "$down"
      nginx -c "$dir/nginx.conf" -s reload 2>>"$dir/nginx-error.log" || true
      echo "$(date -u +%FT%TZ) out of rotation:${down:- none}" >> "$dir/watch.log"
      last=$down
    fi
    sleep 1
  done
}

publish_app() {
  local stamp
  # The committed tree of src/ plus any uncommitted change under it: commits elsewhere do not republish.
  stamp="$(git -C "$root" rev-parse HEAD:src 2>/dev/null || echo none) $( { git -C "$root" diff HEAD -- src; git -C "$root" status --porcelain -- src; } 2>/dev/null | sha1sum | cut -c1-12)"
  if [ -f "$app/Gongkai.Web.dll" ] && [ "$(cat "$app/.stamp" 2>/dev/null)" = "$stamp" ]; then return 0; fi
  echo "cluster.sh: publishing the app (Release) to $app" >&2
  rm -rf "$app"
  dotnet publish "$root/src/Gongkai.Web" -c Release -o "$app" -v q -nologo >&2
  echo "$stamp" > "$app/.stamp"
}

start_node() { # index port
  local n=$1 port=$2
  mkdir -p "$dir/node$n/keys"
  # The same keys on every node, as files (not settings) so that a backup of a node's data directory holds them.
  cp -p "$dir/keys/"* "$dir/node$n/keys/"
  (
    cd "$app"
    export ASPNETCORE_ENVIRONMENT=Production
    export Urls="http://127.0.0.1:$port"
    export Gongkai__DataDirectory="$dir/node$n"
    export Gongkai__Database__Provider=Postgres
    export ConnectionStrings__Gongkai="$(jq -r .postgres "$dir/secrets.json");Maximum Pool Size=40"
    export Gongkai__Security__Profile=Trial
    export Gongkai__AdminPassword="$(jq -r .admin "$dir/secrets.json")"
    export Gongkai__Files__Store=Database
    if [ "${GONGKAI_CLUSTER_DEMO:-}" = 1 ]; then
      export Gongkai__Demo=true Gongkai__DemoPassword="$(jq -r .admin "$dir/secrets.json")"
    fi
    export Gongkai__Network__KnownProxies__0=127.0.0.1
    export Logging__Console__FormatterName=simple Logging__Console__FormatterOptions__IncludeScopes=true
    # Appended: a restarted node's log follows the log of the process it replaces.
    exec setsid dotnet Gongkai.Web.dll >>"$dir/node$n.log" 2>&1 < /dev/null
  ) &
  echo $! > "$dir/node$n.pid"
}

up() {
  local nodes=${1:-2}
  [[ "$nodes" =~ ^[1-9][0-9]*$ ]] || die "nodes must be a positive number"
  [ -f "$dir/state.json" ] && die "already up ($dir); run: scripts/cluster.sh down"
  [ -z "${GONGKAI_CLUSTER_RESTORE:-}" ] || [ -f "$GONGKAI_CLUSTER_RESTORE" ] || die "archive $GONGKAI_CLUSTER_RESTORE not found"
  [ -x "$pgbin/initdb" ] || die "PostgreSQL 15 is missing: apt-get install postgresql-15"
  command -v nginx >/dev/null || die "nginx is missing: apt-get install nginx"
  command -v jq >/dev/null || die "jq is missing: apt-get install jq"
  publish_app

  rm -rf "$dir"
  mkdir -p "$dir/pg" "$dir/nginx-tmp"
  chmod 755 "$dir"
  local pgport nginxport pgpass apppass adminpass
  pgport=$(free_port); nginxport=$(free_port)
  pgpass=$(password); apppass=$(password); adminpass=${GONGKAI_CLUSTER_ADMIN_PASSWORD:-"Gk-$(password)"}

  # PostgreSQL: its own cluster, listening on loopback only (TCP and a socket in its directory).
  [ "$(id -u)" = 0 ] && chown postgres "$dir/pg"
  chmod 700 "$dir/pg"
  echo "$pgpass" > "$dir/pgpass"; chmod 600 "$dir/pgpass"; [ "$(id -u)" = 0 ] && chown postgres "$dir/pgpass"
  as_pg "$pgbin/initdb" -D "$dir/pg" -U postgres --auth=scram-sha-256 --pwfile="$dir/pgpass" -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
  as_pg "$pgbin/pg_ctl" -D "$dir/pg" -l "$dir/pg/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $pgport -k $dir/pg -c max_connections=300" start >/dev/null \
    || { cat "$dir/pg/server.log" >&2; die "PostgreSQL did not start"; }
  PGPASSWORD=$pgpass psql -h 127.0.0.1 -p "$pgport" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE gongkai LOGIN PASSWORD '$apppass'" -c "CREATE DATABASE gongkai OWNER gongkai" >/dev/null
  local pgconn="Host=127.0.0.1;Port=$pgport;Database=gongkai;Username=gongkai;Password=$apppass"

  jq -n --arg postgres "$pgconn" --arg admin "$adminpass" '{postgres: $postgres, admin: $admin}' > "$dir/secrets.json"
  chmod 600 "$dir/secrets.json"

  # The keys outside the database must be the same on every node (audit chain, personal data): the
  # archive's when restoring, new ones otherwise, in the files the app reads (base64, owner-only).
  mkdir -p "$dir/keys"
  if [ -n "${GONGKAI_CLUSTER_RESTORE:-}" ]; then
    PGPASSWORD=$apppass "$root/scripts/restore.sh" "$GONGKAI_CLUSTER_RESTORE" --data "$dir/node1" \
      --postgres "host=127.0.0.1 port=$pgport dbname=gongkai user=gongkai" >&2 || die "restore of $GONGKAI_CLUSTER_RESTORE failed"
    cp -p "$dir/node1/keys/"*.key "$dir/keys/" 2>/dev/null || die "the archive holds no keys"
  else
    secret 32 > "$dir/keys/audit-chain.key"
    secret 64 > "$dir/keys/applicant-pi.key"
  fi
  chmod 700 "$dir/keys"; chmod 600 "$dir/keys/"*

  # The first node migrates and seeds; the others start once it is ready.
  local ports="" p
  for n in $(seq 1 "$nodes"); do p=$(free_port); ports="$ports $p"; done
  ports=${ports# }
  echo "$ports" > "$dir/node-ports"
  set -- $ports
  start_node 1 "$1"
  wait_healthy "http://127.0.0.1:$1" 180 || { tail -50 "$dir/node1.log" >&2; die "node 1 did not become healthy"; }
  local n=1
  for p in "${@:2}"; do n=$((n + 1)); start_node "$n" "$p"; done
  n=1
  for p in "${@:2}"; do
    n=$((n + 1))
    wait_healthy "http://127.0.0.1:$p" 180 || { tail -50 "$dir/node$n.log" >&2; die "node $n did not become healthy"; }
  done

  # nginx: its own configuration, pid and temp files here; as root its workers run as www-data.
  local user=""
  if [ "$(id -u)" = 0 ]; then user="user www-data;"; chown www-data "$dir/nginx-tmp"; fi
  write_upstream "$ports" ""
  cat > "$dir/nginx.conf" <<EOF
$user
worker_processes 2;
pid $dir/nginx.pid;
error_log $dir/nginx-error.log warn;
events { worker_connections 4096; }
http {
  log_format withid '\$remote_addr [\$time_iso8601] "\$request" \$status \$body_bytes_sent \$request_time upstream=\$upstream_addr id=\$request_id';
  access_log $dir/nginx-access.log withid buffer=64k flush=1s;
  client_body_temp_path $dir/nginx-tmp/body;
  proxy_temp_path $dir/nginx-tmp/proxy;
  fastcgi_temp_path $dir/nginx-tmp/fastcgi;
  uwsgi_temp_path $dir/nginx-tmp/uwsgi;
  scgi_temp_path $dir/nginx-tmp/scgi;
  client_max_body_size 100m;
  include $dir/upstream.conf;
  server {
    listen 127.0.0.1:$nginxport;
    location / {
      proxy_pass http://gongkai;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_set_header X-Request-ID \$request_id;
      proxy_connect_timeout 2s;
      proxy_next_upstream error timeout http_502 http_503 http_504;
      proxy_next_upstream_tries 3;
    }
  }
}
EOF
  nginx -c "$dir/nginx.conf" || die "nginx did not start (see $dir/nginx-error.log)"

  local url="http://127.0.0.1:$nginxport"
  wait_healthy "$url" 30 || die "nginx does not reach the nodes"
  jq -cn --arg url "$url" --arg ports "$ports" --arg pg "$pgconn" --arg admin "$adminpass" \
    '{url: $url, nodes: ($ports | split(" ") | map("http://127.0.0.1:" + .)), postgres: $pg, admin: {userName: "admin", password: $admin}}' > "$dir/state.json"
  # The health watcher, detached; it ends when state.json is gone (down).
  setsid "$0" _watch </dev/null >/dev/null 2>&1 &
  echo $! > "$dir/watch.pid"
  cat "$dir/state.json"
}

# Which node holds which job lease: the session-level advisory locks of the class JobLeases uses
# ("GkJb"), by the process id in the holding session's application name.
leases() {
  [ -f "$dir/state.json" ] || die "not up"
  local conn
  conn=$(jq -r .postgres "$dir/secrets.json")
  declare -A node_of=()
  for f in "$dir"/node*.pid; do node_of[$(cat "$f")]=$(basename "$f" .pid); done
  PGPASSWORD=$(sed 's/.*Password=\([^;]*\).*/\1/' <<<"$conn") psql -h 127.0.0.1 -p "$(sed 's/.*Port=\([0-9]*\).*/\1/' <<<"$conn")" \
    -U gongkai -d gongkai -Atc "SELECT l.objid, a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2 AND l.classid = $((0x476B4A62))" |
  while IFS='|' read -r key app; do
    local pid; pid=$(sed -n 's/.* pid \([0-9]*\).*/\1/p' <<<"$app")
    jq -cn --arg key "$key" --arg pid "$pid" --arg node "${node_of[$pid]:-unknown}" '{lockKey: ($key | tonumber), pid: ($pid | tonumber), node: $node}'
  done
}

stop_pid() { # pidfile
  [ -f "$1" ] || return 0
  local pid; pid=$(cat "$1")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$1"
}

down() {
  [ -d "$dir" ] || { echo "cluster.sh: nothing is up ($dir)" >&2; return 0; }
  rm -f "$dir/state.json"
  stop_pid "$dir/watch.pid"
  [ -f "$dir/nginx.pid" ] && { nginx -c "$dir/nginx.conf" -s quit 2>/dev/null || stop_pid "$dir/nginx.pid"; }
  for f in "$dir"/node*.pid; do [ -e "$f" ] && stop_pid "$f"; done
  [ -f "$dir/pg/postmaster.pid" ] && as_pg "$pgbin/pg_ctl" -D "$dir/pg" -m fast -w stop >/dev/null 2>&1 || true
  for _ in $(seq 1 20); do [ -f "$dir/nginx.pid" ] || break; sleep 0.25; done
  rm -rf "$dir"
  echo "cluster.sh: down" >&2
}

node_port() { # index
  [ -f "$dir/state.json" ] || die "not up ($dir)"
  [[ "$1" =~ ^[1-9][0-9]*$ ]] || die "node must be a number from 1"
  local p; p=$(cut -d' ' -f"$1" "$dir/node-ports")
  [ -n "$p" ] || die "no node $1"
  echo "$p"
}

kill_node() { # index
  node_port "$1" >/dev/null
  local f="$dir/node$1.pid"
  [ -f "$f" ] || die "node $1 is not running"
  local pid; pid=$(cat "$f")
  kill -9 "$pid" 2>/dev/null || true
  for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
  rm -f "$f"
  echo "cluster.sh: node $1 (pid $pid) killed" >&2
}

start_node_again() { # index
  local port; port=$(node_port "$1")
  [ -f "$dir/node$1.pid" ] && kill -0 "$(cat "$dir/node$1.pid")" 2>/dev/null && die "node $1 is running"
  start_node "$1" "$port"
  wait_healthy "http://127.0.0.1:$port" 180 || { tail -50 "$dir/node$1.log" >&2; die "node $1 did not become healthy"; }
  echo "cluster.sh: node $1 is ready again on port $port" >&2
}

restart_postgres() {
  [ -f "$dir/state.json" ] || die "not up ($dir)"
  as_pg "$pgbin/pg_ctl" -D "$dir/pg" -l "$dir/pg/server.log" -m fast -w -t 60 restart >/dev/null \
    || { tail -20 "$dir/pg/server.log" >&2; die "PostgreSQL did not restart"; }
  echo "cluster.sh: PostgreSQL restarted (fast)" >&2
}

case "${1:-}" in
  up) shift; up "$@" ;;
  down) down ;;
  status) [ -f "$dir/state.json" ] && cat "$dir/state.json" || die "not up" ;;
  leases) leases ;;
  kill-node) kill_node "${2:-}" ;;
  start-node) start_node_again "${2:-}" ;;
  restart-node) kill_node "${2:-}"; start_node_again "${2:-}" ;;
  restart-postgres) restart_postgres ;;
  _watch) watch_health ;;
  *) echo "usage: scripts/cluster.sh up [nodes] | down | status | leases | kill-node N | start-node N | restart-node N | restart-postgres" >&2; exit 2 ;;
esac
