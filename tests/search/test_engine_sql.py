"""How the engine uses the database: lazy result ids, facets in one query, an indexed match.

These tests check the shape of the work (queries, plans, results), never how long it takes;
timings are for scripts/benchmark_search.py.
"""

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from search.engine import ResultIds, candidate_pages, facet_counts, find_ids

pytestmark = pytest.mark.django_db

postgres_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL plans")


def test_result_ids_behave_like_a_list_of_the_ranked_ids(corpus):
    pages = candidate_pages(Locale.get_default(), {})
    ids = find_ids("people", pages).ids
    assert isinstance(ids, ResultIds)
    everything = list(ids)
    assert len(everything) == len(ids) == ids.count() >= 2
    assert ids[0] == everything[0]
    assert ids[-1] == everything[-1]
    assert ids[1:] == everything[1:]
    assert ids[:1] == everything[:1]
    assert ids[5:2] == []
    assert ids == everything
    with pytest.raises(IndexError):
        ids[len(everything)]


def test_a_search_with_no_results_is_falsy_and_counts_nothing(corpus):
    pages = candidate_pages(Locale.get_default(), {})
    outcome = find_ids("zzyzzyva", pages)
    assert not outcome.ids
    assert len(outcome.ids) == 0
    facets = facet_counts(outcome.ids, {}, Locale.get_default())
    assert all(not facet.options for facet in facets)


def test_facets_and_total_come_from_one_query(corpus):
    locale = Locale.get_default()
    ids = find_ids("people", candidate_pages(locale, {})).ids
    with CaptureQueriesContext(connection) as queries:
        facets = facet_counts(ids, {}, locale)
    assert len(queries) == 1
    with CaptureQueriesContext(connection) as queries:
        total = len(ids)
    assert len(queries) == 0  # the facet query gave the total as well
    by_key = {facet.key: {option.value: option.count for option in facet.options} for facet in facets}
    assert sum(by_key["type"].values()) == total


def test_facets_over_a_list_of_ids_match_facets_over_the_lazy_ids(corpus):
    locale = Locale.get_default()
    lazy = find_ids("people", candidate_pages(locale, {})).ids

    def counts(ids):
        return {
            facet.key: {option.value: option.count for option in facet.options}
            for facet in facet_counts(ids, {}, locale)
        }

    assert counts(lazy) == counts(list(lazy))


def test_only_the_page_shown_is_ranked(corpus):
    ids = find_ids("people", candidate_pages(Locale.get_default(), {})).ids
    with CaptureQueriesContext(connection) as queries:
        ids[:10]
    # On PostgreSQL a list shorter than the page asks once more whether the rank window
    # was full (search/backends/rank_window.py).
    assert len(queries) <= 2
    assert queries[0]["sql"].rstrip().endswith("LIMIT 10")


@postgres_only
def test_the_match_is_answered_from_the_gin_index(corpus):
    """The match expression is the indexed one, so PostgreSQL can answer it from the index.

    Sequential scans are switched off for the plan: on a handful of test pages a scan is
    cheaper, and the point is that the index covers the expression searched.
    """
    pages = candidate_pages(Locale.get_default(), {})
    matches = find_ids("co-producing dementia", pages).ids.matches().values("pk")
    sql, params = matches.query.sql_with_params()
    entry = '"wagtailsearch_indexentry"'
    assert f'hub_search_document({entry}."title", {entry}."body") @@' in sql
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            "EXPLAIN SELECT id FROM wagtailsearch_indexentry "
            "WHERE hub_search_document(title, body) @@ to_tsquery('english', 'produc:* & dementia')"
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "Bitmap Index Scan on hub_search_document_gin" in plan


@postgres_only
def test_the_hubs_sessions_do_not_jit_compile_searches():
    """JIT compiling a search's expressions took longer than running them (docs/search-benchmarks.md)."""
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"


@postgres_only
def test_index_entries_keep_large_vectors_out_of_line():
    with connection.cursor() as cursor:
        cursor.execute("SELECT reloptions FROM pg_class WHERE relname = 'wagtailsearch_indexentry'")
        assert "toast_tuple_target=256" in cursor.fetchone()[0]


def test_filters_match_any_value_of_a_facet_and_every_facet(corpus):
    """A theme filter finds every page type carrying the theme; facets combine with AND."""
    locale = Locale.get_default()

    def found(filters):
        return set(candidate_pages(locale, filters).values_list("pk", flat=True))

    inclusion = {corpus.memory.pk, corpus.payments.pk}  # a case study and a blog post
    assert found({"theme": ["inclusion-and-diversity"]}) == inclusion
    assert found({"theme": ["inclusion-and-diversity", "digital-technologies"]}) == inclusion | {
        corpus.apps_study.pk,
        corpus.welsh_blog.pk,
    }
    assert found({"theme": ["inclusion-and-diversity"], "region": ["north-west"]}) == {corpus.memory.pk}
    assert found({"theme": ["digital-technologies"], "topic": ["dementia"]}) == set()
    assert found({"theme": ["inclusion-and-diversity"], "year": ["2024"]}) == {corpus.payments.pk}
    assert found({"approach": ["co-production", "consultation"], "type": ["casestudypage"]}) == {
        corpus.memory.pk,
        corpus.apps_study.pk,
    }


def _plan(sql, params):
    """PostgreSQL's plan for a query, with sequential scans off (a handful of test rows
    would otherwise always be scanned): it shows which indexes can answer the query."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


@postgres_only
def test_candidate_pages_are_read_from_the_narrow_live_pages_index(corpus):
    """The candidate check reads only what search/migrations/0007 indexes, never page rows."""
    pages = candidate_pages(Locale.get_default(), {}).order_by()
    pages = pages.values("pk", "content_type_id", "first_published_at")
    plan = _plan(*pages.query.sql_with_params())
    assert "Index Only Scan using hub_search_live_pages on wagtailcore_page" in plan


@postgres_only
def test_topic_and_region_counts_read_term_and_page_pairs_from_an_index(corpus):
    for facet in ("topic", "region"):
        column = f"{facet}_id"
        sql = f"SELECT page_ptr_id, {column} FROM casestudies_casestudypage WHERE {column} IS NOT NULL"  # noqa: S608
        assert f"Index Only Scan using casestudy_{facet}_page" in _plan(sql, [])
