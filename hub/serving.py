"""Serving pages: Wagtail's serve view, with each page found from what this worker keeps.

To serve a page Wagtail looks up the site, the reader's locale, the home page's own row, each
level of the path, and the view restrictions of the page and its ancestors: five queries or
more before anything is drawn. For readers (nobody signed in, GET or HEAD, not a preview) each
worker keeps what an address led to, under the content version (hub/fragment_cache.py): the
page itself, how many trailing parts of the path its own routes took (a feed, a calendar file)
and whether any view restriction applies. Publishing, unpublishing, moving or saving a live
page, changing a view restriction, a site or a locale replaces that version once committed, so
what is kept is never older than the tree. Each request gets its own copy of the page, and
Wagtail's serving hooks (view restrictions, the hub's own) run as in Wagtail's view.

Signed-in editors, previews and form posts are served by Wagtail's view unchanged.
"""

import copy

from django.http import HttpResponse
from django.utils.translation import get_language
from wagtail import hooks
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from hub.fragment_cache import WorkerMemo, version_for

# (host, language, path) -> (page, trailing parts, unrestricted), per worker
_routes = WorkerMemo(size=2_000)


def serve(request, path):
    version = version_for(request) if request.method in ("GET", "HEAD") else None
    if version is None:
        return wagtail_views.serve(request, path)
    key = (request.get_host(), get_language(), path)
    parts = [part for part in path.split("/") if part]
    remembered = _routes.get(version, key)
    if remembered is None:
        _remember(request, path, parts, version, key)
        return wagtail_views.serve(request, path)  # routes from the request's own cache: no query
    kept, trailing, unrestricted = remembered
    page = copy.copy(kept)  # what this request sets on its page stays with this request
    page.known_unrestricted = unrestricted
    page, args, kwargs = page.route(request, parts[len(parts) - trailing :])
    return serve_page(request, page, args, kwargs)


def _remember(request, path, parts, version, key):
    route = Page.route_for_request(request, path)
    if route is None:
        return
    page = route[0]
    root = Site.find_for_request(request).root_page  # kept on the request: no query
    trailing = len(parts) - (page.depth - root.depth)
    unrestricted = not page.get_view_restrictions().exists()
    _routes.set(version, key, (copy.copy(page), trailing, unrestricted))


def serve_page(request, page, args, kwargs):
    """What Wagtail's serve view does once it has the page: its serving hooks, then the page."""
    on_serve_chain = wagtail_views.serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        on_serve_chain = fn(on_serve_chain)
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return on_serve_chain(page, request, args, kwargs)
