"""The hub's search: one query across every searchable page type, with filters and facets.

Steps, each a bounded number of SQL queries whatever the number of results:

1. The candidate pages: live, public, in the reader's language, of a searchable type, and
   matching every chosen filter (a subquery, not a list in Python).
2. The backend search over those candidates gives the matching page ids, best first (or
   newest first). Every word must match; if that finds nothing, any word may match.
3. Facet counts: one aggregate query per facet over the matching ids.
4. Only the pages shown on this results page are loaded, with their specific fields.

If an external engine (Elasticsearch, OpenSearch) fails, the search is logged and run
again on the database backend, which is kept up to date alongside it.
"""

import logging
from collections import OrderedDict
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection
from django.db.models import Count, F, Q
from django.db.models.expressions import RawSQL
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _
from modelsearch.query import And, Or, PlainText
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from search.backends.database import Prefix
from search.registry import searchable_content_types, taxonomy_fields, taxonomy_model
from search.text import MIN_PREFIX_STEM, query_words, stem, strip_control

logger = logging.getLogger("hub.search")

MAX_MATCHES = 10_000
MAX_ENGINE_MATCHES = 1_000
MAX_FILTER_VALUES = 10
SORTS = ("relevance", "newest")
FACET_KEYS = ("type", "theme", "approach", "topic", "region", "year")
FACET_LABELS = {
    "type": _("Content type"),
    "theme": _("Theme"),
    "approach": _("Approach"),
    "topic": _("Topic"),
    "region": _("Region"),
    "year": _("Year"),
}


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool = False


@dataclass
class Facet:
    key: str
    label: str
    options: list = field(default_factory=list)

    @property
    def selected_options(self):
        return [option for option in self.options if option.selected]


@dataclass
class SearchOutcome:
    ids: list
    words: list
    any_word: bool = False
    engine_failed: bool = False
    capped: bool = False


def backend_is_database(backend):
    return type(backend).__module__.startswith(("modelsearch.backends.database", "search.backends"))


def word_query(word):
    """One reader's word: the word itself, or any indexed word starting with its light stem."""
    word_stem = stem(word)
    if len(word_stem) >= MIN_PREFIX_STEM:
        return Or([PlainText(word, operator="and"), Prefix(word_stem)])
    return PlainText(word, operator="and")


def build_query(words, any_word=False):
    parts = [word_query(word) for word in words]
    if len(parts) == 1:
        return parts[0]
    return Or(parts) if any_word else And(parts)


def clean_filters(params):
    """Keep only known facet values: anything else is ignored, never an error."""
    types = searchable_content_types()
    cleaned = {}
    for key in FACET_KEYS:
        values = []
        raw_values = params.getlist(key) if hasattr(params, "getlist") else params.get(key, [])
        for raw in raw_values[: MAX_FILTER_VALUES * 2]:
            value = strip_control(str(raw)).strip().lower()[:100]
            if not value or value in values:
                continue
            if key == "type" and value not in types:
                continue
            if key == "year" and not (value.isascii() and value.isdigit() and 1900 < int(value) < 3000):
                continue
            values.append(value)
        if values:
            cleaned[key] = values[:MAX_FILTER_VALUES]
    return cleaned


def filter_conditions(filters):
    """A Q on Page for the taxonomy and year filters: OR within a facet, AND across facets.

    Each taxonomy facet is one ``pk IN (a UNION b ...)`` over the page types that have it,
    which PostgreSQL runs as a single hashed semi-join.
    """
    conditions = Q()
    for key, pairs in taxonomy_fields().items():
        slugs = filters.get(key)
        if not slugs:
            continue
        matching = [
            model.objects.filter(**{f"{field_name}__slug__in": slugs}).values("pk").order_by()
            for model, field_name in pairs
        ]
        if not matching:
            conditions &= Q(pk__in=[])
            continue
        union = matching[0].union(*matching[1:], all=True) if len(matching) > 1 else matching[0]
        conditions &= Q(pk__in=union)
    if filters.get("year"):
        years = Page.objects.filter(first_published_at__year__in=[int(y) for y in filters["year"]])
        conditions &= Q(pk__in=years.values("pk"))
    return conditions


def candidate_pages(locale=None, filters=None):
    """Live, public pages of searchable types in the locale, matching every filter."""
    filters = filters or {}
    types = searchable_content_types()
    locale = locale or Locale.get_active()
    chosen_types = filters.get("type") or list(types)
    pages = (
        Page.objects.live()
        .public()
        .filter(locale=locale, content_type__in=[types[key][0] for key in chosen_types])
    )
    conditions = filter_conditions(filters)
    if conditions:
        pages = pages.filter(conditions)
    return pages


def _ids_from_backend(backend, query, pages, order_by_relevance):
    if not backend_is_database(backend):
        pages = Page.objects.filter(pk__in=list(pages.values_list("pk", flat=True)))
        if not order_by_relevance:
            pages = pages.order_by("-first_published_at")
        results = backend.search(query, pages, order_by_relevance=order_by_relevance)
        return [page.pk for page in results[:MAX_ENGINE_MATCHES]]
    if not order_by_relevance:
        pages = pages.order_by("-first_published_at", "-id")
    results = backend.search(query, pages, order_by_relevance=order_by_relevance)[:MAX_MATCHES]
    return list(results.get_queryset().values_list("pk", flat=True))


