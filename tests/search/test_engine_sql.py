"""How the engine uses the database: lazy result ids, facets in one query, an indexed match.

These tests check the shape of the work (queries, plans, results), never how long it takes;
timings are for scripts/benchmark_search.py.
"""

import re

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from search.engine import ResultIds, candidate_pages, find_ids
from search.facets import facet_counts
from search.registry import taxonomy_fields

pytestmark = pytest.mark.django_db

postgres_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL plans")


def test_result_ids_behave_like_a_list_of_the_ranked_ids(corpus):
    pages = candidate_pages(Locale.get_default(), {})
    ids = find_ids("people", pages).ids
    assert isinstance(ids, ResultIds)
    everything = list(ids)
    assert len(everything) == len(ids) == ids.count() >= 2
    assert ids[0] == everything[0]
    assert ids[1:] == everything[1:]
    assert ids[:1] == everything[:1]
    assert ids[5:2] == []
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


def test_only_the_page_shown_is_ranked(corpus):
    find_ids("people", candidate_pages(Locale.get_default(), {})).ids[:10]  # fills per-process caches
    ids = find_ids("people", candidate_pages(Locale.get_default(), {})).ids
    with CaptureQueriesContext(connection) as queries:
        ids[:10]
    assert len(queries) == 1
    assert re.search(r"LIMIT 10( OFFSET 0)?\s*$", queries[0]["sql"])


@postgres_only
def test_the_match_is_answered_from_the_gin_index(corpus):
    """The match expression is the indexed one, so PostgreSQL can answer it from the index.

    Sequential scans are switched off for the plan: on a handful of test pages a scan is
    cheaper, and the point is that the index covers the expression searched.
    """
    pages = candidate_pages(Locale.get_default(), {})
    matches = find_ids("co-producing dementia", pages).ids.matches.values("pk")
    sql, params = matches.query.sql_with_params()
    assert re.search(r'hub_search_document\((\w+)\."title", \1\."body"\) @@', sql), sql
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


@postgres_only
def test_the_live_pages_index_covers_every_page_column_the_candidate_check_reads(corpus):
    """Every search checks its matches against the candidate pages from search/migrations/0007's
    index alone.

    That needs every page column the check reads (besides ``live``, the index's condition)
    to be in the index: a new column in the candidate check must join the index too.
    """
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'hub_search_live_pages'")
        definition = cursor.fetchone()[0]
    assert definition.endswith(
        "(locale_id, content_type_id, id) INCLUDE (first_published_at, path, depth) WHERE live"
    )
    covered = {"locale_id", "content_type_id", "id", "first_published_at", "path", "depth", "live"}

    locale = Locale.get_default()
    for filters in ({}, {"theme": ["inclusion-and-diversity"], "year": ["2024"]}):
        ids = find_ids("people", candidate_pages(locale, filters)).ids
        sql = str(ids.matches.values("pk").query)
        page_columns = set(re.findall(r'"wagtailcore_page"\."(\w+)"', sql))
        assert page_columns and page_columns <= covered, page_columns - covered


def test_every_taxonomy_foreign_key_has_a_term_and_page_index():
    """Topic and region are counted from (term, page) index entries, not wide page rows."""
    for key, pairs in taxonomy_fields().items():
        for model, field_name in pairs:
            field = model._meta.get_field(field_name)
            if field.many_to_many:
                continue  # a link table is already narrow
            table = model._meta.db_table
            with connection.cursor() as cursor:
                constraints = connection.introspection.get_constraints(cursor, table)
            indexed = [c["columns"] for c in constraints.values() if c["index"]]
            assert [field.column, model._meta.pk.column] in indexed, f"{table}: no ({key}, page) index"
