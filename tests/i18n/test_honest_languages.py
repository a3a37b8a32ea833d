"""Only languages the hub has text for are offered; an untranslated page says so and is marked English."""

import re

import pytest

pytestmark = pytest.mark.django_db


def switcher_links(html):
    switcher = html.split('class="hub-language-switcher', 1)[1].split("</nav>", 1)[0]
    return dict(re.findall(r'href="([^"]+)"[^>]*hreflang="([^"]+)"', switcher))


def test_a_language_without_interface_text_is_not_offered_and_its_prefix_goes_to_english(
    client, site_tree, locales
):
    response = client.get("/pl/search/", {"q": "payment"})
    assert response.status_code == 302 and response["Location"] == "/en/search/?q=payment"
    html = client.get("/en/search/", {"q": "payment"}).content.decode()
    assert "Polski" not in html
    assert 'hreflang="pl"' not in html


def test_switching_language_on_the_search_page_keeps_the_search(client, site_tree, locales):
    html = client.get("/en/search/", {"q": "paying people"}).content.decode()
    assert 'href="/cy/search/?q=paying+people"' in html
    assert 'href="/ur/search/?q=paying+people"' in html


def test_a_page_shown_untranslated_says_so_in_the_readers_language_and_is_marked_english(
    client, site_tree, locales
):
    # Urdu has no translation of this site's home page, so Wagtail serves the English tree.
    response = client.get("/ur/blog/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ur" dir="rtl"' in html
    notice = html.split('id="not-translated"', 1)[1].split("</div>", 1)[0]
    assert "This page has not been translated" not in notice  # said in Urdu
    assert "انگلش" in notice  # "English", as Django names it in Urdu
    assert re.search(r'<main id="maincontent" class="[^"]*" lang="en" dir="ltr">', html)

    english = client.get("/en/blog/").content.decode()
    assert 'id="not-translated"' not in english
