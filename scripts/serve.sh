#!/usr/bin/env bash
# Set up and run the production stack with production settings, on http://$HOST:$PORT/:
#
#   nginx (PORT, default 8080)   caching proxy: static files, public image renditions, cached pages
#     -> gunicorn (APP_PORT)     the hub itself (gunicorn.conf.py)
#   manage.py db_worker          background work: emails, cache purges, search indexing
#   manage.py run_scheduler      periodic jobs: scheduled publishing, pending emails, clean-ups
#
# Installs what it needs as run.sh does, migrates and collects static files. HUB_DEMO=1 loads
# the demo content when the database has no hub yet. Ctrl+C (or SIGTERM) stops every process
# it started. The worker and the scheduler are restarted when they stop; if nginx or gunicorn
# stops, the others are stopped too and it exits with an error.
#
# Needs PostgreSQL (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/hub) and Redis
# (REDIS_URL, default redis://127.0.0.1:6379/0). DJANGO_SECRET_KEY is made once and kept in
# .serve/secret_key when not set: private links are signed with it, so it must not change.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$HUB_ROOT"

HOST="${HOST:-127.0.0.1}"
PORT="${PORT:-8080}"
APP_PORT="${APP_PORT:-$((PORT + 1))}"
RUN_DIR="${HUB_RUN_DIR:-$HUB_ROOT/.serve}"
NGINX_PURGE_MODULE=/usr/lib/nginx/modules/ngx_http_cache_purge_module.so

export DJANGO_SETTINGS_MODULE=hub.settings.production
export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/hub}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379/0}"
export HUB_PUBLIC_URL="${HUB_PUBLIC_URL:-http://$HOST:$PORT}"
export DJANGO_ALLOWED_HOSTS="${DJANGO_ALLOWED_HOSTS:-$HOST,localhost,127.0.0.1}"
export TASKS_BACKEND="${TASKS_BACKEND:-database}"
export HUB_CACHE_PURGE_URL="${HUB_CACHE_PURGE_URL:-http://127.0.0.1:$PORT}"
export HUB_TRUSTED_PROXY_HEADER="${HUB_TRUSTED_PROXY_HEADER:-HTTP_X_REAL_IP}"
export GUNICORN_BIND="127.0.0.1:$APP_PORT"
export GUNICORN_CONTROL_SOCKET="$RUN_DIR/gunicorn.ctl"

mkdir -p "$RUN_DIR"
if [ -z "${DJANGO_SECRET_KEY:-}" ]; then
    if [ ! -s "$RUN_DIR/secret_key" ]; then
        (umask 077 && python3 -c 'import secrets; print(secrets.token_urlsafe(50))' >"$RUN_DIR/secret_key")
        log "Made a secret key in $RUN_DIR/secret_key (keep it: private links are signed with it)"
    fi
    DJANGO_SECRET_KEY="$(cat "$RUN_DIR/secret_key")"
    export DJANGO_SECRET_KEY
fi

ensure_venv
ensure_node_modules
build_frontend
compile_messages
need_command nginx nginx-light
[ -f "$NGINX_PURGE_MODULE" ] || apt_install libnginx-mod-http-cache-purge ||
    die "nginx's cache purge module is missing (Debian/Ubuntu: sudo apt-get install libnginx-mod-http-cache-purge)."
ensure_postgres
ensure_database
ensure_redis

log "Migrating the database ($DATABASE_URL)"
"$PY" manage.py migrate --no-input -v 0
log "Collecting static files"
"$PY" manage.py collectstatic --no-input -v 0
if [ "${HUB_DEMO:-0}" = 1 ]; then
    log "Demo content (only into an empty hub)"
    "$PY" manage.py load_demo_content --if-empty
    "$PY" manage.py ensure_admin
fi

# nginx's workers run as www-data when it is started as root; they write the cache.
nginx_user=""
if is_root && id www-data >/dev/null 2>&1; then
    nginx_user=www-data
    mkdir -p "$RUN_DIR/nginx"
    chown www-data "$RUN_DIR/nginx"
    runuser -u www-data -- test -w "$RUN_DIR/nginx" ||
        die "nginx's workers (www-data) cannot reach $RUN_DIR/nginx: set HUB_RUN_DIR to a folder they can."
fi
mkdir -p "$RUN_DIR/nginx"
"$PY" manage.py proxy_config --listen "$HOST:$PORT" --upstream "$GUNICORN_BIND" \
    --run-dir "$RUN_DIR/nginx" --user "$nginx_user" >"$RUN_DIR/nginx.conf"
nginx -t -q -c "$RUN_DIR/nginx.conf" -p "$RUN_DIR/nginx"

PIDS=()
stop_all() {
    trap - INT TERM EXIT
    log "Stopping the hub"
    local pid
    for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    wait || true
}
trap 'stop_all; exit 0' INT TERM
trap 'stop_all' EXIT

"$VENV/bin/gunicorn" -c gunicorn.conf.py &
PIDS+=($!)
# The worker and the scheduler are started again when they stop: django-tasks' worker exits
# when the database goes away under a task (a restart, a failover), and must come back alone.
keep_running() {
    local child="" status
    trap '[ -n "$child" ] && kill -TERM "$child" 2>/dev/null; wait; exit 0' TERM INT
    while true; do
        "$@" &
        child=$!
        status=0
        wait "$child" || status=$?
        warn "$* stopped (exit code $status): starting it again in 5 seconds"
        sleep 5 &
        wait $! || true
    done
}
keep_running "$PY" manage.py db_worker --no-reload --queue-name '*' &
PIDS+=($!)
keep_running "$PY" manage.py run_scheduler &
PIDS+=($!)
nginx -c "$RUN_DIR/nginx.conf" -p "$RUN_DIR/nginx" &
PIDS+=($!)

log "Serving the hub on http://$HOST:$PORT/ (admin: http://$HOST:$PORT/admin/). Ctrl+C stops it."
set +e
wait -n "${PIDS[@]}"
status=$?
set -e
die "A process of the stack stopped (exit code $status): stopping the others."
