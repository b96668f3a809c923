#!/usr/bin/env bash
# Restores an archive of scripts/backup.sh onto a fresh installation; see scripts/backup.sh --help.
#   scripts/restore.sh ARCHIVE [--data DIR] [--postgres CONNINFO]
exec "$(dirname "$0")/backup.sh" restore "$@"
