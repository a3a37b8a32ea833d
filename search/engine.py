"""The hub's search: one query across every searchable page type, with filters and facets.

Steps, each a bounded number of SQL queries whatever the number of results:

1. The candidate pages: live, public, in the reader's language, of a searchable type, and
   matching every chosen filter (a subquery, not a list in Python).
2. The match over those candidates. On the database the matches stay in SQL
   (``ResultIds``, search/database.py): an existence check (every word must match; if
   nothing does, any word may), then only the slice of ids shown is ranked
   (``ORDER BY rank LIMIT n``).
3. Facet counts and the total: one query, the six aggregates ``UNION ALL``-ed over a
   ``WITH`` of the matching ids, which are computed once and never ranked; each facet is
   counted without its own selection, so its other options stay offered.
4. Only the pages shown on this results page are loaded, with their specific fields.

If an external engine (Elasticsearch, OpenSearch) fails, the search is logged and run
again on the database backend, which is kept up to date alongside it.
"""

import logging
import operator
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime
from functools import reduce

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import BooleanField, ExpressionWrapper, Q
from django.db.models.expressions import RawSQL
from django.db.models.functions import ExtractYear
from django.utils.timezone import make_aware
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelsearch.query import And, Or, PlainText
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from search.backends.config import engine_backend_name
from search.database import Prefix, match
from search.registry import searchable_content_types, taxonomy_fields, taxonomy_links, taxonomy_model
from search.text import MIN_DERIVED_STEM, MIN_PREFIX_STEM, compound_parts, query_words, stem, strip_control

logger = logging.getLogger("hub.search")

MAX_MATCHES = 10_000
PAGE_SIZE = 10  # results per page of the search page
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


class ResultIds:
    """The ids of a result set, kept in SQL: counted, faceted and sliced without loading them all.

    ``matches`` is an unordered queryset of the matching pages (for counts and facets);
    ``ordered(start, stop)`` returns that slice of ids, best (or newest) first, so only the
    results shown are ranked. It behaves as a read-only sequence (``len()``, slicing and
    iteration over the first ``MAX_MATCHES``), so a ``Paginator`` can page it. Slices are
    kept: whether anything matched is answered by the first page of results, which the
    search page then shows without asking again.
    """

    def __init__(self, matches, ordered):
        self.matches = matches
        self._ordered = ordered
        self._count = None
        self._slices = {}

    @classmethod
    def from_queryset(cls, queryset):
        """Ids of an ordered queryset of pages, e.g. browsing by filters without a query."""
        return cls(
            queryset.order_by(), lambda start, stop: list(queryset.values_list("pk", flat=True)[start:stop])
        )

    def count(self):
        if self._count is None:
            self._count = self.matches.count()
        return self._count

    def set_count(self, count):
        self._count = count

    def __len__(self):
        return self.count()

    def __bool__(self):
        return self._count > 0 if self._count is not None else bool(self[:PAGE_SIZE])

    def __getitem__(self, key):
        if not isinstance(key, slice):
            found = self[key : key + 1] if key >= 0 else list(self)[key : key + 1 or None]
            if not found:
                raise IndexError("result index out of range")
            return found[0]
        start, stop = key.start or 0, MAX_MATCHES if key.stop is None else key.stop
        if start < 0 or stop < 0 or key.step not in (None, 1):
            return list(self)[key]
        if (start, stop) not in self._slices:
            self._slices[start, stop] = self._ordered(start, stop) if stop > start else []
        return list(self._slices[start, stop])

    def __iter__(self):
        return iter(self[:MAX_MATCHES])

    def __eq__(self, other):
        return list(self) == list(other) if isinstance(other, (list, tuple)) else NotImplemented

    __hash__ = None


@dataclass
class SearchOutcome:
    ids: list
    words: list
    any_word: bool = False
    engine_failed: bool = False
    capped: bool = False


def backend_is_database(backend):
    return type(backend).__module__.startswith("search.backends")


def search_backend(name="default"):
    """The backend to search: the database, or the search engine's backend for the reader's
    language (search/backends/config.py), whose index is analysed for that language."""
    if name == "default":
        language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
        name = engine_backend_name(language, settings.LANGUAGE_CODE)
        if name not in settings.WAGTAILSEARCH_BACKENDS:
            name = "default"
    return get_search_backend(name)


