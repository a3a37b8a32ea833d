"""The language switcher lists only the languages a page is published in, with hreflang alternates."""

import re

import pytest

from tests.i18n.conftest import translate

pytestmark = pytest.mark.django_db


def switcher_links(html):
    return dict(re.findall(r'class="hub-languages__link" href="([^"]+)" hreflang="([^"]+)"', html))


def test_switcher_links_only_to_live_translations(client, welsh_tree, locales):
    # An Urdu translation saved as a draft must not be offered.
    translate(
        welsh_tree.case_study,
        locales["ur"],
        {"Volunteers tend a community garden": "رضاکار باغ"},
        publish=False,
    )
    html = client.get("/en/case-studies/community-garden/").content.decode()
    links = switcher_links(html)
    assert links == {"/cy/astudiaethau-achos/gardd-gymunedol/": "cy"}
    assert 'aria-current="true">English<' in html
    assert "اردو" not in html

    assert (
        '<link rel="alternate" hreflang="en" href="http://localhost/en/case-studies/community-garden/">'
        in html
    )
    assert (
        '<link rel="alternate" hreflang="cy" href="http://localhost/cy/astudiaethau-achos/gardd-gymunedol/">'
        in html
    )
    assert 'hreflang="x-default" href="http://localhost/en/case-studies/community-garden/"' in html
    assert 'hreflang="ur"' not in html


def test_switcher_on_the_translation_links_back(client, welsh_tree):
    html = client.get("/cy/astudiaethau-achos/gardd-gymunedol/").content.decode()
    assert switcher_links(html) == {"/en/case-studies/community-garden/": "en"}
    assert 'aria-current="true">Cymraeg<' in html


def test_no_switcher_on_a_page_in_one_language(client, welsh_tree):
    html = client.get("/en/blog/").content.decode()
    assert "hub-languages" not in html
    assert 'rel="alternate" hreflang' not in html


def test_switcher_looks_translations_up_once_then_keeps_them(client, welsh_tree):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def translation_lookups():
        with CaptureQueriesContext(connection) as queries:
            html = client.get("/en/case-studies/community-garden/").content.decode()
        assert switcher_links(html) == {"/cy/astudiaethau-achos/gardd-gymunedol/": "cy"}
        # Every page query selects the translation_key column; count the ones that look translations up by it.
        return [
            q for q in queries.captured_queries if '"translation_key"' in q["sql"].partition(" WHERE ")[2]
        ]

    assert translation_lookups()  # drawn: looked up
    assert translation_lookups() == []  # kept under the content version until the next publish


def test_a_new_translation_is_offered_once_published(
    client, welsh_tree, locales, django_capture_on_commit_callbacks
):
    client.get("/en/case-studies/community-garden/")  # the switcher is drawn and kept
    with django_capture_on_commit_callbacks(execute=True):
        translate(welsh_tree.case_study, locales["ur"], {"Volunteers tend a community garden": "رضاکار باغ"})
    html = client.get("/en/case-studies/community-garden/").content.decode()
    assert set(switcher_links(html).values()) == {"cy", "ur"}


def test_each_language_keeps_its_own_page_at_the_same_address(client, welsh_tree):
    """Pages are kept per worker by address and language (hub/serving.py): /en/ and /cy/ share a path."""
    for _ in range(2):
        english = client.get("/en/").content.decode()
        welsh = client.get("/cy/").content.decode()
        assert "Hafan yr hyb prawf" in welsh
        assert "Hafan yr hyb prawf" not in english
