"""The hub's search: one query across every searchable page type, with filters and facets.

1. The candidates: live, public pages in the reader's language, of a searchable type and
   matching every chosen filter, as a subquery.
2. The match: on the database the matches stay in SQL (``ResultIds``); only the slice shown
   is ranked. Every word must match; if nothing does, any word may.
3. The total and the facet counts: one query (search/facets.py).
4. Only the pages shown are loaded, with their specific fields.

If a search engine (Elasticsearch, OpenSearch) fails, the search is logged and answered by
the database backend, which is kept up to date alongside it.
"""

import logging
import operator
from dataclasses import dataclass
from functools import partial, reduce

from django.conf import settings
from django.db.models import Q
from django.utils.translation import get_language
from modelsearch.query import And, Or, PlainText
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from search import engine_search
from search.backend_settings import engine_backend_name
from search.database import Prefix, match
from search.registry import searchable_content_types, taxonomy_fields, taxonomy_model, year_range
from search.text import MIN_DERIVED_STEM, MIN_PREFIX_STEM, compound_parts, query_words, stem, strip_control

logger = logging.getLogger("hub.search")

MAX_MATCHES = 10_000
PAGE_SIZE = 10  # results per page of the search page
MAX_ENGINE_MATCHES = 1_000
MAX_FILTER_VALUES = 10
SORTS = ("relevance", "newest")
FACET_KEYS = ("type", "theme", "approach", "topic", "region", "year")


class ResultIds:
    """The ids of a result set, kept in SQL and paged without loading them all.

    ``matches`` is an unordered queryset of the matching pages (for the total and facets);
    ``ordered(start, stop)`` is that slice of ids, best (or newest) first, so only the results
    shown are ranked. Slices read are kept: whether anything matched is answered by the first
    page of results, which the search page then shows without asking again.
    """

    def __init__(self, matches, ordered):
        self.matches, self._ordered, self.total, self._slices = matches, ordered, None, {}

    @classmethod
    def from_queryset(cls, queryset):
        """Ids of an ordered queryset of pages, e.g. browsing by filters without a query."""
        return cls(
            queryset.order_by(), lambda start, stop: list(queryset.values_list("pk", flat=True)[start:stop])
        )

    def count(self):
        if self.total is None:
            self.total = self.matches.count()
        return self.total

    __len__ = count

    def __bool__(self):
        return self.total > 0 if self.total is not None else bool(self[:PAGE_SIZE])

    def __getitem__(self, key):
        """A slice, as a Paginator takes it, or one id."""
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        start, stop = key.start or 0, MAX_MATCHES if key.stop is None else key.stop
        if (start, stop) not in self._slices:
            self._slices[start, stop] = self._ordered(start, stop) if stop > start else []
        return list(self._slices[start, stop])

    def __iter__(self):
        return iter(self[:MAX_MATCHES])


@dataclass
class SearchOutcome:
    ids: list
    words: list
    any_word: bool = False
    engine_failed: bool = False


def backend_is_database(backend):
    return any(cls.__module__.startswith("modelsearch.backends.database") for cls in type(backend).__mro__)


def search_backend(name="default"):
    """The backend to search: the database, or the search engine's backend for the reader's
    language (search/backend_settings.py), whose index is analysed for that language."""
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
    return parts[0] if len(parts) == 1 else (Or if any_word else And)(parts)


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


def filter_tests(filters):
    """{facet key: a Q on Page for the reader's choices in that facet}: OR within a facet.

    Each page type's terms are a separate ``pk IN (...)`` test, which PostgreSQL checks
    against a hashed set per type while it reads the candidate pages; as one ``IN`` over a
    union it could not estimate the union's size and looked pages up one by one.
    """
    tests = {}
    if filters.get("type"):
        tests["type"] = Q(content_type__in=chosen_content_types(filters))
    for key, pairs in taxonomy_fields().items():
        if filters.get(key):
            tests[key] = reduce(
                operator.or_,
                (Q(pk__in=_pages_with_terms(m, name, filters[key])) for m, name in pairs),
                Q(pk__in=[]),
            )
    if filters.get("year"):
        # Ranges of dates, not a year lookup, so a search engine can filter on them too.
        ranges = [year_range(int(year)) for year in sorted(filters["year"])]
        tests["year"] = reduce(
            operator.or_,
            (Q(first_published_at__gte=start, first_published_at__lt=end) for start, end in ranges),
        )
    return tests