def simple_word_query(word):
    """One word: the word itself, or any indexed word starting with its light stem."""
    word_stem = stem(word)
    if len(word_stem) >= MIN_PREFIX_STEM or (word_stem != word and len(word_stem) >= MIN_DERIVED_STEM):
        return Or([PlainText(word, operator="and"), Prefix(word_stem)])
    return PlainText(word, operator="and")


def word_query(word):
    """One reader's term. A compound matches however it is written: "coproduction" (joined),
    or its prefix and the rest as separate indexed words, which is how every search index
    splits "co-production" and "co production"."""
    parts = compound_parts(word)
    if parts is None:
        return simple_word_query(word)
    prefix, rest = parts
    return Or(
        [simple_word_query(prefix + rest), And([PlainText(prefix, operator="and"), simple_word_query(rest)])]
    )


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


def _pages_with_terms(model, field_name, slugs):
    """Ids of pages of ``model`` with any of these terms, read from the narrowest table.

    A many-to-many facet reads its link table alone (page, term), not the page-type table;
    a foreign key reads the (term, page) index the page type keeps for search.
    """
    field = model._meta.get_field(field_name)
    if field.many_to_many:
        links = field.remote_field.through.objects
        term, page = field.m2m_reverse_field_name(), field.m2m_field_name()
        return links.filter(**{f"{term}__slug__in": slugs}).values(page).order_by()
    return model.objects.filter(**{f"{field_name}__slug__in": slugs}).values("pk").order_by()


def filter_conditions(filters):
    """A Q on Page for the taxonomy and year filters: OR within a facet, AND across facets.

    Each page type's terms are a separate ``pk IN (...)`` test, which PostgreSQL checks
    against a hashed set per type while it reads the candidate pages; as one ``IN`` over a
    union it could not estimate the union's size and looked pages up one by one.
    """
    conditions = Q()
    for key, pairs in taxonomy_fields().items():
        slugs = filters.get(key)
        if not slugs:
            continue
        any_type = Q(pk__in=[])
        for model, field_name in pairs:
            any_type |= Q(pk__in=_pages_with_terms(model, field_name, slugs))
        conditions &= any_type
    if filters.get("year"):
        # Ranges of dates, not a year lookup, so a search engine can filter on them too.
        years = [int(year) for year in filters["year"]]
        conditions &= reduce(
            operator.or_,
            (
                Q(
                    first_published_at__gte=make_aware(datetime(y, 1, 1)),
                    first_published_at__lt=make_aware(datetime(y + 1, 1, 1)),
                )
                for y in sorted(years)
            ),
        )
    return conditions


def _chosen_content_types(filters):
    types = searchable_content_types()
    return [types[key][0] for key in filters.get("type") or list(types)]


def candidate_pages(locale=None, filters=None):
    """Live, public pages of searchable types in the locale, matching every filter."""
    filters = filters or {}
    locale = locale or Locale.get_active()
    pages = (
        Page.objects.live().public().filter(locale=locale, content_type__in=_chosen_content_types(filters))
    )
    conditions = filter_conditions(filters)
    if conditions:
        pages = pages.filter(conditions)
    return pages


def _search(words, pages, order_by_relevance, any_word, backend_name="default"):
    query = build_query(words, any_word)
    backend = search_backend(backend_name)
    if not backend_is_database(backend):
        # The candidates' conditions (live, public, language, type, year) become the engine's
        # own filters; a taxonomy filter is sent as the ids of the pages carrying its terms.
        if not order_by_relevance:
            pages = pages.order_by("-first_published_at")
        results = backend.search(query, pages, order_by_relevance=order_by_relevance)
        return [page.pk for page in results[:MAX_ENGINE_MATCHES]]
    found = match(query)
    matches = pages.order_by().filter(pk__in=found.page_ids())
    if order_by_relevance:
        return ResultIds(matches, lambda start, stop: found.ranked(pages, start, stop))
    newest = matches.order_by("-first_published_at", "-id").values_list("pk", flat=True)
    return ResultIds(matches, lambda start, stop: list(newest[start:stop]))


