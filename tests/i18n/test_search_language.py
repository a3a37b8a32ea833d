"""Search looks in the reader's language only, with that language's text-search configuration."""

import html as html_lib
import re

import pytest
from django.db import connection

from search.index_backend import config_for_language
from tests.i18n.conftest import translate

pytestmark = pytest.mark.django_db

postgres_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL text search")


def results_text(client, url, query):
    """The search page's text without tags, so words highlighted with <mark> read as plain text."""
    page = client.get(url, {"q": query}).content.decode()
    return html_lib.unescape(re.sub(r"<[^>]+>", "", page))


@postgres_only
def test_configuration_per_language():
    assert config_for_language("en") == "english"
    assert config_for_language("cy") == "simple"  # PostgreSQL has no Welsh dictionary
    assert config_for_language("ur") == "simple"  # nor an Urdu one
    assert config_for_language("pl") in {"polish", "simple"}


@postgres_only
def test_welsh_search_returns_welsh_pages_only(client, welsh_tree, locales):
    html = results_text(client, "/cy/search/", "gwirfoddolwyr")
    assert "Gwirfoddolwyr yn gofalu am ardd gymunedol" in html
    assert "Volunteers tend a community garden" not in html

    # An English word in the Welsh search finds no English pages.
    html = results_text(client, "/cy/search/", "volunteers")
    assert "Volunteers tend a community garden" not in html

    english = results_text(client, "/en/search/", "volunteers")
    assert "Volunteers tend a community garden" in english
    assert "Gwirfoddolwyr yn gofalu" not in english


@postgres_only
def test_urdu_search_finds_urdu_words(client, welsh_tree, locales):
    translate(welsh_tree.home, locales["ur"], {"Test hub home": "ہوم پیج"})
    translate(welsh_tree.case_study_index, locales["ur"], {"Case studies": "کیس اسٹڈیز"})
    translate(
        welsh_tree.case_study,
        locales["ur"],
        {"Volunteers tend a community garden": "رضاکار کمیونٹی باغ کی دیکھ بھال کرتے ہیں"},
    )
    html = results_text(client, "/ur/search/", "باغ")
    assert "رضاکار کمیونٹی باغ" in html
    assert "Gwirfoddolwyr" not in html and "Volunteers tend" not in html


def test_a_translation_keeps_its_sources_date(client, site_tree, locales):
    from django.utils import timezone

    from tests.factories import CaseStudyPageFactory

    first_published = timezone.make_aware(timezone.datetime(2019, 2, 4, 9, 0))
    case_study = CaseStudyPageFactory(
        parent=site_tree.case_study_index,
        title="Volunteers tend a garden",
        first_published_at=first_published,
    )
    translate(site_tree.home, locales["cy"], {})
    translate(site_tree.case_study_index, locales["cy"], {})
    _, welsh = translate(case_study, locales["cy"], {"Volunteers tend a garden": "Gwirfoddolwyr yn garddio"})
    welsh.refresh_from_db()
    assert welsh.first_published_at == first_published  # not the day it was translated
    page = client.get("/cy/search/", {"q": "gwirfoddolwyr"}).content.decode()
    assert '<time datetime="2019-02-04">4 Chwefror 2019</time>' in page
