#!/usr/bin/env bash
# Back up the hub: the database, the uploaded media and the secret key, into one folder.
#
#   ./scripts/backup.sh [FOLDER]        default: backups/hub-YYYYMMDD-HHMMSS
#
# Uses DATABASE_URL (PostgreSQL), MEDIA_ROOT (default: media/) and DJANGO_SECRET_KEY (or the
# key scripts/serve.sh keeps in .serve/secret_key). The secret key is kept because the private
# status links sent to submitters are signed with it: restore it with the rest, or those links
# stop working. The folder holds personal data: it is readable by its owner only.
# Restore with ./scripts/restore.sh FOLDER (see docs/operations.md).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$HUB_ROOT"

DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/hub}"
MEDIA_ROOT="${MEDIA_ROOT:-$HUB_ROOT/media}"
OUT="${1:-$HUB_ROOT/backups/hub-$(date -u +%Y%m%d-%H%M%S)}"
case "$DATABASE_URL" in postgres://* | postgresql://*) ;; *) die "Backups need PostgreSQL: DATABASE_URL is $DATABASE_URL" ;; esac
need_command pg_dump postgresql-client

umask 077
mkdir -p "$OUT"
log "Database -> $OUT/database.dump"
pg_dump --format=custom --no-owner --no-privileges --file="$OUT/database.dump" "$DATABASE_URL"

log "Media ($MEDIA_ROOT) -> $OUT/media.tar.gz"
if [ -d "$MEDIA_ROOT" ]; then
    tar -czf "$OUT/media.tar.gz" -C "$MEDIA_ROOT" .
else
    warn "$MEDIA_ROOT does not exist: no media to back up"
    tar -czf "$OUT/media.tar.gz" --files-from /dev/null
fi

if [ -n "${DJANGO_SECRET_KEY:-}" ]; then
    printf '%s\n' "$DJANGO_SECRET_KEY" >"$OUT/secret_key"
elif [ -s "${HUB_RUN_DIR:-$HUB_ROOT/.serve}/secret_key" ]; then
    cp "${HUB_RUN_DIR:-$HUB_ROOT/.serve}/secret_key" "$OUT/secret_key"
else
    warn "No DJANGO_SECRET_KEY and no .serve/secret_key: keep the secret key with this backup yourself"
fi

(cd "$OUT" && sha256sum -- * >SHA256SUMS)
log "Backed up to $OUT"