def find_ids(query, pages, sort="relevance", any_word=None):
    """Matching page ids for the reader's query, best (or newest) first.

    ``any_word`` fixes the match to every word (False) or any word (True) instead of trying
    every word first.
    """
    words = query_words(query)
    outcome = SearchOutcome(ids=[], words=words)
    if not words:
        return outcome
    order_by_relevance = sort != "newest"
    backend_name = "default"
    attempts = [False, True] if len(words) > 1 else [False]
    if any_word is not None:
        attempts = [any_word]
    for any_word in attempts:
        try:
            ids = _search(words, pages, order_by_relevance, any_word, backend_name)
            # The last attempt has no fallback, so its (lazy) results need no existence check.
            found = any_word is attempts[-1] or bool(ids)
        except Exception:
            if backend_name != "default" or "database" not in settings.WAGTAILSEARCH_BACKENDS:
                raise
            logger.exception("Search engine failed; answering from the database backend instead")
            outcome.engine_failed = True
            backend_name = "database"
            ids = _search(words, pages, order_by_relevance, any_word, backend_name)
            found = bool(ids)
        if found:
            outcome.ids = ids
            outcome.any_word = any_word
            outcome.capped = isinstance(ids, list) and len(ids) >= MAX_ENGINE_MATCHES
            break
    return outcome


def without_filters(query, sort, locale, outcome, filters):
    """The same search as ``outcome`` without its filters, matched the same way (every word or
    any word), for counting each facet without its own selection; None when nothing is filtered."""
    if not filters:
        return None
    if not outcome.words:
        return ResultIds.from_queryset(candidate_pages(locale, {}))
    return find_ids(query, candidate_pages(locale, {}), sort, outcome.any_word).ids


def ids_in(ids, field="pk"):
    """A Q for "field is one of ids": one array parameter on PostgreSQL, not thousands."""
    if connection.vendor == "postgresql":
        return Q(**{f"{field}__in": RawSQL("SELECT unnest(%s::integer[])", [list(ids)])})
    return Q(**{f"{field}__in": list(ids)})


MATCHES_CTE = "hub_search_matches"


def _passes(chosen, key=None):
    """SQL: the row passes every chosen facet's filter but ``key``'s (a facet is counted without
    its own selection, so its other options stay offered), or every filter for the total."""
    tests = [connection.ops.quote_name(f"hub_pass_{other}") for other in chosen if other != key]
    return " AND ".join(tests) or "TRUE"


def _facet_sql(chosen):
    """SQL counting every facet over the ``hub_search_matches`` (id, content_type_id, year) rows.

    Written from the models' metadata, so a new page type with a ``themes`` relation is
    counted without changes here. Each taxonomy part joins its link table (a many-to-many
    table, or the page table holding a foreign key) to the matches that pass the other
    facets' filters, then names the terms. A link row is one page and one term
    (many-to-many tables are unique on the pair), so ``COUNT(*)`` counts pages without the
    sort that ``COUNT(DISTINCT ...)`` needs.
    """
    quote = connection.ops.quote_name
    matches = quote(MATCHES_CTE)
    parts = [
        f"SELECT 'total', '', '', COUNT(*) FROM {matches} WHERE {_passes(chosen)}",  # noqa: S608 - constant names
        f"SELECT 'type', CAST(content_type_id AS varchar(20)), '', COUNT(*) FROM {matches} "  # noqa: S608
        f"WHERE {_passes(chosen, 'type')} GROUP BY content_type_id",
        f"SELECT 'year', CAST(year AS varchar(20)), '', COUNT(*) FROM {matches} "  # noqa: S608
        f"WHERE year IS NOT NULL AND {_passes(chosen, 'year')} GROUP BY year",
    ]
    for key, pairs in taxonomy_fields().items():
        terms = taxonomy_model(key)._meta
        for model, field_name in pairs:
            table, page_column, term_column = taxonomy_links(model, field_name)
            parts.append(
                f"SELECT '{key}', term.{quote('slug')}, term.{quote('name')}, COUNT(*) "  # noqa: S608 - model metadata
                f"FROM {quote(table)} link "
                f"JOIN {matches} m ON m.id = link.{quote(page_column)} "
                f"JOIN {quote(terms.db_table)} term ON term.{quote(terms.pk.column)} = link.{quote(term_column)} "
                f"WHERE {_passes(chosen, key)} "
                f"GROUP BY term.{quote('slug')}, term.{quote('name')}"
            )
    return " UNION ALL ".join(parts)