def _search(words, pages, order_by_relevance, any_word, backend_name="default"):
    return _ids_from_backend(
        get_search_backend(backend_name), build_query(words, any_word), pages, order_by_relevance
    )


def find_ids(query, pages, sort="relevance"):
    """Matching page ids for the reader's query, best (or newest) first."""
    words = query_words(query)
    outcome = SearchOutcome(ids=[], words=words)
    if not words:
        return outcome
    order_by_relevance = sort != "newest"
    backend_name = "default"
    attempts = [False, True] if len(words) > 1 else [False]
    for any_word in attempts:
        try:
            ids = _search(words, pages, order_by_relevance, any_word, backend_name)
        except Exception:
            if backend_name != "default" or "database" not in settings.WAGTAILSEARCH_BACKENDS:
                raise
            logger.exception("Search engine failed; answering from the database backend instead")
            outcome.engine_failed = True
            backend_name = "database"
            ids = _search(words, pages, order_by_relevance, any_word, backend_name)
        if ids:
            outcome.ids = ids
            outcome.any_word = any_word
            outcome.capped = len(ids) >= MAX_MATCHES
            break
    return outcome


def ids_in(ids, field="pk"):
    """A Q for "field is one of ids": one array parameter on PostgreSQL, not thousands."""
    if connection.vendor == "postgresql":
        return Q(**{f"{field}__in": RawSQL("SELECT unnest(%s::integer[])", [list(ids)])})
    return Q(**{f"{field}__in": list(ids)})


def _year_counts(ids):
    rows = (
        Page.objects.filter(ids_in(ids), first_published_at__isnull=False)
        .annotate(year=ExtractYear("first_published_at"))
        .values("year")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return {str(row["year"]): (str(row["year"]), row["n"]) for row in rows}


def _type_counts(ids):
    types = searchable_content_types()
    by_id = {content_type.pk: (key, model) for key, (content_type, model) in types.items()}
    rows = Page.objects.filter(ids_in(ids)).values("content_type").annotate(n=Count("pk")).order_by()
    counts = {}
    for row in rows:
        if row["content_type"] in by_id:
            key, model = by_id[row["content_type"]]
            counts[key] = (str(model._meta.verbose_name_plural).capitalize(), row["n"])
    return counts


def _taxonomy_counts(key, ids):
    querysets = [
        model.objects.filter(ids_in(ids), **{f"{field_name}__isnull": False})
        .values(term_slug=F(f"{field_name}__slug"), term_name=F(f"{field_name}__name"))
        .annotate(n=Count("pk", distinct=True))
        .order_by()
        for model, field_name in taxonomy_fields()[key]
    ]
    if not querysets:
        return {}
    combined = querysets[0].union(*querysets[1:], all=True) if len(querysets) > 1 else querysets[0]
    counts = {}
    for row in combined:
        name, total = counts.get(row["term_slug"], (row["term_name"], 0))
        counts[row["term_slug"]] = (name, total + row["n"])
    return counts


def _selected_labels(key, values, locale):
    """Labels for chosen values that have no results, so they can still be shown and removed."""
    if key == "type":
        types = searchable_content_types()
        return {v: str(types[v][1]._meta.verbose_name_plural).capitalize() for v in values if v in types}
    if key == "year":
        return {v: v for v in values}
    terms = taxonomy_model(key).objects.filter(slug__in=values, locale=locale).values_list("slug", "name")
    return dict(terms)


def facet_counts(ids, filters, locale=None):
    """A Facet per facet key, options by count then name; chosen values always listed."""
    locale = locale or Locale.get_active()
    facets = []
    for key in FACET_KEYS:
        if key == "type":
            counts = _type_counts(ids)
        elif key == "year":
            counts = _year_counts(ids)
        else:
            counts = _taxonomy_counts(key, ids)
        chosen = filters.get(key, [])
        missing = [value for value in chosen if value not in counts]
        if missing:
            for value, label in _selected_labels(key, missing, locale).items():
                counts[value] = (label, 0)
        options = [
            FacetOption(value=value, label=label, count=count, selected=value in chosen)
            for value, (label, count) in counts.items()
        ]
        if key == "year":
            options.sort(key=lambda o: o.value, reverse=True)
        else:
            options.sort(key=lambda o: (-o.count, o.label.lower()))
        facets.append(Facet(key=key, label=str(FACET_LABELS[key]), options=options))
    return facets


def load_pages(ids):
    """The specific pages for ``ids``, in that order: one query per page type present."""
    pages = Page.objects.filter(pk__in=ids).specific()
    by_id = {page.pk: page for page in pages}
    return [by_id[pk] for pk in ids if pk in by_id]


def active_filters(facets):
    return OrderedDict(
        (facet.key, [option for option in facet.options if option.selected])
        for facet in facets
        if facet.selected_options
    )
