#!/usr/bin/env bash
# Set up everything and run the whole test suite against PostgreSQL.
#
#   ./scripts/test.sh                 every test, including the real-browser layer (tests/e2e)
#   ./scripts/test.sh -m e2e          only the browser tests
#   ./scripts/test.sh tests/blog -x   any pytest arguments
#
# DATABASE_URL defaults to postgres://postgres@127.0.0.1:5432/hub (pytest creates and drops
# the test_hub database); a local PostgreSQL that is down is started. The browser tests need
# Debian's chromium and Java; as root they are installed when missing, otherwise they are
# skipped with a reason (HUB_E2E_REQUIRED=1 makes that a failure, as in CI).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$HUB_ROOT"

export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/hub}"
export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-hub.settings.test}"

ensure_venv test
ensure_node_modules
build_frontend
compile_messages

# The browser layer: Debian's Chromium (never `playwright install`) and Java for the Nu validator.
e2e_level=optional
[ "${HUB_E2E_REQUIRED:-0}" = 1 ] && e2e_level=required
[ -x "${HUB_CHROMIUM:-/usr/bin/chromium}" ] || need_command chromium chromium "$e2e_level" || true
need_command java default-jre-headless "$e2e_level" || true
# The production stack's caching proxy (tests/hub/test_caching_proxy.py, test_serve_stack.py).
need_command nginx nginx-light "$e2e_level" || true
if [ ! -f "$NASTALIQ_FONT" ] && can_apt; then
    apt_install fonts-noto-core || true
fi
if [ ! -f /usr/lib/nginx/modules/ngx_http_cache_purge_module.so ] && can_apt; then
    apt_install libnginx-mod-http-cache-purge || true
fi

ensure_postgres
# The production stack's shared cache (tests/hub/test_serve_stack.py).
ensure_redis

log "pytest (DATABASE_URL=$DATABASE_URL)"
set +e
"$PY" -m pytest "$@"
status=$?
set -e
if [ "$status" = 5 ]; then
    die "pytest collected no tests (exit code 5)."
fi
exit "$status"
