"""Purging the caching proxy when what readers see changes.

When a page is published, unpublished, moved or deleted, the proxy forgets every address that
shows it: the page (with its feeds and other routes, from `get_cached_paths`), every listing
above it up to the home page, the pages that name it elsewhere (`pages_listing_this`, such as
the collections that compile a community example), the search page and the sitemap. Wagtail's
frontend cache (`WAGTAILFRONTENDCACHE`) sends the purges, once for each language prefix.

Purges are sent after the change is committed, so no reader can put the old page back into
the cache between the purge and the commit. With no proxy configured nothing is sent.
"""

from django.conf import settings
from django.db import transaction
from wagtail.contrib.frontend_cache.utils import PurgeBatch, purge_urls_from_cache
from wagtail.models import Page

SITE_WIDE_PATHS = ("/sitemap.xml", "/en/search/")


def purge_page(page):
    """Purge a page that was published or unpublished, and everything that lists it."""
    if not proxy_configured():
        return
    batch = PurgeBatch()
    batch.add_pages(pages_showing(page))
    batch.add_urls(site_wide_urls())
    purge_after_commit(batch.urls)


def purge_moved_page(page, url_path_before, parent_before):
    """Purge a moved page at its old and new addresses (its descendants too), and both listings."""
    if not proxy_configured():
        return
    batch = PurgeBatch()
    moved = [page, *page.get_descendants().live().specific()]
    batch.add_pages(moved)
    # Page addresses end with the page's url_path below its site root: swap the moved part back.
    root_length = len(page.get_site().root_page.url_path) - 1
    new_tail, old_tail = page.url_path[root_length:], url_path_before[root_length:]
    for url in list(batch.urls):
        head, found, rest = url.partition(new_tail)
        if found:
            batch.add_url(head + old_tail + rest)
    batch.add_pages(pages_showing(page))
    batch.add_pages(pages_showing(parent_before))
    batch.add_urls(site_wide_urls())
    purge_after_commit(batch.urls)


def purge_urls(urls):
    """Purge given addresses (for example the renditions of a withdrawn photo)."""
    if not proxy_configured():
        return
    urls = set(urls)
    if urls:
        purge_after_commit(urls)


def pages_showing(page):
    """The page, its listings up to the home page, and other pages that list it."""
    page = page.specific_deferred
    ancestors = Page.objects.ancestor_of(page).filter(depth__gt=1).live().specific()
    listing_this = getattr(page, "pages_listing_this", None)
    return [page, *ancestors, *(listing_this() if listing_this else [])]


def site_wide_urls():
    return [settings.HUB_PUBLIC_URL + path for path in SITE_WIDE_PATHS]


def proxy_configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def purge_after_commit(urls):
    urls = sorted(urls)
    transaction.on_commit(lambda: purge_urls_from_cache(urls))
