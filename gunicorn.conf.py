"""gunicorn's settings for the hub, read from the environment (scripts/serve.sh starts it).

GUNICORN_BIND      where it listens; the caching proxy in front forwards to it (127.0.0.1:8081)
WEB_CONCURRENCY    worker processes (2 × cores + 1, at most 8)
GUNICORN_TIMEOUT   seconds a request may take before its worker is restarted (30)
GUNICORN_MAX_REQUESTS  requests a worker serves before it is replaced by a fresh one (10000)
GUNICORN_CONTROL_SOCKET  the socket for `gunicornc` (none unless set, so two stacks never share one)
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8081")
workers = int(os.environ.get("WEB_CONCURRENCY", min(2 * multiprocessing.cpu_count() + 1, 8)))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# Recycle each worker after about ten thousand requests (spread out, so they do not all restart
# at once): a slow leak in any library can never grow without end. Not much sooner: a new worker
# compiles its templates and fills its in-memory caches again, which under load costs more than
# a thousand requests' worth of a leak.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "10000"))
max_requests_jitter = max_requests // 10
# Load the hub once, before forking: workers start fast and share memory.
preload_app = True
wsgi_app = "hub.wsgi:application"

control_socket = os.environ.get("GUNICORN_CONTROL_SOCKET", "")
control_socket_disable = not control_socket

# One line a request on stdout, with the time taken in microseconds; errors on stderr.
accesslog = "-"
errorlog = "-"
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(D)sus "%(a)s"'
# The proxy on this machine sets X-Forwarded-For and X-Forwarded-Proto.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")


def post_fork(server, worker):
    """Database connections are never shared across a fork: each worker opens its own."""
    from django.db import connections

    for connection in connections.all(initialized_only=True):
        connection.close()
