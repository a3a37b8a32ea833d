"""One setting, HUB_PUBLIC_URL, is the start of every absolute link the hub gives out."""

import io
import xml.etree.ElementTree as ET

import pytest
from django.core import mail
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command

from hub.public_address import site_host_and_port
from tests.casestudies import community_kit as kit
from tests.factories import BlogPageFactory

pytestmark = pytest.mark.django_db
community = kit.community

PUBLIC = "https://hub.example.org"


@pytest.fixture
def public_address(settings, site_tree):
    settings.HUB_PUBLIC_URL = settings.WAGTAILAPI_BASE_URL = PUBLIC
    call_command("set_public_address", stdout=io.StringIO())
    site_tree.site.refresh_from_db()
    return site_tree


def test_setup_writes_the_address_into_the_site(public_address):
    assert (public_address.site.hostname, public_address.site.port) == ("hub.example.org", 443)
    assert public_address.site.root_url == PUBLIC


def test_every_kind_of_link_starts_with_the_public_address(client, public_address):
    post = BlogPageFactory(parent=public_address.blog_index, title="A post about payment")
    html = client.get(post.url).content.decode()
    assert f'<link rel="canonical" href="{PUBLIC}/en/blog/' in html
    assert f'<meta property="og:url" content="{PUBLIC}/en/blog/' in html
    assert "testserver" not in html

    rss = ET.fromstring(client.get(public_address.blog_index.url + "feed/rss/").content)  # noqa: S314
    assert rss.find("channel").findtext("link") == f"{PUBLIC}/en/blog/"

    sitemap = ET.fromstring(client.get("/sitemap.xml").content)  # noqa: S314
    locations = [loc.text for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert locations and all(loc.startswith(PUBLIC + "/") for loc in locations)

    assert f"Sitemap: {PUBLIC}/sitemap.xml" in client.get("/robots.txt").content.decode()

    api = client.get("/api/v2/pages/", {"type": "blog.BlogPage"}).json()
    assert api["items"][0]["meta"]["detail_url"].startswith(PUBLIC + "/api/v2/pages/")


def test_emails_to_submitters_link_to_the_public_address(
    client, public_address, community, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        kit.send(client, community, kit.form_data(community))
    [received] = [m for m in mail.outbox if "status/" in m.body]
    link = next(word for word in received.body.split() if "/status/" in word)
    assert link.startswith(f"{PUBLIC}/en/examples/status/")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://127.0.0.1:8000", ("127.0.0.1", 8000)),
        ("http://localhost", ("localhost", 80)),
        ("https://hub.example.org/", ("hub.example.org", 443)),
    ],
)
def test_address_to_site_record(url, expected):
    assert site_host_and_port(url) == expected


@pytest.mark.parametrize(
    "url", ["hub.example.org", "ftp://hub.example.org", "https://hub.example.org:8443", "https://x.org/hub/"]
)
def test_an_address_wagtail_cannot_represent_is_refused_with_a_reason(url):
    with pytest.raises(ImproperlyConfigured, match="HUB_PUBLIC_URL"):
        site_host_and_port(url)
