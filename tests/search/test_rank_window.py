"""Relevance order on PostgreSQL ranks a bounded window of matches (search/backends/rank_window.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from search.backends import rank_window
from search.engine import build_query, candidate_pages, facet_counts, find_ids
from search.text import query_words

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the PostgreSQL backend's ranking"),
]


def ranked_ids(query):
    return list(find_ids(query, candidate_pages(Locale.get_default(), {})).ids)


def fully_ranked_ids(query):
    """Every match ranked, as Wagtail ranks them: the backend's unsliced results."""
    pages = candidate_pages(Locale.get_default(), {}).order_by()
    results = get_search_backend().search(build_query(query_words(query)), pages)
    return [page.pk for page in results]


@pytest.mark.parametrize("query", ["people", "dementia", "panel", "young people", "co-producing"])
def test_when_the_window_holds_every_match_the_order_is_the_full_ranking(corpus, query):
    ids = ranked_ids(query)
    assert ids, query
    assert ids == fully_ranked_ids(query)


def test_beyond_the_window_title_matches_come_first_then_the_newest(corpus, monkeypatch):
    # "people" is in one title (the mood app) and in the text of three more pages.
    monkeypatch.setattr(rank_window, "RANK_WINDOW", 1)
    ids = ranked_ids("people")
    others = [corpus.about.pk, corpus.payments.pk, corpus.memory.pk]
    assert ids == [corpus.apps_study.pk, *sorted(others, reverse=True)]


def test_pages_of_results_neither_overlap_nor_miss_a_match(corpus, monkeypatch):
    monkeypatch.setattr(rank_window, "RANK_WINDOW", 2)
    outcome = find_ids("people", candidate_pages(Locale.get_default(), {}))
    pages = [outcome.ids[start : start + 1] for start in range(len(outcome.ids))]
    assert [pk for page in pages for pk in page] == list(outcome.ids)
    assert sorted(outcome.ids) == sorted(fully_ranked_ids("people"))


def test_a_results_page_ranks_at_most_the_window_whatever_the_matches(corpus):
    ids = find_ids("people", candidate_pages(Locale.get_default(), {})).ids
    with CaptureQueriesContext(connection) as queries:
        ids[:2]
    (sql,) = (query["sql"] for query in queries)
    # The window comes from the index entries alone, without ranking...
    window = sql[sql.index("ARRAY(") : sql.index(f"LIMIT {rank_window.RANK_WINDOW})")]
    assert "ts_rank" not in window and "wagtailcore_page" not in window
    # ...then only its entries whose pages are candidates are ranked.
    assert "ts_rank" in sql and sql.rstrip().endswith("LIMIT 2")


def test_the_window_keeps_only_the_readers_candidates(corpus):
    # "dementia" is also in a draft and a private page, which the window leaves out.
    filters = {"type": ["casestudypage"]}
    ids = find_ids("dementia", candidate_pages(Locale.get_default(), filters)).ids
    assert list(ids) == [corpus.memory.pk]


def test_facets_and_a_ranked_page_together(corpus):
    locale = Locale.get_default()
    ids = find_ids("people", candidate_pages(locale, {})).ids
    facet_counts(ids, {}, locale)
    assert ids[:10] == fully_ranked_ids("people")[:10]


def test_a_window_straddling_a_results_page_joins_both_orders(corpus, monkeypatch):
    monkeypatch.setattr(rank_window, "RANK_WINDOW", 2)
    ids = find_ids("people", candidate_pages(Locale.get_default(), {})).ids
    assert ids[1:3] == list(ids)[1:3]
    assert len(ids[0:10]) == len(fully_ranked_ids("people"))
