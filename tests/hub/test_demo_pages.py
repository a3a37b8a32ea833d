"""What a reader sees on the demo content: every live page, the blog's second page, and the
hub's own words in each language. Read only, so the demo is loaded once for the module."""

import html
import re

from wagtail.models import Page

from blog.models import BlogPage


def test_every_live_page_renders_with_its_title(demo_content, client):
    pages = Page.objects.live().filter(depth__gt=1).specific()
    assert pages.count() >= 27
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert html.escape(page.title) in response.content.decode(), page.url


def test_the_blog_listing_is_long_enough_to_paginate(demo_content, client):
    blog = BlogPage.objects.live().first().get_parent()
    first = client.get(blog.url).content.decode()
    assert 'class="nhsuk-pagination' in first and 'rel="next"' in first
    oldest = BlogPage.objects.live().order_by("date").first()
    assert html.escape(oldest.title) not in first
    second = client.get(blog.url + "?page=2").content.decode()
    assert html.escape(oldest.title) in second and 'rel="prev"' in second


LISTINGS = ["blog", "case-studies", "community-examples", "events", "opportunities", "resources"]
TRANSLATED_SECTIONS = ["events", "opportunities", "resources"]  # every item is in Welsh and Urdu


def test_every_listing_runs_to_a_second_page_and_translated_sections_do_in_welsh(demo_content, client):
    english = Page.objects.live().filter(slug__in=LISTINGS, locale__language_code="en")
    welsh = Page.objects.live().filter(
        translation_key__in=english.filter(slug__in=TRANSLATED_SECTIONS).values("translation_key"),
        locale__language_code="cy",
    )
    indexes = list(english) + list(welsh)
    assert len(indexes) == len(LISTINGS) + len(TRANSLATED_SECTIONS)
    for index in indexes:
        first = client.get(index.url).content.decode()
        assert 'rel="next"' in first, index.url
        second = client.get(index.url + "?page=2").content.decode()
        assert 'rel="prev"' in second and 'rel="next"' not in second, index.url
        first_titles = set(re.findall(r'nhsuk-card__link" href="([^"]+)"', first))
        second_titles = set(re.findall(r'nhsuk-card__link" href="([^"]+)"', second))
        assert second_titles - first_titles, index.url  # the second page shows other items


READER_LANGUAGES = [
    ("/en/", "Health and Care Research Engagement Hub", "A yellow sun rising", "Run by a partnership"),
    ("/cy/", "Hyb Ymgysylltu Ymchwil Iechyd a Gofal", "Haul melyn yn codi", "Yn cael ei redeg gan"),
    ("/ur/", "صحت اور نگہداشت کی تحقیق کا انگیجمنٹ ہب", "پیلا سورج", "شراکت داری کے تحت"),
]


def test_site_name_hero_description_and_footer_line_are_in_the_readers_language(demo_content, client):
    for path, site_name, hero_alt, footer_line in READER_LANGUAGES:
        page = html.unescape(client.get(path).content.decode())
        assert f"| {site_name}</title>" in page, path
        hero = page.split('class="hub-hero__image"', 1)[1].split("</div>", 1)[0]
        assert hero_alt in hero.split('alt="', 1)[1].split('"', 1)[0], path
        assert footer_line in page.split("<footer", 1)[1], path
        if path != "/en/":
            assert "Run by a partnership" not in page and "Sunrise over" not in page, path
