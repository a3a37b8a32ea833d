"""Suggestions as you type: titles of live, public pages that start with what was typed."""

import logging

from django.conf import settings
from wagtail.search.backends import get_search_backend

from search.engine import backend_is_database, candidate_pages, load_pages
from search.text import query_words

logger = logging.getLogger("hub.search")

MAX_SUGGESTIONS = 6


def _autocomplete_ids(backend_name, text, pages):
    backend = get_search_backend(backend_name)
    if not backend_is_database(backend):
        pages = pages.model.objects.filter(pk__in=list(pages.values_list("pk", flat=True)))
    results = backend.autocomplete(text, pages)[:MAX_SUGGESTIONS]
    return [page.pk for page in results]


def suggestions(query, locale):
    words = query_words(query)
    if not words:
        return []
    text = " ".join(words)
    pages = candidate_pages(locale).only("pk")
    try:
        ids = _autocomplete_ids("default", text, pages)
    except Exception:
        if "database" not in settings.WAGTAILSEARCH_BACKENDS:
            raise
        logger.exception("Search engine failed; suggestions come from the database backend instead")
        ids = _autocomplete_ids("database", text, pages)
    return [
        {"title": page.title, "url": page.url, "type": str(type(page)._meta.verbose_name).capitalize()}
        for page in load_pages(ids)
    ]
