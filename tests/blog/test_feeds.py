"""RSS and Atom feeds of a blog index: valid XML, live posts only, right titles and links."""

import datetime
import xml.etree.ElementTree as ET

import pytest

from blog.feeds import FEED_LENGTH
from tests.factories import BlogIndexPageFactory, BlogPageFactory, PersonFactory, ThemeFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def blog(site_tree):
    index = site_tree.blog_index
    theme = ThemeFactory(name="Impact")
    named = PersonFactory(name="Nadia Ali", agreed_to_be_named=True)
    unnamed = PersonFactory(name="Secret Person", role="patient", agreed_to_be_named=False)
    older = BlogPageFactory(
        parent=index, title="Older post", summary="Older summary.", date=datetime.date(2025, 1, 1)
    )
    newer = BlogPageFactory(
        parent=index,
        title="Newer post",
        summary="",
        intro="Newer intro.",
        date=datetime.date(2025, 2, 1),
        themes=[theme],
        authors=[named, unnamed],
    )
    BlogPageFactory(parent=index, title="Draft post", live=False)
    other_index = BlogIndexPageFactory(parent=site_tree.home, slug="other-blog")
    BlogPageFactory(parent=other_index, title="Post in another blog")
    return {"index": index, "older": older, "newer": newer}


def get_xml(client, url, content_type):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith(content_type)
    return ET.fromstring(response.content)  # noqa: S314 - our own feed, parsed in a test


def test_rss_feed(client, blog):
    index = blog["index"]
    assert index.url + "feed/rss/" == "/en/blog/feed/rss/"
    rss = get_xml(client, index.url + "feed/rss/", "application/rss+xml")
    assert rss.tag == "rss"
    channel = rss.find("channel")
    assert channel.findtext("title") == index.title
    assert channel.findtext("link") == index.full_url == "http://localhost/en/blog/"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == ["Newer post", "Older post"]
    assert [item.findtext("link") for item in items] == [
        blog["newer"].full_url,
        blog["older"].full_url,
    ]
    assert items[0].findtext("description") == "Newer intro."  # falls back to the intro
    assert items[1].findtext("description") == "Older summary."
    assert [c.text for c in items[0].findall("category")] == ["Impact"]
    assert items[0].findtext("pubDate")


def test_atom_feed(client, blog):
    atom = get_xml(client, blog["index"].url + "feed/atom/", "application/atom+xml")
    assert atom.tag == f"{ATOM}feed"
    assert atom.findtext(f"{ATOM}title") == blog["index"].title
    entries = atom.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == ["Newer post", "Older post"]
    assert [e.find(f"{ATOM}link").get("href") for e in entries] == [
        blog["newer"].full_url,
        blog["older"].full_url,
    ]
    assert entries[0].findtext(f"{ATOM}updated")


def test_feed_names_only_authors_who_agreed(client, blog):
    body = client.get(blog["index"].url + "feed/atom/").content.decode()
    assert "Nadia Ali" in body
    assert "Secret Person" not in body
    assert "Patient" in body


def test_feed_leaves_out_drafts_and_other_blogs(client, blog):
    body = client.get(blog["index"].url + "feed/rss/").content.decode()
    assert "Draft post" not in body
    assert "Post in another blog" not in body


def test_feed_is_capped(client, site_tree):
    for n in range(FEED_LENGTH + 3):
        BlogPageFactory(
            parent=site_tree.blog_index, date=datetime.date(2024, 1, 1) + datetime.timedelta(days=n)
        )
    rss = get_xml(client, site_tree.blog_index.url + "feed/rss/", "application/rss+xml")
    assert len(rss.find("channel").findall("item")) == FEED_LENGTH


def test_empty_blog_has_a_valid_empty_feed(client, site_tree):
    rss = get_xml(client, site_tree.blog_index.url + "feed/rss/", "application/rss+xml")
    assert rss.find("channel").findall("item") == []


def test_index_page_advertises_its_feeds(client, blog):
    html = client.get(blog["index"].url).content.decode()
    assert 'type="application/rss+xml"' in html and 'href="/en/blog/feed/rss/"' in html
    assert 'type="application/atom+xml"' in html and 'href="/en/blog/feed/atom/"' in html
