"""Django's Redis cache, where an unreachable Redis is a cache miss instead of an error.

Everything the hub keeps in the cache (Wagtail's site roots, renditions, template fragments,
search vocabularies) can be worked out again from the database, and nothing that must not be
lost lives there: sessions and the share form's rate limit are in PostgreSQL. So with Redis
down pages are slower, not broken (docs/reliability.md). Each failure is logged as a warning.
"""

import functools
import logging

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


def _forgiving(default):
    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except RedisError as error:
                logger.warning("Cache unreachable (%s): %s", method.__name__, error)
                return default(*args, **kwargs) if callable(default) else default

        return wrapper

    return decorate


def _default_argument(key, default=None, *args, **kwargs):
    return default


class ForgivingRedisCache(RedisCache):
    get = _forgiving(_default_argument)(RedisCache.get)
    get_many = _forgiving({})(RedisCache.get_many)
    has_key = _forgiving(False)(RedisCache.has_key)
    set = _forgiving(None)(RedisCache.set)
    add = _forgiving(False)(RedisCache.add)
    touch = _forgiving(False)(RedisCache.touch)
    set_many = _forgiving(lambda data, *args, **kwargs: list(data))(RedisCache.set_many)
    delete = _forgiving(False)(RedisCache.delete)
    delete_many = _forgiving(None)(RedisCache.delete_many)
    clear = _forgiving(False)(RedisCache.clear)
