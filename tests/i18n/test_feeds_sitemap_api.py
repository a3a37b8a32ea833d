"""Feeds, the sitemap and the read API in each language."""

import re

import pytest

from tests.factories import BlogPageFactory
from tests.i18n.conftest import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def welsh_blog(welsh_tree, locales):
    post = BlogPageFactory(parent=welsh_tree.blog_index, title="Paying public contributors", slug="paying")
    cy = locales["cy"]
    _, index_cy = translate(welsh_tree.blog_index, cy, {"Blog": "Blog Cymraeg", "blog": "blog-cymraeg"})
    _, post_cy = translate(
        post, cy, {"Paying public contributors": "Talu cyfranwyr cyhoeddus", "paying": "talu"}
    )
    welsh_tree.post, welsh_tree.blog_cy, welsh_tree.post_cy = post, index_cy, post_cy
    return welsh_tree


def test_feeds_are_in_the_language_of_their_blog(client, welsh_blog):
    assert welsh_blog.blog_cy.url == "/cy/blog-cymraeg/"
    welsh = client.get("/cy/blog-cymraeg/feed/rss/")
    assert welsh.status_code == 200
    xml = welsh.content.decode()
    assert "<language>cy</language>" in xml
    assert "Talu cyfranwyr cyhoeddus" in xml and "Paying public contributors" not in xml
    assert "/cy/blog-cymraeg/talu/" in xml

    english = client.get("/en/blog/feed/atom/").content.decode()
    assert 'xml:lang="en"' in english
    assert "Paying public contributors" in english and "Talu cyfranwyr" not in english


def test_sitemap_lists_every_language(client, welsh_tree):
    xml = client.get("/sitemap.xml").content.decode()
    locations = set(re.findall(r"<loc>([^<]+)</loc>", xml))
    paths = {re.sub(r"^https?://[^/]+", "", loc) for loc in locations}
    assert {
        "/en/",
        "/en/case-studies/community-garden/",
        "/cy/",
        "/cy/astudiaethau-achos/",
        "/cy/astudiaethau-achos/gardd-gymunedol/",
    } <= paths
    # Drafts stay out: an Urdu draft is not listed.
    assert not any(path.startswith("/ur/") for path in paths)


def test_read_api_filters_by_locale(client, welsh_tree):
    welsh = client.get("/api/v2/pages/", {"locale": "cy", "fields": "locale"}).json()
    titles = {item["title"] for item in welsh["items"]}
    assert titles == {"Hafan yr hyb prawf", "Astudiaethau achos", "Gwirfoddolwyr yn gofalu am ardd gymunedol"}
    assert {item["meta"]["locale"] for item in welsh["items"]} == {"cy"}

    english = client.get("/api/v2/pages/", {"locale": "en"}).json()
    english_titles = {item["title"] for item in english["items"]}
    assert "Volunteers tend a community garden" in english_titles
    assert not english_titles & titles

    detail = client.get(f"/api/v2/pages/{welsh_tree.case_cy.pk}/").json()
    assert detail["meta"]["locale"] == "cy"
    assert detail["meta"]["html_url"].endswith("/cy/astudiaethau-achos/gardd-gymunedol/")
