"""Cache-Control for every response: what a shared cache (the proxy) may keep, and for how long.

A page is public only when it was made for nobody in particular: a GET that came with no
session, from nobody signed in, that set no cookie and holds no form token. Such a page is
kept by the proxy for `HUB_PROXY_CACHE_SECONDS` (publishing purges it sooner, see
hub/cache_purge.py) and by browsers for `HUB_BROWSER_CACHE_SECONDS`. An address with a query
string (a page of results, a filter) cannot be purged one by one, so it is kept for at most
`QUERY_STRING_SECONDS`; so is a page the clock changes (`changes_with_the_clock`), such as a
listing that an event leaves when it ends. Everything else is private: no shared cache stores it.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control, patch_vary_headers

QUERY_STRING_SECONDS = 300
CLOCK_SECONDS = 300
PRIVATE_PREFIXES = ("/admin/", "/django-admin/")


class PublicPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Cache-Control"):
            return response  # The view decided (status links, photos for reviewers, health checks).
        if is_public(request, response):
            proxy_seconds = settings.HUB_PROXY_CACHE_SECONDS
            if request.META.get("QUERY_STRING"):
                proxy_seconds = min(proxy_seconds, QUERY_STRING_SECONDS)
            if getattr(response, "changes_with_the_clock", False):
                proxy_seconds = min(proxy_seconds, CLOCK_SECONDS)
            patch_cache_control(
                response, public=True, max_age=settings.HUB_BROWSER_CACHE_SECONDS, s_maxage=proxy_seconds
            )
            _drop_cookie_from_vary(response)
        else:
            patch_cache_control(response, private=True, no_cache=True)
        return response


def is_public(request, response):
    """True when this response is the same for every reader who asks for this address."""
    user = getattr(request, "user", None)
    return (
        request.method in ("GET", "HEAD")
        and response.status_code == 200
        and not request.path.startswith(PRIVATE_PREFIXES)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not (user is not None and user.is_authenticated)
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and "accept-language" not in _vary(response)
        and not getattr(response, "streaming", False)
    )


def _vary(response):
    return {value.strip().lower() for value in response.get("Vary", "").split(",") if value.strip()}


def _drop_cookie_from_vary(response):
    """The session was only looked at and found empty: the page does not depend on cookies.

    Left in, `Vary: Cookie` would make the proxy keep one copy per visitor's cookies.
    """
    kept = [value.strip() for value in response.get("Vary", "").split(",") if value.strip()]
    kept = [value for value in kept if value.lower() != "cookie"]
    del response["Vary"]
    if kept:
        patch_vary_headers(response, kept)


def changes_with_the_clock(response):
    """Mark a response that time alone changes (no publish purges it): the proxy keeps it briefly."""
    response.changes_with_the_clock = True
    return response


class ClockSensitivePage:
    """A page type whose pages, and the routes under them, change as time passes: events that
    end, roles that close. Publishing purges them; the clock does not, so the proxy keeps
    them for `CLOCK_SECONDS` at most."""

    def serve(self, request, *args, **kwargs):
        return changes_with_the_clock(super().serve(request, *args, **kwargs))


def keep_private(response):
    """For a page with a private link or a form: out of caches, other sites' logs and search.

    'same-origin' sends no address to other sites, yet lets the page's own forms post with
    their Origin, which Django's CSRF check needs ('no-referrer' makes Chromium send "null").
    """
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "same-origin"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
