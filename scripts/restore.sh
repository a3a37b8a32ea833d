#!/usr/bin/env bash
# Restore a backup made by scripts/backup.sh into an empty database and media folder.
#
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/hub_restored ./scripts/restore.sh FOLDER
#
# Checks the files against SHA256SUMS, creates the database when it is missing and refuses
# one that already has tables (nothing is overwritten), unpacks the media into MEDIA_ROOT
# (default: media/, which must be empty or missing) and puts the secret key where
# scripts/serve.sh reads it (.serve/secret_key) unless DJANGO_SECRET_KEY is set. Then run
# `manage.py migrate` (a backup from an older release) and `manage.py update_index`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$HUB_ROOT"

[ $# -eq 1 ] || die "Usage: ./scripts/restore.sh BACKUP_FOLDER"
FROM="$(cd "$1" && pwd)"
DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/hub}"
MEDIA_ROOT="${MEDIA_ROOT:-$HUB_ROOT/media}"
need_command pg_restore postgresql-client

log "Checking $FROM"
(cd "$FROM" && sha256sum --check --quiet SHA256SUMS) || die "The backup's files do not match SHA256SUMS"

db_name="${DATABASE_URL##*/}"
db_name="${db_name%%\?*}"
server_url="${DATABASE_URL%/*}/postgres"
if ! psql "$server_url" -tAc "SELECT 1 FROM pg_database WHERE datname = '$db_name'" | grep -q 1; then
    createdb --maintenance-db="$server_url" "$db_name"
fi
tables="$(psql "$DATABASE_URL" -tAc "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")"
[ "$tables" = 0 ] || die "The database $db_name already has $tables tables: restore into an empty one."
[ ! -d "$MEDIA_ROOT" ] || [ -z "$(ls -A "$MEDIA_ROOT")" ] || die "$MEDIA_ROOT is not empty: restore into an empty folder."

log "Database <- $FROM/database.dump"
pg_restore --no-owner --no-privileges --exit-on-error --dbname="$DATABASE_URL" "$FROM/database.dump"

log "Media <- $FROM/media.tar.gz"
mkdir -p "$MEDIA_ROOT"
tar -xzf "$FROM/media.tar.gz" -C "$MEDIA_ROOT"

if [ -s "$FROM/secret_key" ] && [ -z "${DJANGO_SECRET_KEY:-}" ]; then
    run_dir="${HUB_RUN_DIR:-$HUB_ROOT/.serve}"
    mkdir -p "$run_dir"
    (umask 077 && cp "$FROM/secret_key" "$run_dir/secret_key")
    log "Secret key restored to $run_dir/secret_key"
fi
log "Restored. Next: manage.py migrate, then manage.py update_index."
