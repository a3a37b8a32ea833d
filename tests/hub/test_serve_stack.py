"""`./scripts/serve.sh` starts the whole production stack with one command, and stops all of it.

The stack (nginx, gunicorn, the task worker, the scheduler) runs on a database of its own,
made and removed by this test, with the demo content (HUB_DEMO=1). Needs PostgreSQL, Redis
and nginx; skipped without them, failed instead when HUB_E2E_REQUIRED=1 (CI).
"""

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import dj_database_url
import psycopg
import pytest
from django.conf import settings

from tests.hub.test_caching_proxy import DEBIAN_PURGE_MODULE, fetch, free_port, unavailable

STACK_DATABASE = "hub_serve_stack_test"
STARTUP_SECONDS = 300


@pytest.fixture
def stack_database():
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        pytest.skip("the production stack needs PostgreSQL (DATABASE_URL)")
    config = dj_database_url.parse(url)
    params = {
        key: value
        for key, value in {
            "host": config["HOST"],
            "port": config["PORT"],
            "user": config["USER"],
            "password": config["PASSWORD"],
        }.items()
        if value
    }

    def drop():
        with psycopg.connect(dbname="postgres", autocommit=True, **params) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{STACK_DATABASE}" WITH (FORCE)')

    drop()
    netloc = url.split("://", 1)[1].rsplit("/", 1)[0]
    yield f"postgres://{netloc}/{STACK_DATABASE}"
    drop()


def wait_until_ready(base_url, process, log_path):
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"serve.sh stopped (exit {process.returncode}):\n{log_path.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(base_url + "/readyz", timeout=2) as response:  # noqa: S310
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(1)
    pytest.fail(f"the stack was not ready within {STARTUP_SECONDS} s:\n{log_path.read_text()[-3000:]}")


def processes_in_session(session_id):
    """serve.sh runs in a session of its own: every process it started is in it."""
    result = subprocess.run(  # noqa: S603
        ["pgrep", "-s", str(session_id)],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,  # noqa: S607
    )
    return [int(pid) for pid in result.stdout.split()]


def test_serve_sh_runs_the_production_stack_and_stops_every_process(stack_database, tmp_path):
    if not Path(DEBIAN_PURGE_MODULE).exists():
        unavailable("nginx's cache purge module is missing (apt-get install libnginx-mod-http-cache-purge)")
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    # nginx's workers (www-data, when run as root) cannot enter pytest's private temp folders.
    run_dir = Path(tempfile.mkdtemp(prefix="hub-stack-"))
    run_dir.chmod(0o755)
    log_path = tmp_path / "serve.log"
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "HUB_"))}
    env.update(
        DATABASE_URL=stack_database,
        REDIS_URL="redis://127.0.0.1:6379/15",
        PORT=str(port),
        APP_PORT=str(free_port()),
        HUB_RUN_DIR=str(run_dir),
        HUB_DEMO="1",
        HUB_ADMIN_PASSWORD="stack-test-password-1234",
        WEB_CONCURRENCY="2",
    )
    with log_path.open("w") as log:
        process = subprocess.Popen(  # noqa: S603 - the hub's own script
            [str(Path(settings.BASE_DIR) / "scripts" / "serve.sh")],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        wait_until_ready(base_url, process, log_path)

        # Production settings, the demo content, and pages from the proxy's cache.
        status, headers, html = fetch(base_url + "/en/blog/")
        assert status == 200 and "Start with people: putting partnership guidance to work" in html
        assert headers["Cache-Control"].startswith("public")
        assert fetch(base_url + "/en/blog/")[1]["X-Cache-Status"] == "HIT"
        # Static files come from nginx with long-lived names from collectstatic's manifest.
        stylesheet = html.split('rel="stylesheet" href="', 1)[1].split('"', 1)[0]
        css_status, css_headers, _ = fetch(base_url + stylesheet)
        assert css_status == 200 and "immutable" in css_headers["Cache-Control"]
        # Originals are never served; the admin answers, privately.
        assert fetch(base_url + "/media/original_images/anything.jpg")[0] == 404
        login_status, login_headers, _ = fetch(base_url + "/admin/login/")
        assert login_status == 200 and "public" not in login_headers["Cache-Control"]
        # Every part of the stack is running.
        log_text = log_path.read_text()
        assert "Listening at: http://127.0.0.1:" in log_text  # gunicorn
        assert "Starting worker" in log_text  # the task worker
        assert "Scheduler started" in log_text
    finally:
        # The script may already have stopped (a failed start): then its own failure is the report.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            pytest.fail("serve.sh did not stop within 30 s of SIGTERM")
    shutil.rmtree(run_dir, ignore_errors=True)
    time.sleep(1)
    assert processes_in_session(process.pid) == [], "processes of the stack are still running after SIGTERM"
