#!/usr/bin/env bash
# Set up everything and serve the hub on http://127.0.0.1:8000/ (PORT=8001 to change the port).
#
# Installs the Python packages into .venv (pinned by constraints.txt), runs `npm ci` and builds
# the NHS.UK front end into static_build/, compiles translations, migrates the database
# (an embedded SQLite file, db.sqlite3, unless DATABASE_URL is set), loads the demo content,
# creates an admin login and prints it, then starts the development server.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$HUB_ROOT"

export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-hub.settings.dev}"
HOST="${HOST:-127.0.0.1}"
PORT="${PORT:-8000}"
# Every absolute link (emails, feeds, sitemap) starts with this; migrate writes it into the Site.
export HUB_PUBLIC_URL="${HUB_PUBLIC_URL:-http://$HOST:$PORT}"

ensure_venv
ensure_node_modules
build_frontend
compile_messages
ensure_postgres
ensure_database

log "Migrating the database (${DATABASE_URL:-SQLite file db.sqlite3})"
"$PY" manage.py migrate --no-input -v 0
log "Loading the demo content"
"$PY" manage.py load_demo_content
log "Admin login"
"$PY" manage.py ensure_admin

log "Serving the hub on http://$HOST:$PORT/ (admin: http://$HOST:$PORT/admin/). Ctrl+C stops it."
exec "$PY" manage.py runserver "$HOST:$PORT"
