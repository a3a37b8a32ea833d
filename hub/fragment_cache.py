"""Template fragments (header menu, footer, breadcrumbs, page bodies, cards) cached by version.

`{% fragment "name" key ... %}...{% endfragment %}` (hub_tags) caches what it wraps under the
current content version, the language and the host, plus the keys given. Publishing,
unpublishing or moving a page, and saving site settings, a taxonomy term, a person or an
image, replaces the version once the change commits (hub/signals.py), so every fragment is
drawn afresh on its next request: nothing has to know which fragment showed what. Old
fragments simply expire.

Each worker also keeps the fragments it has read in its own memory (``WorkerMemo``), so a
page drawn from fragments asks Redis only for the version: a fragment's key holds the
version, so what a worker keeps can never be older than the content.

If Redis cannot be reached, the cache backend (hub/cache_backend.py) answers every read as a
miss, so fragments are drawn every time: slower, never wrong.
"""

import time
from uuid import uuid4

from django.conf import settings
from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key
from django.db import transaction
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

VERSION_KEY = "hub:content-version"


class WorkerMemo:
    """Values kept in this worker's memory under one content version: at most ``size`` of them,
    each for ``seconds``. Seeing a newer version, or filling up, starts afresh."""

    def __init__(self, size, seconds=None):
        self.size, self.seconds = size, seconds
        self.version, self.values = None, {}

    def get(self, version, key):
        if version != self.version or key not in self.values:
            return None
        expires, value = self.values[key]
        return value if expires is None or expires > time.monotonic() else None

    def set(self, version, key, value):
        if version != self.version or len(self.values) >= self.size:
            self.version, self.values = version, {}
        self.values[key] = (None if self.seconds is None else time.monotonic() + self.seconds, value)

    def get_or_set(self, version, key, compute):
        """The value kept for ``key`` under ``version``, else ``compute()``, kept unless
        ``version`` is None (signed-in editors and previews keep nothing)."""
        value = self.get(version, key) if version is not None else None
        if value is None:
            value = compute()
            if version is not None:
                self.set(version, key, value)
        return value


MEMO_SIZE = 2_000  # fragments per worker: a few megabytes of HTML
_memo = WorkerMemo(MEMO_SIZE, settings.HUB_FRAGMENT_CACHE_SECONDS)


def content_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid4().hex, None)
        version = cache.get(VERSION_KEY)
    return version


def new_content_version():
    """After the current transaction commits, so no request caches what is about to change."""
    transaction.on_commit(lambda: cache.set(VERSION_KEY, uuid4().hex, None))


def version_for(request):
    """The version for this request, or None when fragments must not be used.

    Previews and signed-in requests never read or write fragments: they may show drafts,
    and editors expect to see their change at once.
    """
    if request is None or getattr(request, "is_preview", False):
        return None
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return None
    if not hasattr(request, "_hub_fragment_version"):
        request._hub_fragment_version = content_version()
    return request._hub_fragment_version


def cached_fragment(request, name, vary_on, render):
    """The fragment from the cache, or `render()` stored there for next time."""
    version = version_for(request)
    if version is None:
        return render()
    key = make_template_fragment_key(name, [version, get_language(), request.get_host(), *vary_on])

    def from_redis_or_drawn():
        value = cache.get(key)
        if value is None:
            value = render()
            cache.set(key, value, settings.HUB_FRAGMENT_CACHE_SECONDS)
        return value

    return _memo.get_or_set(version, key, from_redis_or_drawn)


def lazy_context(compute, names):
    """Context values ``compute()`` returns (a dict), computed together and only when a template
    first reads one of them: a listing drawn from a cached fragment costs no query."""
    values = SimpleLazyObject(compute)
    return {name: SimpleLazyObject(lambda name=name: values[name]) for name in names}
