"""Recording searches (Wagtail's search terms report) and reading editors' promoted results."""

import logging
from contextlib import nullcontext

from django.db import DatabaseError, connection, transaction
from django.db.models import Q
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from search.models import UnansweredSearch

logger = logging.getLogger("hub.search")


def record_search(query, result_count, language):
    """Count the search for the search-terms report; note it if it found nothing. Never fails the page."""
    try:
        # A savepoint only inside a transaction, so a failure here cannot break it; a reader's
        # request runs in autocommit, where a transaction of its own costs two more round trips.
        with transaction.atomic() if connection.in_atomic_block else nullcontext():
            Query.get(query).add_hit()
            if result_count == 0:
                UnansweredSearch.record(query, language)
    except DatabaseError:
        logger.exception("Could not record a search")


def promoted_results(query, locale):
    """Editors' promotions for this query: live, public pages in the reader's language, or links."""
    shown = Q(page__in=Page.objects.live().public().filter(locale=locale)) | Q(
        page=None, external_link_url__gt=""
    )
    promotions = SearchPromotion.objects.filter(shown, query__query_string=normalise_query_string(query))
    return [
        {
            "page": promotion.page,
            "url": promotion.external_link_url,
            "title": promotion.page.title
            if promotion.page
            else promotion.external_link_text or promotion.external_link_url,
            "description": promotion.description,
        }
        for promotion in promotions.select_related("page").order_by("sort_order")
    ]