def filter_conditions(filters):
    """A Q on Page for every chosen filter: OR within a facet, AND across facets."""
    return reduce(operator.and_, filter_tests(filters).values(), Q())


def chosen_content_types(filters):
    types = searchable_content_types()
    return [types[key][0] for key in filters.get("type") or list(types)]


def candidate_pages(locale=None, filters=None):
    """Live, public pages of searchable types in the locale, matching every filter."""
    filters = filters or {}
    pages = Page.objects.live().public().filter(locale=locale or Locale.get_active())
    return pages.filter(content_type__in=chosen_content_types(filters)).filter(
        filter_conditions({key: values for key, values in filters.items() if key != "type"})
    )


def _search(backend_name, words, pages, sort, any_word, filters):
    query, order_by_relevance = build_query(words, any_word), sort != "newest"
    backend = search_backend(backend_name)
    if not backend_is_database(backend):
        if not order_by_relevance:
            pages = pages.order_by("-first_published_at")
        # The engine filters and counts facets itself (search/engine_search.py).
        body = engine_search.search_body(
            backend, query, pages, filters or {}, FACET_KEYS, order_by_relevance, MAX_ENGINE_MATCHES
        )
        return engine_search.read_response(engine_search.run(backend, body), Locale.get_active())
    pages = pages.filter(filter_conditions(filters or {}))
    found = match(query)
    matches = pages.order_by().filter(pk__in=found.page_ids())
    if order_by_relevance:
        return ResultIds(matches, lambda start, stop: found.ranked(pages, start, stop))
    newest = matches.order_by("-first_published_at", "-id").values_list("pk", flat=True)
    return ResultIds(matches, lambda start, stop: list(newest[start:stop]))


def with_fallback(search, engine_failed=False):
    """(``search("default")``, False); if a search engine fails (now, or earlier in the same
    search) and the database backend is configured, (``search("database")``, True)."""
    try:
        if not engine_failed:
            return search("default"), False
    except Exception:
        if "database" not in settings.WAGTAILSEARCH_BACKENDS:
            raise
        logger.exception("Search engine failed; answering from the database backend instead")
    return search("database"), True


def find_ids(query, pages, sort="relevance", any_word=None, filters=None):
    """Matching page ids for the reader's query, best (or newest) first.

    ``any_word`` fixes the match to every word (False) or any word (True) instead of trying
    every word first. With ``filters``, ``pages`` are the candidates before them: the database
    applies them, a search engine applies them and counts the facets in the same request.
    """
    words = query_words(query)
    outcome = SearchOutcome(ids=[], words=words)
    attempts = [any_word] if any_word is not None else [False, True] if len(words) > 1 else [False]
    for attempt in attempts if words else []:
        run = partial(_search, words=words, pages=pages, sort=sort, any_word=attempt, filters=filters)
        ids, outcome.engine_failed = with_fallback(run, outcome.engine_failed)
        # The last attempt has no fallback, so its (lazy) results need no existence check.
        if attempt is attempts[-1] or ids:
            outcome.ids, outcome.any_word = ids, attempt
            break
    return outcome


def without_filters(query, sort, locale, outcome, filters):
    """The same search as ``outcome`` without its filters, matched the same way (every word or
    any word), for counting each facet without its own selection; None when nothing is filtered
    or a search engine counted the facets itself."""
    if not filters or isinstance(outcome.ids, engine_search.EngineMatches):
        return None
    if not outcome.words:
        return ResultIds.from_queryset(candidate_pages(locale, {}))
    return find_ids(query, candidate_pages(locale, {}), sort, outcome.any_word).ids


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
    pages = Page.objects.specific().in_bulk(ids)
    return [pages[pk] for pk in ids if pk in pages]
