# Shared steps for scripts/run.sh, scripts/test.sh and .ci/run. Source it; do not run it.
#
# Every step is safe to repeat: the Python packages and node_modules are
# reinstalled only when pyproject.toml, constraints.txt or package-lock.json change.

HUB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${HUB_VENV:-$HUB_ROOT/.venv}"
PY="$VENV/bin/python"
export PIP_DISABLE_PIP_VERSION_CHECK=1
export DEBIAN_FRONTEND=noninteractive

log() { printf '\n==> %s\n' "$*" >&2; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die() {
    printf 'ERROR: %s\n' "$*" >&2
    exit 1
}

# Debian's Noto Nastaliq Urdu (fonts-noto-core): the browser tests lay Urdu out with it.
NASTALIQ_FONT=/usr/share/fonts/truetype/noto/NotoNastaliqUrdu-Regular.ttf

is_root() { [ "$(id -u)" = 0 ]; }
can_apt() { is_root && command -v apt-get >/dev/null 2>&1; }

# apt_install PACKAGE... : install Debian packages, running `apt-get update` once, only when needed.
_APT_UPDATED=""
apt_install() {
    can_apt || return 1
    if [ -z "$_APT_UPDATED" ]; then
        log "apt-get update"
        apt-get update -qq </dev/null
        _APT_UPDATED=1
    fi
    log "apt-get install $*"
    apt-get install -y -qq --no-install-recommends "$@" </dev/null
}

# need_command COMMAND PACKAGE [required|optional] : make COMMAND available, from PACKAGE if missing.
need_command() {
    local cmd="$1" pkg="$2" level="${3:-required}"
    command -v "$cmd" >/dev/null 2>&1 && return 0
    if can_apt; then
        apt_install "$pkg" && command -v "$cmd" >/dev/null 2>&1 && return 0
    fi
    if [ "$level" = required ]; then
        die "'$cmd' is missing. Install it (Debian/Ubuntu: sudo apt-get install $pkg) and run again."
    fi
    warn "'$cmd' is missing (Debian/Ubuntu: sudo apt-get install $pkg)."
    return 1
}

# Python 3.11 or newer: $PYTHON if set, else the first suitable python3.x on PATH.
find_python() {
    local candidate
    for candidate in ${PYTHON:-} python3.11 python3.12 python3.13 python3; do
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

# ensure_venv [EXTRAS] : .venv with the hub's packages, pinned by constraints.txt.
# EXTRAS is an optional-dependencies group from pyproject.toml, e.g. "test".
ensure_venv() {
    local extras="${1:-}" target="." python stamp hash want
    [ -n "$extras" ] && target=".[$extras]"
    if [ ! -x "$PY" ]; then
        python="$(find_python)" || {
            can_apt && apt_install python3 python3-venv && python="$(find_python)"
        } || die "Python 3.11 or newer is needed. Install it, or set PYTHON=/path/to/python3.11."
        log "Creating $VENV with $("$python" --version)"
        if ! "$python" -m venv "$VENV"; then
            rm -rf "$VENV"
            can_apt && apt_install python3-venv || die "'$python -m venv' failed: install python3-venv."
            "$python" -m venv "$VENV"
        fi
    fi
    stamp="$VENV/.hub-installed"
    hash="$(cat "$HUB_ROOT/pyproject.toml" "$HUB_ROOT/constraints.txt" | sha256sum | cut -c1-16)"
    want="$hash $extras"
    # Installed with any extras covers the plain install.
    if [ -f "$stamp" ] && { grep -qxF "$want" "$stamp" || { [ -z "$extras" ] && grep -q "^$hash " "$stamp"; }; }; then
        log "Python packages are up to date ($extras${extras:+ extras, }constraints.txt)"
        return 0
    fi
    log "Installing Python packages: pip install -c constraints.txt -e '$target'"
    (cd "$HUB_ROOT" && "$PY" -m pip install --quiet -c constraints.txt -e "$target")
    echo "$want" >>"$stamp"
}

# ensure_node_modules : `npm ci` from package-lock.json (nhsuk-frontend, axe-core, vnu-jar).
ensure_node_modules() {
    need_command npm npm
    local stamp="$HUB_ROOT/node_modules/.hub-package-lock.json"
    if [ -f "$stamp" ] && cmp -s "$stamp" "$HUB_ROOT/package-lock.json"; then
        log "node_modules is up to date with package-lock.json"
        return 0
    fi
    log "npm ci"
    (cd "$HUB_ROOT" && npm ci --no-audit --no-fund --loglevel=error </dev/null)
    cp "$HUB_ROOT/package-lock.json" "$stamp"
}

# build_frontend : the NHS.UK design system from node_modules into static_build/.
build_frontend() {
    log "Building the front end into static_build/"
    if [ -f "$HUB_ROOT/scripts/build_frontend.py" ]; then
        (cd "$HUB_ROOT" && "$PY" scripts/build_frontend.py)
    else
        (cd "$HUB_ROOT" && npm run --silent build </dev/null)
    fi
}

# compile_messages : .po -> .mo when the hub has translations; needs gettext's msgfmt.
compile_messages() {
    local po
    po="$(cd "$HUB_ROOT" && find . -path ./.venv -prune -o -path ./node_modules -prune -o \
        -name '*.po' -path '*/locale/*' -print -quit)"
    if [ -z "$po" ]; then
        log "No translations (.po files) yet: skipping compilemessages"
        return 0
    fi
    if ! need_command msgfmt gettext optional; then
        warn "Skipping compilemessages: pages show English where a translation is missing."
        return 0
    fi
    log "Compiling translations"
    (cd "$HUB_ROOT" && "$PY" manage.py compilemessages --ignore=.venv --ignore=node_modules -v 0)
}

# ensure_postgres : start the local PostgreSQL cluster when DATABASE_URL points at this machine and it is down.
ensure_postgres() {
    local url="${DATABASE_URL:-}" hostport host port i
    case "$url" in postgres://* | postgresql://* | pgsql://*) ;; *) return 0 ;; esac
    hostport="${url#*://}"
    hostport="${hostport#*@}"
    hostport="${hostport%%/*}"
    host="${hostport%%:*}"
    port="${hostport##*:}"
    [ "$port" = "$hostport" ] && port=5432
    [ -n "$host" ] || host=127.0.0.1
    if _pg_up "$host" "$port"; then
        return 0
    fi
    case "$host" in 127.0.0.1 | localhost | ::1) ;; *) die "PostgreSQL at $host:$port is not answering." ;; esac
    if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
        log "Starting PostgreSQL"
        pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n1)" main start ||
            warn "pg_ctlcluster could not start PostgreSQL (are you root or postgres?)"
    fi
    for i in $(seq 1 30); do
        _pg_up "$host" "$port" && return 0
        sleep 1
    done
    die "PostgreSQL is not running on $host:$port. Start it, or set DATABASE_URL to a server that is."
}

