"""Site search across all live, public pages in the reader's language, and suggestions as you type."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import get_language, gettext
from django.views.decorators.http import require_GET

from hub.fragment_cache import cached_fragment, lazy_context
from hub.languages import active_locale
from search import engine
from search.analytics import promoted_results, record_search
from search.engine import FACET_KEYS, candidate_pages, find_ids
from search.facets import facet_counts
from search.registry import type_label
from search.snippets import snippet
from search.spelling import suggest_spelling
from search.suggest import suggestions
from search.text import highlight, highlight_terms, normalise_query, query_words

FEW_RESULTS = 3


def _query_string(query, sort, filters, **changes):
    params = [("q", query)] if query else []
    params += [(key, value) for key in FACET_KEYS for value in filters.get(key, [])]
    params += [("sort", sort)] if sort != "relevance" else []
    return urlencode(params + list(changes.items()))


def _without(filters, key, value):
    remaining = {k: [v for v in values if not (k == key and v == value)] for k, values in filters.items()}
    return {k: v for k, v in remaining.items() if v}


def _result_items(pages, words):
    stems = highlight_terms(words)
    return [
        {
            "page": page,
            "title_html": highlight(page.title, stems, size=60),
            "snippet_html": snippet(page, stems),
            "type_label": type_label(type(page)),
            "date": page.first_published_at,
        }
        for page in pages
    ]


RESULT_NAMES = (
    "search_results",
    "results",
    "paginator",
    "facets",
    "show_filters",
    "browse_themes",
    "active_filter_removals",
    "filter_summary",
    "any_word",
    "promotions",
    "spelling",
    "spelling_url",
)


def search(request):
    query = normalise_query(request.GET.get("q", ""))
    sort = request.GET.get("sort") if request.GET.get("sort") in engine.SORTS else "relevance"
    filters = engine.clean_filters(request.GET)
    locale = active_locale(request)
    words = query_words(query)
    # The results are a fragment kept under the content version (search.html): found, counted
    # and drawn only when not kept. The search is still recorded every time.
    results_key = _query_string(query, sort, filters, page=request.GET.get("page", ""))
    context = lazy_context(lambda: _results(request, query, sort, filters, locale, words), RESULT_NAMES)
    if words:
        count, number = cached_fragment(
            request,
            "search-count",
            [results_key],
            lambda: (context["paginator"].count, context["search_results"].number),
        )
        if number == 1:
            record_search(query, count, get_language() or locale.language_code)
    context.update(
        {
            "search_query": query,
            "searched": bool(words or filters),
            "results_key": results_key,
            "chosen_filters": [(key, value) for key in FACET_KEYS for value in filters.get(key, [])],
            "sort": sort,
            "sort_options": [("relevance", gettext("Relevance")), ("newest", gettext("Newest first"))],
            "clear_filters_url": "?" + _query_string(query, sort, {}),
        }
    )
    return TemplateResponse(request, "search/search.html", context)


def _results(request, query, sort, filters, locale, words):
    """What the results fragment shows: results, facets, promotions and "did you mean"."""
    searched = bool(words or filters)
    outcome = find_ids(query, candidate_pages(locale), sort, filters=filters)
    if not words and filters:  # browsing by filters alone, newest first
        pages = candidate_pages(locale, filters).order_by("-first_published_at", "-id")
        outcome.ids = engine.ResultIds.from_queryset(pages)
    unfiltered = engine.without_filters(query, sort, locale, outcome, filters)
    facets = facet_counts(outcome.ids, filters, locale, unfiltered) if searched else []

    paginator = Paginator(outcome.ids, engine.PAGE_SIZE)
    page_obj = paginator.get_page(request.GET.get("page"))
    results = _result_items(engine.load_pages(list(page_obj.object_list)), words)

    promotions = []
    spelling = None
    if words:
        if page_obj.number == 1:
            promotions = promoted_results(query, locale)
        # Few results, or results for only some of the words ("mental helth"): a corrected
        # query is offered when it finds more, or finds every word where this did not.
        if paginator.count < FEW_RESULTS or outcome.any_word:
            candidate = suggest_spelling(words, locale)
            if candidate:
                better = find_ids(candidate, candidate_pages(locale), sort, filters=filters)
                more = len(better.ids) > paginator.count
                every_word = outcome.any_word and better.ids and not better.any_word
                if more or every_word:
                    spelling = {"query": candidate, "count": len(better.ids)}

    # Nothing found: offer a way in that needs no words, one link per theme in use.
    browse_themes = []
    if searched and paginator.count == 0:
        browse_themes = [
            {"name": theme.name, "url": "?" + _query_string("", "relevance", {"theme": [theme.slug]})}
            for theme in engine.terms_in_use("theme", locale)
        ]

    chosen = [(facet, [option for option in facet.options if option.selected]) for facet in facets]
    chosen = [(facet, options) for facet, options in chosen if options]
    return {
        "search_results": page_obj,
        "results": results,
        "paginator": paginator,
        "facets": facets,
        # Sorting and filters are offered when there is something to filter or a filter to undo.
        "show_filters": any(facet.options for facet in facets),
        "browse_themes": browse_themes,
        "active_filter_removals": [
            {
                "facet": facet.label,
                "label": option.label,
                "url": "?" + _query_string(query, sort, _without(filters, facet.key, option.value)),
            }
            for facet, options in chosen
            for option in options
        ],
        # For the result count: OR within a facet, AND across facets.
        "filter_summary": [
            {"facet": facet.label, "labels": [option.label for option in options]}
            for facet, options in chosen
        ],
        "any_word": outcome.any_word,
        "promotions": promotions,
        "spelling": spelling,
        "spelling_url": "?" + _query_string(spelling["query"], sort, filters) if spelling else "",
    }


@require_GET
def suggest(request):
    """JSON suggestions for the search box: up to 6 page titles matching what has been typed."""
    query = normalise_query(request.GET.get("q", ""))[:100]
    items = suggestions(query, active_locale(request)) if len(query) >= 2 else []
    response = JsonResponse({"query": query, "suggestions": items})
    response["Cache-Control"] = "public, max-age=60"
    return response
