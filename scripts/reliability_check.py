#!/usr/bin/env python3
"""Faults under load on the production stack: concurrent submissions, a database restart, Redis down.

Start the stack with the demo content first (as root on Debian, so PostgreSQL and Redis can be
restarted), then run this beside it:

    HUB_DEMO=1 WEB_CONCURRENCY=2 ./scripts/serve.sh        # terminal 1
    .venv/bin/python scripts/reliability_check.py          # terminal 2

1. 200 people send the share form at once (each its own session and address, straight to
   gunicorn with the X-Real-IP header the proxy would set). Every example must be stored
   exactly once: counted in PostgreSQL by its unique title.
2. Readers keep loading pages while PostgreSQL is restarted (pg_ctlcluster): during the
   restart they get the hub's 503 page; afterwards every page answers 200 with no restart of
   the hub.
3. Redis is stopped while readers load pages and one more example is sent: pages are drawn
   without cached fragments, and the example is stored. Redis is started again afterwards.

Only 127.0.0.1 is used and every phase is bounded in time. Results: docs/reliability.md.
"""
# ruff: noqa: S603, S607 - local service commands (pg_ctlcluster, redis-cli) with fixed arguments

import argparse
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import psycopg
import requests

HOST = "127.0.0.1"
SHARE = "/en/community-examples/share/"


def share(app, index, run):
    """One person's journey through the form; returns the final status or an error."""
    session = requests.Session()
    session.headers["X-Real-IP"] = f"10.{index // 250}.{index % 250}.{run % 250}"
    try:
        form = session.get(app + SHARE, timeout=60)
        html = form.text
        data = {
            "csrfmiddlewaretoken": re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1),
            "form_token": re.search(r'name="form_token" value="([^"]+)"', html).group(1),
            "title": f"Reliability {run} #{index}",
            "stage": "done",
            "what_we_did": "We met at the library and planned a study together.",
            "themes": re.search(r'name="themes"[^>]*value="(\d+)"', html).group(1),
            "group_name": "Reliability group",
            "credit_preference": "group",
            "contact_name": "Test Person",
            "contact_email": f"reliability-{index}@example.invalid",
            "consent_publish": "on",
            "website": "",
        }
        time.sleep(5)  # the form refuses answers sent faster than a person could type them
        checked = session.post(app + SHARE, data=data, timeout=60, allow_redirects=False)
        if checked.status_code != 302:
            return f"form {checked.status_code}"
        check_url = app + checked.headers["Location"]
        page = session.get(check_url, timeout=60)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
        sent = session.post(check_url, data={"csrfmiddlewaretoken": token}, timeout=60, allow_redirects=False)
        return f"sent {sent.status_code}"
    except (requests.RequestException, AttributeError) as error:
        return f"error {type(error).__name__}"


def stored(database_url, run):
    with psycopg.connect(database_url) as db:
        rows = db.execute(
            "SELECT title, count(*) FROM wagtailcore_page WHERE title LIKE %s GROUP BY title",
            [f"Reliability {run} #%"],
        ).fetchall()
    return len(rows), sum(count for _, count in rows)


# Pages a worker keeps (hub/serving.py) need no database once warm; the events listing (it
# changes with the clock) and a search always do.
KEPT_PAGES = ["/en/", "/en/blog/", "/en/case-studies/", "/en/about/"]
DATABASE_PAGES = ["/en/events/", "/en/search/?q=carers"]


def read_pages(app, stop, results):
    paths = KEPT_PAGES + DATABASE_PAGES
    i = 0
    while not stop.is_set():
        path = paths[i % len(paths)]
        try:
            status = requests.get(app + path, timeout=10).status_code
        except requests.RequestException as error:
            status = type(error).__name__
        kind = "database" if path in DATABASE_PAGES else "kept"
        results.append((time.monotonic(), kind, status))
        i += 1


def under_load(app, fault, seconds_after=10):
    """Readers load pages while fault() runs; returns {kind of page: status counts}, during and after it."""
    stop, results = threading.Event(), []
    readers = [threading.Thread(target=read_pages, args=(app, stop, results)) for _ in range(4)]
    for reader in readers:
        reader.start()
    time.sleep(2)
    started = time.monotonic()
    fault()
    recovered = time.monotonic()
    time.sleep(seconds_after)
    stop.set()
    for reader in readers:
        reader.join()
    during, after = {}, {}
    for at, kind, status in results:
        if at >= started:
            counts = during if at < recovered + 3 else after
            counts.setdefault(kind, Counter())[status] += 1
    return during, after


def summary(counts):
    return "; ".join(f"{kind} pages {dict(statuses)}" for kind, statuses in sorted(counts.items()))


def postgres_cluster():
    out = subprocess.run(["pg_lsclusters", "--no-header"], capture_output=True, text=True, check=True).stdout
    version, name = out.split()[:2]
    return version, name


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8080, help="nginx's port (gunicorn's is one more)")
    parser.add_argument("--submissions", type=int, default=200)
    args = parser.parse_args()
    app = f"http://{HOST}:{args.port + 1}"
    database_url = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/hub")
    run = uuid.uuid4().int % 100000

    print(f"## {args.submissions} submissions at once")
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=args.submissions) as pool:
        outcomes = Counter(pool.map(lambda i: share(app, i, run), range(args.submissions)))
    titles, rows = stored(database_url, run)
    print(f"answers: {dict(outcomes)}; {time.monotonic() - started:.0f} s")
    print(f"stored: {titles} different examples in {rows} pages (each exactly once: {titles == rows})")

    print("\n## PostgreSQL restarted under load")
    version, name = postgres_cluster()
    during, after = under_load(
        app, lambda: subprocess.run(["pg_ctlcluster", version, name, "restart"], check=True)
    )
    print(f"during the restart: {summary(during)}")
    print(f"afterwards (no restart of the hub): {summary(after)}")

    print("\n## Redis down")
    redis_down = lambda: subprocess.run(["redis-cli", "shutdown", "nosave"], check=False)  # noqa: E731
    during, after = under_load(app, redis_down, seconds_after=8)
    down = {kind: during.get(kind, Counter()) + after.get(kind, Counter()) for kind in during | after}
    print(f"pages while Redis is down: {summary(down)}")
    outcome = share(app, args.submissions + 1, run)
    titles_after, rows_after = stored(database_url, run)
    print(f"an example sent while Redis is down: {outcome}; stored: {rows_after - rows == 1}")
    subprocess.run(
        ["redis-server", "--daemonize", "yes", "--dir", tempfile.gettempdir()],
        check=True,
        capture_output=True,
    )
    time.sleep(1)
    print("Redis started again.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
