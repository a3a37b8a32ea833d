"""A small per-address limit on public submissions, kept in Django's cache."""

import hashlib

from django.conf import settings
from django.core.cache import cache

WINDOW_SECONDS = 60 * 60


def _limit():
    return getattr(settings, "COMMUNITY_SUBMISSIONS_PER_HOUR", 5)


def client_address(request):
    """The caller's address. Behind a proxy, set COMMUNITY_TRUSTED_PROXY_HEADER (e.g. HTTP_X_REAL_IP)."""
    header = getattr(settings, "COMMUNITY_TRUSTED_PROXY_HEADER", "")
    address = request.META.get(header, "") if header else ""
    return (address or request.META.get("REMOTE_ADDR", "") or "unknown").split(",")[0].strip()


def _key(request):
    digest = hashlib.sha256(client_address(request).encode()).hexdigest()[:32]
    return f"casestudies:submissions:{digest}"


def is_limited(request):
    return cache.get(_key(request), 0) >= _limit()


def record(request):
    key = _key(request)
    if cache.add(key, 1, WINDOW_SECONDS):
        return 1
    try:
        return cache.incr(key)
    except ValueError:
        cache.set(key, 1, WINDOW_SECONDS)
        return 1
