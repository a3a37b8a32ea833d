"""Wagtail's read API (v2), with the site search and its filters on the pages endpoint.

    /api/v2/pages/?search=co-production&theme=inclusion-and-diversity&year=2024
    /api/v2/pages/?type=blog.BlogPage&search=dementia&sort=newest&fields=summary

``search`` is the search page's (every word then any word, database fallback): the best
``MAX_API_RESULTS`` matches, or the newest with ``sort=newest``. ``theme``, ``approach``,
``topic``, ``region`` (slugs) and ``year`` filter with or without it; unknown values match
nothing rather than failing.
"""

from django.db.models import Case, IntegerField, Value, When
from modelsearch.backends.base import FieldError
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

from search.engine import clean_filters, filter_conditions, find_ids
from search.text import normalise_query, query_words

MAX_API_RESULTS = 500
FILTER_KEYS = ("theme", "approach", "topic", "region", "year")


class HubSearchFilter(BaseFilterBackend):
    """Facet filters and full-text search with the hub's engine. Must run last."""

    def filter_queryset(self, request, queryset, view):
        params = request.GET
        filters = {k: v for k, v in clean_filters(params).items() if k in FILTER_KEYS}
        if not filters and any(params.getlist(key) for key in FILTER_KEYS):
            return queryset.none()
        if "search" not in params:
            return queryset.filter(filter_conditions(filters)) if filters else queryset
        query = normalise_query(params.get("search", ""))
        if not query_words(query):
            return queryset.none()
        sort = params.get("sort", "relevance")
        if sort not in ("relevance", "newest"):
            raise BadRequestError("sort must be 'relevance' or 'newest'")
        if "order" in params:
            sort = "newest"
        try:
            # The filters go with the search, so a search engine applies them itself.
            ids = find_ids(query, queryset.order_by(), sort, filters=filters).ids[:MAX_API_RESULTS]
        except FieldError as error:
            raise BadRequestError(f"cannot search with the filter '{error.field_name}'") from error
        if "order" in params:
            return queryset.filter(pk__in=ids)
        position = Case(
            *[When(pk=pk, then=Value(index)) for index, pk in enumerate(ids)],
            output_field=IntegerField(),
        )
        return queryset.filter(pk__in=ids).annotate(_search_position=position).order_by("_search_position")


class HubPagesAPIViewSet(PagesAPIViewSet):
    # Wagtail's filters, with the hub's search last in place of Wagtail's.
    filter_backends = [f for f in PagesAPIViewSet.filter_backends if f is not SearchFilter] + [
        HubSearchFilter
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union([*FILTER_KEYS, "sort"])


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", HubPagesAPIViewSet)
