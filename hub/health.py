"""Health checks for a load balancer or orchestrator.

`/healthz` answers while the process is up (liveness: it touches nothing else).
`/readyz` answers 200 only when the database and the cache both answer (readiness),
503 otherwise, naming what failed. Neither is cached.
"""

import logging
import secrets

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)


@never_cache
def healthz(request):
    return JsonResponse({"status": "ok"})


def _database_answers():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def _cache_answers():
    probe = secrets.token_hex(8)
    cache.set("hub:readyz", probe, timeout=10)
    return cache.get("hub:readyz") == probe


@never_cache
def readyz(request):
    checks = {}
    for name, check in (("database", _database_answers), ("cache", _cache_answers)):
        try:
            checks[name] = "ok" if check() else "failed"
        except Exception as error:  # noqa: BLE001 - any failure means "not ready"
            logger.warning("Readiness check %s failed: %s", name, error)
            checks[name] = "failed"
    ready = all(state == "ok" for state in checks.values())
    return JsonResponse({"status": "ok" if ready else "unavailable", **checks}, status=200 if ready else 503)
