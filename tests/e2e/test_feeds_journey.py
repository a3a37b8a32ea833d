"""A reader who follows the hub in a feed reader finds each listing's feeds in Chromium: the
links beside the listing and the feed addresses in the page's head give RSS and Atom."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

LISTINGS = {
    "/en/blog/": "Follow new posts",
    "/en/case-studies/": "Follow new case studies",
    "/en/community-examples/": "Follow new examples",
    "/en/opportunities/": "Follow new opportunities",
    "/cy/cyfleoedd/": "Dilynwch gyfleoedd newydd",
}


def test_every_listing_offers_its_feeds(demo_site, browser_page, visit, axe_check, html_check):
    page = browser_page
    for path, heading in LISTINGS.items():
        visit(path)
        expect(page.get_by_role("heading", name=heading)).to_be_visible()
        first_title = page.locator(".nhsuk-card__link").first.inner_text()
        links = page.locator(".hub-feed-links a")
        expect(links).to_have_count(2)
        for link, kind in zip(links.all(), ("rss", "atom"), strict=True):
            href = link.get_attribute("href")
            assert page.locator(f"head link[rel=alternate][href='{href}']").count() == 1
            feed = page.request.get(href)
            assert feed.ok and feed.headers["content-type"].startswith(f"application/{kind}+xml"), href
            if path != "/en/opportunities/":  # listed closing soonest first, but fed newest first
                assert first_title in feed.text(), href
        axe_check(page)
        if path == "/en/community-examples/":
            html_check(page, "community-examples")