# ensure_database : create DATABASE_URL's PostgreSQL database if it does not exist yet.
ensure_database() {
    case "${DATABASE_URL:-}" in postgres://* | postgresql://* | pgsql://*) ;; *) return 0 ;; esac
    "$PY" - <<'PYTHON'
import os

import dj_database_url
import psycopg
from psycopg import sql

config = dj_database_url.parse(os.environ["DATABASE_URL"])
params = {"host": config["HOST"] or None, "port": config["PORT"] or None, "user": config["USER"] or None,
          "password": config["PASSWORD"] or None}
params = {key: value for key, value in params.items() if value}
name = config["NAME"]
with psycopg.connect(dbname="postgres", autocommit=True, **params) as conn:
    if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        print(f"Created the PostgreSQL database {name}")
PYTHON
}

# ensure_redis : make sure REDIS_URL (default redis://127.0.0.1:6379/0) answers. A local Redis
# that is down is started (installed first from Debian's packages when root can), keeping
# nothing on disk: the hub uses it only as a cache.
ensure_redis() {
    local url="${REDIS_URL:-redis://127.0.0.1:6379/0}" hostport host port i
    hostport="${url#*://}"
    hostport="${hostport#*@}"
    hostport="${hostport%%/*}"
    host="${hostport%%:*}"
    port="${hostport##*:}"
    [ "$port" = "$hostport" ] && port=6379
    _redis_up "$host" "$port" && return 0
    case "$host" in 127.0.0.1 | localhost | ::1) ;; *) die "Redis at $host:$port is not answering." ;; esac
    need_command redis-server redis-server || die "Redis is not installed: install redis-server, or set REDIS_URL."
    log "Starting Redis on $host:$port"
    redis-server --daemonize yes --bind "$host" --port "$port" --save "" --appendonly no \
        --dir "${TMPDIR:-/tmp}" >/dev/null || warn "redis-server did not start"
    for i in $(seq 1 20); do
        _redis_up "$host" "$port" && return 0
        sleep 0.5
    done
    die "Redis is not answering at $url. Start it, or set REDIS_URL to a server that is."
}

_redis_up() {
    # A PING over a plain socket: no client needed. Redis answers +PONG.
    local reply
    reply="$( (exec 3<>"/dev/tcp/$1/$2" && printf 'PING\r\n' >&3 && timeout 2 head -c 5 <&3) 2>/dev/null)" || return 1
    [ "$reply" = "+PONG" ]
}

_pg_up() {
    if command -v pg_isready >/dev/null 2>&1; then
        pg_isready -q -h "$1" -p "$2"
    else
        (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
    fi
}
