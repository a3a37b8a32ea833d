"""The search facts table (search/facts.py): kept by PostgreSQL triggers, read by facet counts.

Each test changes pages the way editors and Wagtail do, then checks what is stored and that
facet counts read from the facts equal counts read from the pages and link tables.
"""

import pytest
from django.db import connection
from wagtail.models import Locale, PageViewRestriction

from search import facts
from search.engine import (
    _counts_by_facet,
    _facet_rows,
    _facts_to_count,
    candidate_ids,
    candidate_pages,
    find_ids,
)
from search.models import PageFacts
from tests.factories import CaseStudyPageFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the facts table is kept on PostgreSQL"),
]


def code(key, term):
    return term.pk * facts.FACET_SLOTS + facts.FACET_SLOT[key]


def stored(page):
    return PageFacts.objects.filter(pk=page.pk).first()


def counts_both_ways(query, filters=None):
    """Facet counts read from the facts, and from the pages and link tables, for one search."""
    filters = filters or {}
    locale = Locale.get_default()
    ids = find_ids(query, candidate_pages(locale, filters)).ids
    from_facts = _facts_to_count(ids, filters, locale)
    assert from_facts is not None
    return _counts_by_facet(_facet_rows(ids, from_facts)), _counts_by_facet(_facet_rows(ids))


def test_a_page_has_its_facts_with_every_term_it_carries(corpus):
    row = stored(corpus.memory)
    assert row.live and row.locale_id == corpus.memory.locale_id
    assert row.content_type_id == corpus.memory.content_type_id
    assert row.path == corpus.memory.path and row.depth == corpus.memory.depth
    assert row.first_published_at == corpus.memory.first_published_at
    assert sorted(row.terms) == sorted(
        [
            code("theme", corpus.themes.inclusion),
            code("approach", corpus.approaches.coproduction),
            code("topic", corpus.topics.dementia),
            code("region", corpus.regions.north),
        ]
    )
    assert stored(corpus.payments).terms == [code("theme", corpus.themes.inclusion)]
    assert stored(corpus.about).terms == []
    assert not stored(corpus.draft).live


def test_facts_follow_publishing_new_terms_unpublishing_moving_and_deleting(corpus):
    page = corpus.apps_study.get_latest_revision_as_object()
    page.themes = [corpus.themes.inclusion, corpus.themes.digital]
    page.topic = corpus.topics.dementia
    page.save_revision().publish()
    assert sorted(stored(page).terms) == sorted(
        [
            code("theme", corpus.themes.inclusion),
            code("theme", corpus.themes.digital),
            code("approach", corpus.approaches.consultation),
            code("topic", corpus.topics.dementia),
            code("region", corpus.regions.wales),
        ]
    )

    page.unpublish()
    assert stored(page).live is False

    # Moving a section rewrites its descendants' paths in raw SQL (treebeard).
    corpus.site_tree.case_study_index.move(corpus.private, pos="last-child")
    corpus.memory.refresh_from_db()
    assert corpus.memory.path.startswith(corpus.private.path)
    assert stored(corpus.memory).path == corpus.memory.path
    assert stored(corpus.memory).depth == corpus.memory.depth

    corpus.about.delete()
    assert stored(corpus.about) is None


def test_a_new_page_and_a_removed_term_change_the_counts_at_once(corpus):
    before, _ = counts_both_ways("people")
    CaseStudyPageFactory(
        parent=corpus.site_tree.case_study_index,
        title="People and places",
        slug="people-and-places",
        summary="People mapped the places they meet.",
        themes=[corpus.themes.digital],
        region=corpus.regions.wales,
    )
    corpus.regions.north.delete()  # its pages lose the region
    after, from_links = counts_both_ways("people")
    assert after == from_links
    assert after["theme"]["digital-technologies"][1] == before["theme"]["digital-technologies"][1] + 1
    assert after["region"] == {"wales": ("Wales", 2)}


SEARCHES = [
    ("people", {}),
    ("people", {"theme": ["inclusion-and-diversity"]}),
    ("people", {"theme": ["inclusion-and-diversity", "digital-technologies"], "type": ["blogpage"]}),
    ("people", {"type": ["casestudypage"], "year": ["2024"]}),
    ("people", {"region": ["wales", "north-west"], "topic": ["dementia"]}),
    ("people", {"theme": ["no-such-theme"]}),
    ("panel", {}),
    ("dementia", {"approach": ["co-production"]}),
    ("zzyzzyva", {}),
]


@pytest.mark.parametrize("query, filters", SEARCHES)
def test_counts_from_the_facts_equal_counts_from_the_link_tables(corpus, query, filters):
    from_facts, from_links = counts_both_ways(query, filters)
    assert from_facts == from_links


@pytest.mark.parametrize("query, filters", SEARCHES)
def test_results_checked_against_the_facts_equal_results_checked_against_the_pages(corpus, query, filters):
    """The search page checks the rank window against the facts' candidates (candidate_ids)."""
    locale = Locale.get_default()
    pages = candidate_pages(locale, filters)
    by_pages = list(find_ids(query, pages).ids)
    by_facts = list(find_ids(query, pages, "relevance", candidate_ids(locale, filters)).ids)
    assert by_facts == by_pages


def test_a_private_section_is_left_out_of_the_counts_as_of_the_results(corpus):
    from_facts, _ = counts_both_ways("people")
    assert from_facts["type"]["blogpage"][1] == 1
    PageViewRestriction.objects.create(page=corpus.site_tree.blog_index, restriction_type="login")
    from_facts, from_links = counts_both_ways("people")
    assert from_facts == from_links
    assert "blogpage" not in from_facts["type"]
    locale = Locale.get_default()
    found = find_ids("people", candidate_pages(locale, {}), "relevance", candidate_ids(locale, {})).ids
    assert corpus.payments.pk not in list(found)


def test_every_taxonomy_link_table_has_the_facts_trigger():
    with connection.cursor() as cursor:
        cursor.execute("SELECT tgrelid::regclass::text FROM pg_trigger WHERE tgname = %s", [facts.TRIGGER])
        with_trigger = {row[0] for row in cursor.fetchall()}
    tables = {table for table, _page_column, _link_table, _terms in facts._links()}
    assert tables and tables | {"wagtailcore_page"} <= with_trigger


def test_install_rebuilds_rows_that_went_wrong(corpus):
    PageFacts.objects.filter(pk=corpus.memory.pk).update(terms=[], live=False)
    PageFacts.objects.filter(pk=corpus.payments.pk).delete()
    facts.install()
    assert stored(corpus.memory).live and len(stored(corpus.memory).terms) == 4
    assert stored(corpus.payments).terms == [code("theme", corpus.themes.inclusion)]
