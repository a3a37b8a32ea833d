"""Relevance over the demo content: what a person would expect at the top for each query."""

import re

import pytest
from django.utils import translation
from wagtail.models import Locale

from search.engine import candidate_pages, find_ids, load_pages
from search.spelling import suggest_spelling
from search.text import query_words

pytestmark = pytest.mark.django_db


def top_titles(query, n=3):
    ids = find_ids(query, candidate_pages(Locale.get_default(), {})).ids[:n]
    return [page.title for page in load_pages(ids)]


EXPECTED_FIRST = [
    ("hearing loss", "The Listening Post: a market-stall pop-up about hearing loss"),
    ("Listening Post", "The Listening Post: a market-stall pop-up about hearing loss"),
    ("Swansea market", "The Listening Post: a market-stall pop-up about hearing loss"),
    ("diabetes", "Diabetes conversations co-designed with South Asian women's groups"),
    ("South Asian women", "Diabetes conversations co-designed with South Asian women's groups"),
    ("antenatal appointments", "Mothers and midwives redesign antenatal appointments"),
    ("social media mental health", "Young advisers shape research on social media and mental health"),
    ("accessibility statement", "Accessibility statement"),
    ("privacy", "Privacy notice"),
    ("ISRCTN14839270", "Stroke survivors and carers review a rehabilitation trial"),
    ("10.3310/ypmh2204", "Young advisers shape research on social media and mental health"),
]

EXPECTED_IN_TOP_3 = [
    # A course, an advisory group and a trial role now share these words with these pages.
    ("co-production", "What we mean by co-production"),
    ("dementia", "Carers set the questions for research on dementia care at home"),
    ("stroke rehabilitation", "Stroke survivors and carers review a rehabilitation trial"),
    ("paying public contributors", "Paying public contributors fairly, and on time"),
    ("payments", "Payment for your time"),
    ("lay review panel", "A year on the lay review panel"),
    ("digital buddies", "Digital buddies: helping people get online to take part"),
    ("digital buddies", "Digital buddies help older people join online involvement"),
    ("before funding", "Involving people before the funding arrives"),
    ("carer", "Carers set the questions for research on dementia care at home"),
    ("midwife", "Mothers and midwives redesign antenatal appointments"),
    ("online meetings", "Involvement when we could not meet: lessons from moving online"),
    ("impact scorecard", "Talking about impact without turning it into a scorecard"),
]


@pytest.mark.parametrize(("query", "title"), EXPECTED_FIRST)
def test_expected_page_comes_first(demo_content, query, title):
    assert top_titles(query, 1) == [title]


@pytest.mark.parametrize(("query", "title"), EXPECTED_IN_TOP_3)
def test_expected_page_in_top_three(demo_content, query, title):
    assert title in top_titles(query, 3)


def test_stemming_co_producing_finds_co_production(demo_content):
    titles = top_titles("co-producing", 10)
    assert "What we mean by co-production" in titles


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("demensia", "dementia"),
        ("diabetis", "diabetes"),
        ("strok", "stroke"),
        ("carres", "carers"),  # swapped letters, which share few letter triples
        ("paymnet", "payment"),
        ("rehabilitaiton", "rehabilitation"),
        ("co-desing", "co-design"),  # a compound keeps its prefix; only the rest is corrected
        ("mental helth", "mental health"),
    ],
)
def test_misspellings_get_a_suggestion(demo_content, typed, meant):
    assert suggest_spelling(query_words(typed), Locale.get_default()) == meant


@pytest.mark.parametrize("typed", ["coproduction", "co-production", "co production", "Co-Production"])
def test_every_spelling_of_co_production_finds_the_same_pages(demo_content, typed):
    assert "What we mean by co-production" in top_titles(typed, 3)
    hyphenated = set(find_ids("co-production", candidate_pages(Locale.get_default(), {})).ids)
    assert set(find_ids(typed, candidate_pages(Locale.get_default(), {})).ids) == hyphenated


def test_codesign_finds_co_designed_work(demo_content):
    assert "Diabetes conversations co-designed with South Asian women's groups" in top_titles("codesign", 5)


def test_welsh_compound_found_joined_or_hyphenated(demo_content):
    welsh = Locale.objects.get(language_code="cy")
    with translation.override("cy"):
        joined = set(find_ids("cydgynhyrchu", candidate_pages(welsh, {})).ids)
        hyphenated = set(find_ids("cyd-gynhyrchu", candidate_pages(welsh, {})).ids)
    assert joined and joined == hyphenated


@pytest.mark.parametrize("typed", ["coproduction", "codesign", "co-production", "co design"])
def test_did_you_mean_never_drops_part_of_the_query(demo_content, client, typed):
    html = client.get("/en/search/", {"q": typed}).content.decode()
    assert "Did you mean" not in html
    assert suggest_spelling(["coproduction"], Locale.get_default()) is None  # not "production"


def test_did_you_mean_when_only_some_words_were_found(demo_content, client):
    html = client.get("/en/search/", {"q": "mental helth"}).content.decode()
    assert "these results contain some of them" in html
    assert re.search(r'Did you mean <a href="\?q=mental\+health">mental health</a>', html)


def test_a_three_letter_stem_is_expanded(demo_content):
    assert "Payment for your time" in top_titles("paying", 5)
