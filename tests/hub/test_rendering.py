"""What readers see on the home and standard pages, and site-wide: meta tags, footer, 404, sitemap, robots."""

import datetime
import xml.etree.ElementTree as ET

import pytest

from hub.models import SiteSettings
from tests.factories import (
    BlogPageFactory,
    CaseStudyPageFactory,
    ImageFactory,
    StandardPageFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def meta_content(html, attribute, name):
    marker = f'<meta {attribute}="{name}" content="'
    assert marker in html, f"no {name} meta tag"
    return html.split(marker, 1)[1].split('"', 1)[0]


def test_home_page_shows_hero_body_and_latest_content(client, site_tree):
    home = site_tree.home
    home.hero_heading = "Research with people, not about them"
    home.hero_text = "Find out how patients and carers shape research."
    home.hero_cta_page = site_tree.case_study_index
    home.hero_cta_text = "Read case studies"
    home.body = [{"type": "paragraph", "value": "<p>Welcome to the hub.</p>"}]
    home.summary = "The front page of the hub."
    home.save()
    theme = ThemeFactory(name="Digital technologies")
    for n in range(4):
        BlogPageFactory(
            parent=site_tree.blog_index,
            title=f"Post {n}",
            date=datetime.date(2025, 1, 1) + datetime.timedelta(days=n),
            themes=[theme],
        )
    BlogPageFactory(
        parent=site_tree.blog_index, title="Draft post", live=False, date=datetime.date(2026, 1, 1)
    )
    CaseStudyPageFactory(parent=site_tree.case_study_index, title="Memory cafe panel")

    response = client.get("/en/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Research with people, not about them" in html
    assert "Find out how patients and carers shape research." in html
    assert (
        '<a class="nhsuk-button hub-button--reverse" href="/en/case-studies/">Read case studies</a>' in html
    )
    assert "Welcome to the hub." in html
    assert meta_content(html, "name", "description") == "The front page of the hub."
    # The three newest live posts, not the oldest one or the draft.
    assert "Post 3" in html and "Post 2" in html and "Post 1" in html
    assert "Post 0" not in html and "Draft post" not in html
    assert "Digital technologies" in html
    assert "Memory cafe panel" in html
    assert 'href="/en/blog/">See all blog posts' in html


def test_standard_page_shows_its_content(client, site_tree):
    image = ImageFactory()
    page = StandardPageFactory(
        parent=site_tree.home,
        title="Get involved",
        slug="get-involved",
        intro="Ways to take part.",
        summary="How to take part in research.",
        body=[
            {"type": "heading", "value": {"text": "Join a panel", "level": "h2"}},
            {"type": "paragraph", "value": "<p>Panels meet monthly.</p>"},
            {"type": "quote", "value": {"quote": "I felt heard.", "attribution": "A carer"}},
            {
                "type": "image",
                "value": {"image": image.pk, "alt_text": "A panel meeting", "caption": "Our panel"},
            },
        ],
    )
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Get involved</h1>" in html
    assert "Ways to take part." in html
    assert "Join a panel" in html and "Panels meet monthly." in html
    assert "I felt heard." in html and "A carer" in html
    assert 'alt="A panel meeting"' in html and "Our panel" in html
    assert meta_content(html, "name", "description") == "How to take part in research."


def test_draft_page_is_not_shown(client, site_tree):
    page = StandardPageFactory(parent=site_tree.home, slug="secret", live=False)
    assert client.get(page.url).status_code == 404


def test_canonical_and_open_graph_tags(client, site_tree):
    image = ImageFactory(description="Volunteers around a table")
    page = StandardPageFactory(
        parent=site_tree.home,
        title="About",
        slug="about",
        summary="Who we are.",
        seo_title="About the hub",
        social_image=image,
    )
    html = client.get(page.url).content.decode()
    assert '<link rel="canonical" href="http://localhost/en/about/">' in html
    assert meta_content(html, "property", "og:url") == "http://localhost/en/about/"
    assert meta_content(html, "property", "og:title") == "About the hub"
    assert meta_content(html, "property", "og:description") == "Who we are."
    assert meta_content(html, "property", "og:type") == "website"
    assert meta_content(html, "property", "og:image").startswith("http://localhost/")
    assert meta_content(html, "property", "og:image:alt") == "Volunteers around a table"
    assert meta_content(html, "name", "twitter:card") == "summary_large_image"
    assert "<title>About the hub |" in html


def test_blog_post_is_an_article_for_sharing(client, site_tree):
    post = BlogPageFactory(parent=site_tree.blog_index, summary="A short post.")
    html = client.get(post.url).content.decode()
    assert meta_content(html, "property", "og:type") == "article"
    assert meta_content(html, "name", "twitter:card") == "summary"


def test_site_settings_appear_in_the_footer(client, site_tree):
    SiteSettings.objects.update_or_create(
        site=site_tree.site,
        defaults={
            "contact_email": "hello@hub.example",
            "contact_phone": "0161 000 0000",
            "postal_address": "1 Research Road\nManchester",
            "bluesky_url": "https://bsky.example/hub",
        },
    )
    site_tree.home.footer_text = "Run by a partnership of universities and charities."
    site_tree.home.save_revision().publish()
    html = client.get("/en/").content.decode()
    footer = html.split("<footer", 1)[1]
    assert 'href="mailto:hello@hub.example"' in footer
    assert 'href="tel:01610000000"' in footer
    assert "1 Research Road<br>Manchester" in footer
    assert 'href="https://bsky.example/hub" rel="me">Bluesky</a>' in footer
    assert "Mastodon" not in footer  # only links that are filled in
    assert "Run by a partnership of universities and charities." in footer


def test_footer_links_to_accessibility_and_privacy_pages(client, site_tree):
    StandardPageFactory(parent=site_tree.home, title="Accessibility statement", slug="accessibility")
    StandardPageFactory(parent=site_tree.home, title="Privacy notice", slug="privacy", live=False)
    footer = client.get("/en/").content.decode().split("<footer", 1)[1]
    assert 'href="/en/accessibility/">Accessibility statement</a>' in footer
    assert "/en/privacy/" not in footer  # a draft is not linked


def test_missing_page_gives_a_helpful_404(client, site_tree):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "<h1>Page not found</h1>" in html
    assert "check it is correct" in html
    assert 'name="q"' in html  # a search box to find it
    assert 'href="/en/">Go to the home page</a>' in html
    assert '<meta name="robots" content="noindex">' in html


def test_sitemap_lists_live_pages_and_not_drafts(client, site_tree):
    live = BlogPageFactory(parent=site_tree.blog_index, slug="live-post")
    draft = BlogPageFactory(parent=site_tree.blog_index, slug="draft-post", live=False)
    study = CaseStudyPageFactory(parent=site_tree.case_study_index, slug="a-study")
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 - our own sitemap, parsed in a test
    locations = {url.findtext(f"{SITEMAP}loc") for url in root.findall(f"{SITEMAP}url")}
    assert live.full_url in locations
    assert study.full_url in locations
    assert site_tree.blog_index.full_url in locations
    assert site_tree.home.full_url in locations
    assert draft.full_url not in locations
    assert all(loc.startswith("http://localhost/en/") for loc in locations)


def test_robots_txt_points_to_the_sitemap(client, site_tree):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Sitemap: http://localhost/sitemap.xml" in body
    assert "Disallow: /admin/" in body
