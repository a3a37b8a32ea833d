"""The known words behind 'did you mean': read once per content version, never offered when gone."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from hub.fragment_cache import new_content_version
from search.spelling import suggest_spelling, vocabulary, words_in
from tests.factories import BlogPageFactory

pytestmark = pytest.mark.django_db

URL = "/en/search/"


def test_words_are_lower_case_letters_and_digits_of_three_to_forty_characters():
    assert words_in("Memory CAFÉ: co-op, 2024 a b " + "x" * 41) == {"memory", "café", "2024"}


def test_published_titles_and_taxonomy_names_are_known_words(corpus):
    words = set(vocabulary(Locale.get_default()))
    assert {"memory", "cafe", "partners", "paying", "contributors"} <= words
    assert {"dementia", "inclusion", "diversity", "wales"} <= words  # taxonomy names
    assert "draft" not in words  # the draft's title is not offered


def test_the_known_words_are_read_once_per_content_version(corpus, django_capture_on_commit_callbacks):
    locale = Locale.get_default()
    assert suggest_spelling(["dementai"], locale) == "dementia"
    with CaptureQueriesContext(connection) as queries:
        assert suggest_spelling(["partenrs"], locale) == "partners"
    assert len(queries) == 0

    # Publishing starts a new content version, so a new title's words are offered at once.
    with django_capture_on_commit_callbacks(execute=True):
        BlogPageFactory(parent=corpus.site_tree.blog_index, title="Xylophone workshop", slug="xylophone")
        new_content_version()
    assert suggest_spelling(["xylophne"], locale) == "xylophone"


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


def test_a_word_whose_page_has_gone_is_never_offered(client, corpus, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        gone = BlogPageFactory(
            parent=corpus.site_tree.blog_index, title="Xylophone workshop", slug="xylophone"
        )
    assert "xylophone" in vocabulary(Locale.get_default())
    with django_capture_on_commit_callbacks(execute=True):
        gone.delete()
    assert "xylophone" not in vocabulary(Locale.get_default())
    html = client.get(URL, {"q": "xylophne"}).content.decode()
    assert "Did you mean" not in html
