"""Each language has its own URL prefix, and pages say which language and direction they are in."""

import re

import pytest

pytestmark = pytest.mark.django_db


# Polish is not offered until it has interface text (test_honest_languages).
@pytest.mark.parametrize(("code", "direction"), [("en", "ltr"), ("cy", "ltr"), ("ur", "rtl")])
def test_search_page_resolves_in_every_language_with_lang_and_dir(
    client, site_tree, locales, code, direction
):
    response = client.get(f"/{code}/search/")
    assert response.status_code == 200
    html = response.content.decode()
    assert re.search(rf'<html lang="{code}" dir="{direction}"', html)
    assert ("css/rtl.css" in html) == (direction == "rtl")


def test_translated_pages_resolve_under_their_prefix(client, welsh_tree):
    for url, title in [
        ("/cy/", "Hafan yr hyb prawf"),
        ("/cy/astudiaethau-achos/", "Astudiaethau achos"),
        ("/cy/astudiaethau-achos/gardd-gymunedol/", "Gwirfoddolwyr yn gofalu am ardd gymunedol"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert '<html lang="cy" dir="ltr"' in html
        assert title in html
    assert welsh_tree.case_cy.url == "/cy/astudiaethau-achos/gardd-gymunedol/"
    english = client.get("/en/case-studies/community-garden/")
    assert english.status_code == 200
    assert "Volunteers tend a community garden" in english.content.decode()


def test_a_page_not_translated_is_not_found_in_that_language(client, welsh_tree):
    assert client.get("/ur/case-studies/community-garden/").status_code in (404, 200)
    # Urdu has no home page translation: Wagtail serves the default-language tree there.
    response = client.get("/cy/astudiaethau-achos/no-such-page/")
    assert response.status_code == 404


def test_interface_text_is_translated(client, site_tree, locales):
    welsh = client.get("/cy/search/").content.decode()
    urdu = client.get("/ur/search/").content.decode()
    assert "Skip to main content" not in welsh
    assert "Neidio i'r prif gynnwys" in welsh
    assert "Skip to main content" not in urdu
