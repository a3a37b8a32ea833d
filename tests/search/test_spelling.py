"""The spelling vocabulary behind 'did you mean': kept by the index, looked up, never a title scan."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from search.models import SpellingWord
from search.spelling import suggest_spelling
from search.vocabulary import rebuild_vocabulary, words_in
from tests.factories import BlogPageFactory

pytestmark = pytest.mark.django_db

URL = "/en/search/"


def vocabulary(locale=None):
    locale = locale or Locale.get_default()
    return set(SpellingWord.objects.filter(locale=locale).values_list("word", flat=True))


def test_words_are_lower_case_letters_and_digits_of_three_to_forty_characters():
    assert words_in("Memory CAFÉ: co-op, 2024 a b " + "x" * 41) == {"memory", "café", "2024"}


def test_published_titles_and_taxonomy_names_join_the_vocabulary(corpus):
    words = vocabulary()
    assert {"memory", "cafe", "partners", "paying", "contributors"} <= words
    assert {"dementia", "inclusion", "diversity", "wales"} <= words  # taxonomy names
    assert "draft" not in words  # the draft's title is not offered


def test_a_suggestion_is_one_lookup_in_the_vocabulary(corpus):
    locale = Locale.get_default()
    with CaptureQueriesContext(connection) as queries:
        assert suggest_spelling(["dementai"], locale) == "dementia"
    lookups = [query["sql"] for query in queries if " FROM " in query["sql"]]
    assert len(lookups) == 1  # on PostgreSQL the rest set the trigram threshold in a savepoint
    assert "search_spellingword" in lookups[0] and "wagtailcore_page" not in lookups[0]


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("partenrs", "partners"),  # two letters swapped: one edit
        ("lsesons", "lessons"),
        ("contirbutors", "contributors"),
        ("moood", "mood"),  # a short word: one edit
        ("revew panle", "review panel"),  # each word corrected
        ("memory cafe", None),  # nothing to correct
        ("contrbtrs", None),  # three edits from "contributors": too far
        ("mdoo", None),  # two edits from "mood", a four-letter word: too far
    ],
)
def test_words_a_few_edits_away_are_offered(corpus, typed, meant):
    assert suggest_spelling(typed.split(), Locale.get_default()) == meant


def test_a_word_whose_page_has_gone_is_never_offered(client, corpus):
    gone = BlogPageFactory(parent=corpus.site_tree.blog_index, title="Xylophone workshop", slug="xylophone")
    assert "xylophone" in vocabulary()
    gone.delete()
    html = client.get(URL, {"q": "xylophne"}).content.decode()
    assert "Did you mean" not in html


def test_rebuilding_keeps_only_what_is_live(corpus):
    SpellingWord.objects.create(locale=Locale.get_default(), word="obsoleteword")
    corpus.payments.unpublish()
    rebuild_vocabulary()
    words = vocabulary()
    assert "obsoleteword" not in words
    assert "paying" not in words
    assert {"memory", "dementia"} <= words
