#!/usr/bin/env python3
"""Pages per second from the production stack: uncached (gunicorn), cached (nginx), static file.

Start the stack with the demo content first, then run this beside it:

    HUB_DEMO=1 ./scripts/serve.sh                 # in one terminal (PORT 8080, gunicorn on 8081)
    python3 scripts/benchmark_pages.py            # in another; --seconds 5 --connections 8

For the home page, each index, each kind of detail page and a search, it runs wrk (Debian's
`wrk`) for a few seconds against gunicorn directly (every request drawn by Django, the
fragment cache warm as for most readers) and then through nginx (the proxy's cache), and
for comparison a static file of the home page's size served by nginx. Only 127.0.0.1 is
measured, and each run is bounded by --seconds. Prints a Markdown table for
docs/performance.md.
"""

import argparse
import re
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"

# Paths are found on the running hub: the first link of each kind on its index.
PAGES = [
    ("home", "/en/"),
    ("blog index", "/en/blog/"),
    ("case-study index", "/en/case-studies/"),
    ("community examples index", "/en/community-examples/"),
    ("blog post", ("/en/blog/", r'href="(/en/blog/[a-z0-9-]+/)"')),
    ("case study", ("/en/case-studies/", r'href="(/en/case-studies/[a-z0-9-]+/)"')),
    ("standard page", "/en/get-involved/payment-for-your-time/"),
    ("search", "/en/search/?q=involvement"),
]


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - 127.0.0.1 only
        return response.read()


def resolve(base, path):
    if isinstance(path, str):
        return path
    index, pattern = path
    found = re.search(pattern, fetch(base + index).decode())
    if not found:
        sys.exit(f"No link matching {pattern} on {index}: is the demo content loaded?")
    return found.group(1)


def wrk(url, seconds, connections):
    """Requests per second and the share of answers that were not 2xx."""
    out = subprocess.run(  # noqa: S603 - wrk on 127.0.0.1, arguments of our own
        [shutil.which("wrk"), "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url],
        capture_output=True,
        text=True,
        timeout=seconds + 30,
        check=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    p50 = re.search(r"50%\s+([\d.]+\w+)", out)
    return rate, int(bad.group(1)) if bad else 0, p50.group(1) if p50 else "?"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8080, help="nginx's port (gunicorn's is one more)")
    parser.add_argument("--seconds", type=int, default=5, help="length of each run (at most 30)")
    parser.add_argument("--connections", type=int, default=8)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: sudo apt-get install wrk")
    seconds = min(args.seconds, 30)
    proxy = f"http://{HOST}:{args.port}"
    app = f"http://{HOST}:{args.port + 1}"

    # A static file as large as the home page, served by nginx from the collected static files.
    size = len(fetch(app + "/en/"))
    static_dir = ROOT / "staticfiles" / "benchmark"
    static_dir.mkdir(parents=True, exist_ok=True)
    (static_dir / "page.html").write_bytes(b"x" * size)

    rows = []
    for label, path in PAGES:
        path = resolve(app, path)
        fetch(app + path)  # fill the fragment cache, as the first reader after a publish does
        fetch(proxy + path)  # and the proxy's cache
        uncached = wrk(app + path, seconds, args.connections)
        cached = wrk(proxy + path, seconds, args.connections)
        rows.append((label, path, uncached, cached))
        print(f"{label}: {uncached[0]:.0f}/s uncached, {cached[0]:.0f}/s cached", file=sys.stderr)
    static = wrk(proxy + "/static/benchmark/page.html", seconds, args.connections)

    print(f"\n{seconds} s per run, {args.connections} connections, static file of {size:,} bytes\n")
    print("| Page | Path | Uncached (gunicorn) /s | p50 | Cached (nginx) /s | p50 | Cached / static |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for label, path, (u_rate, u_bad, u_p50), (c_rate, c_bad, c_p50) in rows:
        errors = " (errors)" if u_bad or c_bad else ""
        ratio = c_rate / static[0]
        print(
            f"| {label}{errors} | `{path}` | {u_rate:.0f} | {u_p50} | {c_rate:.0f} | {c_p50} | {ratio:.2f} |"
        )
    print(f"| static file | `/static/benchmark/page.html` | | | {static[0]:.0f} | {static[2]} | 1.00 |")


if __name__ == "__main__":
    main()
