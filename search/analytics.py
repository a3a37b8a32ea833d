"""Recording searches (Wagtail's search terms report) and reading editors' promoted results."""

import logging

from django.db import DatabaseError, transaction
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.search.utils import normalise_query_string

from search.models import UnansweredSearch

logger = logging.getLogger("hub.search")


def record_search(query, result_count, language):
    """Count the search for the search-terms report; note it if it found nothing. Never fails the page."""
    try:
        with transaction.atomic():
            Query.get(query).add_hit()
            if result_count == 0:
                UnansweredSearch.record(query, language)
    except DatabaseError:
        logger.exception("Could not record a search")


def promoted_results(query, locale):
    """Editors' promotions for this query: live, public pages in the reader's language, or links."""
    promotions = (
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .select_related("page")
        .order_by("sort_order")
    )
    items = []
    for promotion in promotions:
        page = promotion.page
        if page is not None:
            if not page.live or page.locale_id != locale.pk:
                continue
            items.append({"page": page, "title": page.title, "description": promotion.description})
        elif promotion.external_link_url:
            items.append(
                {
                    "url": promotion.external_link_url,
                    "title": promotion.external_link_text or promotion.external_link_url,
                    "description": promotion.description,
                }
            )
    if items:
        private = {p["page"].pk for p in items if "page" in p} - _public_ids(items)
        items = [item for item in items if "page" not in item or item["page"].pk not in private]
    return items


def _public_ids(items):
    from wagtail.models import Page

    ids = [item["page"].pk for item in items if "page" in item]
    return set(Page.objects.filter(pk__in=ids).public().values_list("pk", flat=True))
