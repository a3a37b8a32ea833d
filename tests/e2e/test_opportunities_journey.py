"""A member of the public looks for a paid role in Chromium: the listing, a filter on and off,
a role's page with its payment and contact; a closed role says so. axe-core and the Nu
validator check each page."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e


def test_a_reader_finds_a_paid_role_and_how_to_express_interest(
    demo_site, browser_page, visit, axe_check, html_check
):
    page = browser_page
    visit("/en/")
    # The menu lists the section (behind "More" on narrower screens).
    expect(page.locator("header a[href='/en/opportunities/']").first).to_be_attached()
    visit("/en/opportunities/")
    expect(page.locator("h1")).to_have_text("Get involved in research")
    roles = page.locator(".nhsuk-card__link")
    expect(roles).to_have_count(2)  # two a page, closing soonest first; the fourth has closed
    axe_check(page)
    html_check(page, "opportunities")

    page.get_by_label("Online or in person").select_option("in_person")
    with page.expect_navigation():
        page.get_by_role("button", name="Apply filters").click()
    expect(roles).to_have_count(1)
    with page.expect_navigation():
        page.locator(".hub-active-filters__link").first.click()
    expect(roles).to_have_count(2)

    # A reader who would rather follow new roles in a feed reader finds the RSS feed.
    feed = page.request.get(page.get_by_role("link", name="RSS feed").get_attribute("href"))
    assert feed.ok and feed.headers["content-type"].startswith("application/rss+xml")
    assert "Help a study share what it found" in feed.text()

    # The dementia study's role closes last, so it is on the second page.
    with page.expect_navigation():
        page.get_by_role("link", name="Next page").click()
    expect(roles).to_have_count(1)
    with page.expect_navigation():
        roles.filter(has_text="dementia").click()
    expect(page.locator(".hub-key-facts")).to_contain_text("£25 an hour")
    expect(page.get_by_role("link", name="Payment for your time")).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("involvement@"))).to_have_attribute(
        "href", re.compile("^mailto:involvement@hub.example.org")
    )
    axe_check(page)
    html_check(page, "opportunity")

    # A closed role, on a phone.
    page.set_viewport_size({"width": 390, "height": 844})
    visit("/en/opportunities/young-peoples-panel/")
    expect(page.get_by_text("You can no longer express interest.")).to_be_visible()
    axe_check(page)