def _filter_tests(filters):
    """{facet key: condition on Page} for each chosen facet."""
    tests = {}
    if filters.get("type"):
        tests["type"] = Q(content_type__in=_chosen_content_types(filters))
    for key in (*taxonomy_fields(), "year"):
        if filters.get(key):
            tests[key] = filter_conditions({key: filters[key]})
    return tests


def _facet_rows(ids, filters=None):
    """Rows of (facet, value, label, count) for every facet, and the total, in one query.

    The pages ``ids`` names are found once, in a ``WITH`` clause (with their type, year and
    whether they pass each chosen filter), and never ranked; each facet is an aggregate over
    those passing the other facets' filters, joined with ``UNION ALL``.
    """
    tests = _filter_tests(filters or {})
    matches = ids.matches if isinstance(ids, ResultIds) else Page.objects.filter(ids_in(ids))
    passes = {
        f"_pass_{key}": ExpressionWrapper(test, output_field=BooleanField()) for key, test in tests.items()
    }
    matches = matches.annotate(_year=ExtractYear("first_published_at"), **passes)
    matches = matches.values_list("pk", "content_type_id", "_year", *passes)
    columns = ["id", "content_type_id", "year", *(f"hub_pass_{key}" for key in tests)]
    try:
        match_sql, match_params = matches.query.sql_with_params()
    except EmptyResultSet:  # a query Django knows matches nothing, e.g. an empty id list
        return []
    materialized = "MATERIALIZED " if connection.vendor == "postgresql" else ""
    column_list = ", ".join(connection.ops.quote_name(column) for column in columns)
    sql = (
        f"WITH {connection.ops.quote_name(MATCHES_CTE)} ({column_list}) AS "  # noqa: S608
        f"{materialized}({match_sql}) {_facet_sql(list(tests))}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, match_params)
        return cursor.fetchall()


def _counts_by_facet(rows):
    """{facet key: {value: (label, count)}} with readable labels for content types."""
    types = searchable_content_types()
    by_id = {str(content_type.pk): (key, model) for key, (content_type, model) in types.items()}
    counts = {key: {} for key in FACET_KEYS}
    for facet, value, label, n in rows:
        if facet == "total":
            continue
        if facet == "type":
            if value not in by_id:
                continue
            key, model = by_id[value]
            counts["type"][key] = (str(model._meta.verbose_name_plural).capitalize(), n)
        elif facet == "year":
            counts["year"][value] = (value, n)
        else:
            name, total = counts[facet].get(value, (label, 0))
            counts[facet][value] = (name, total + n)
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


def facet_counts(ids, filters, locale=None, unfiltered=None):
    """A Facet per facet key, options by count then name; chosen values always listed.

    ``ids`` is a ``ResultIds`` (counted in SQL, which also gives it its total) or a list.
    ``unfiltered``, the same search without any filter, lets each facet be counted without
    its own selection (the usual rule for choosing several options): choosing "Blog posts"
    leaves "Case studies" offered, with its count. Without it, every count has every filter.
    """
    locale = locale or Locale.get_active()
    rows = _facet_rows(unfiltered, filters) if unfiltered is not None and filters else _facet_rows(ids)
    if isinstance(ids, ResultIds):
        ids.set_count(next((int(n) for facet, _v, _l, n in rows if facet == "total"), 0))
    all_counts = _counts_by_facet(rows)
    facets = []
    for key in FACET_KEYS:
        counts = all_counts[key]
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


def terms_in_use(key, locale=None):
    """The terms of one facet (e.g. themes) that a live, public page in the locale has, by name."""
    locale = locale or Locale.get_active()
    pages = candidate_pages(locale, {}).values("pk")
    used = Q(pk__in=[])
    for model, field_name in taxonomy_fields()[key]:
        used |= Q(pk__in=model.objects.filter(pk__in=pages).values(field_name))
    return taxonomy_model(key).objects.filter(used, locale=locale).order_by("name")


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
