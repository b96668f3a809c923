#!/usr/bin/env bash
# Backs up one Gongkai installation into a single .tar.gz, and restores such an archive.
#
# What a backup holds (docs/deployment.md#backup-and-restore):
#   database.dump    PostgreSQL: pg_dump custom format of the whole database (publications,
#                    applications, audit log, ASP.NET Core data-protection keys, and the files when
#                    Gongkai:Files:Store=Database)
#   gongkai.db       SQLite instead: an online copy made with sqlite3's .backup
#   keys/            the data directory's keys: audit-chain.key (HMAC of the audit chain) and
#                    applicant-pi.key (the personal-data key). Without them a restored database
#                    cannot decrypt applicants' data and its audit chain does not verify.
#   files/           the local file store (Gongkai:Files:Store=Local), when it has files
#   MANIFEST, SHA256SUMS
# The archive therefore contains keys: keep it as secret as the keys themselves.
#
# Usage:
#   scripts/backup.sh [--data DIR] [--postgres CONNINFO] [--out FILE]
#   scripts/backup.sh restore ARCHIVE [--data DIR] [--postgres CONNINFO]     (the same as scripts/restore.sh)
#
#   --data DIR           the data directory (Gongkai:DataDirectory); default: data
#   --postgres CONNINFO  the database, as libpq takes it: "host=… port=… dbname=… user=…" or
#                        postgresql://user@host/db; a password comes from PGPASSWORD or ~/.pgpass.
#                        Without it the SQLite database DIR/gongkai.db is backed up.
#   --out FILE           default: gongkai-backup-YYYYmmddTHHMMSSZ.tar.gz in the current directory
#
# Restore goes onto a fresh installation only: an empty PostgreSQL database (no tables in public)
# or a data directory without gongkai.db, and it refuses to replace key files that differ.
set -euo pipefail

die() { echo "backup.sh: $*" >&2; exit 1; }
say() { echo "[backup] $*"; }

mode=backup
if [ "${1:-}" = restore ]; then mode=restore; shift; archive="${1:-}"; [ -n "$archive" ] || die "restore needs an archive"; shift; fi
data=data postgres="" out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --data) data="$2"; shift 2 ;;
    --postgres) postgres="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
done

for var in Gongkai__Audit__Key Gongkai__Applications__Key; do
  if [ -n "${!var:-}" ]; then
    say "WARNING: $var is set in this environment; a key given as a setting is not a file and is NOT in the archive. Keep it with the backup yourself."
  fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

backup() {
  [ -d "$data" ] || die "data directory $data does not exist"
  local stage="$work/gongkai-backup" provider
  mkdir -p "$stage"
  if [ -n "$postgres" ]; then
    provider=Postgres
    command -v pg_dump >/dev/null || die "pg_dump is missing (apt-get install postgresql-client)"
    say "pg_dump …"
    pg_dump --format=custom --no-owner --no-privileges --dbname="$postgres" --file="$stage/database.dump"
  else
    provider=Sqlite
    [ -f "$data/gongkai.db" ] || die "$data/gongkai.db not found; give --postgres CONNINFO for a PostgreSQL installation"
    command -v sqlite3 >/dev/null || die "sqlite3 is missing (apt-get install sqlite3)"
    say "sqlite3 .backup …"
    # The app keeps running: a write or checkpoint of its own may hold the lock for a moment, and the
    # sqlite3 shell waits for none by default ("database is locked"); wait up to 30 s.
    sqlite3 -cmd ".timeout 30000" "$data/gongkai.db" ".backup '$stage/gongkai.db'"
  fi

  # After the database, so that every file a saved row names is already on disk (files are written
  # before their rows); a file uploaded meanwhile is merely an extra.
  if [ -d "$data/keys" ] && [ -n "$(ls -A "$data/keys")" ]; then
    cp -a "$data/keys" "$stage/keys"
  else
    say "WARNING: $data/keys is empty or missing: the archive holds no keys."
  fi
  local nfiles=0
  if [ -d "$data/files" ]; then
    mkdir -p "$stage/files"
    # Only finished files (named by 32 hex digits), not half-written .part files.
    find "$data/files" -maxdepth 1 -type f -regextype posix-extended -regex '.*/[0-9a-f]{32}' -exec cp -p {} "$stage/files/" \;
    nfiles=$(find "$stage/files" -type f | wc -l)
  fi

  {
    echo "format=1"
    echo "created=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "provider=$provider"
    echo "local_files=$nfiles"
  } > "$stage/MANIFEST"
  (cd "$stage" && find . -type f ! -name SHA256SUMS -print0 | sort -z | xargs -0 sha256sum > SHA256SUMS)

  [ -n "$out" ] || out="gongkai-backup-$(date -u +%Y%m%dT%H%M%SZ).tar.gz"
  (umask 077 && tar -czf "$out" -C "$work" gongkai-backup)
  say "wrote $out ($provider, $nfiles local files, $(du -h "$out" | cut -f1))"
}

restore() {
  [ -f "$archive" ] || die "archive $archive not found"
  tar -xzf "$archive" -C "$work"
  local stage="$work/gongkai-backup"
  [ -f "$stage/MANIFEST" ] || die "$archive is not a Gongkai backup (no MANIFEST)"
  (cd "$stage" && sha256sum --quiet -c SHA256SUMS) || die "checksums of $archive do not match"
  local provider
  provider=$(sed -n 's/^provider=//p' "$stage/MANIFEST")
  mkdir -p "$data"

  # Keys first: refuse before touching the database if the target already has different ones.
  if [ -d "$stage/keys" ]; then
    mkdir -p "$data/keys"
    for key in "$stage"/keys/*; do
      local target="$data/keys/$(basename "$key")"
      if [ -f "$target" ] && ! cmp -s "$key" "$target"; then
        die "$target exists and differs from the archive's; restore onto a fresh data directory"
      fi
    done
  fi

  case "$provider" in
    Postgres)
      [ -n "$postgres" ] || die "this backup is of PostgreSQL: give --postgres CONNINFO of an empty database"
      command -v pg_restore >/dev/null || die "pg_restore is missing (apt-get install postgresql-client)"
      local tables
      tables=$(psql --dbname="$postgres" -Atc "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
      [ "$tables" = 0 ] || die "the target database already has $tables tables; restore onto an empty database"
      say "pg_restore …"
      pg_restore --no-owner --no-privileges --exit-on-error --dbname="$postgres" "$stage/database.dump"
      ;;
    Sqlite)
      [ ! -e "$data/gongkai.db" ] || die "$data/gongkai.db exists; restore onto a fresh data directory"
      cp "$stage/gongkai.db" "$data/gongkai.db"
      ;;
    *) die "unknown provider '$provider' in MANIFEST" ;;
  esac

  if [ -d "$stage/keys" ]; then
    cp -p "$stage"/keys/* "$data/keys/"
    chmod 600 "$data"/keys/*
  fi
  if [ -d "$stage/files" ]; then
    mkdir -p "$data/files"
    cp -pr "$stage/files/." "$data/files/"
  fi
  say "restored $provider database, keys and $(sed -n 's/^local_files=//p' "$stage/MANIFEST") local files into $data."
  say "Start the application on it and check /admin/audit/verify (audit administrator)."
}

"$mode"
