"""A reader looks at what involvement changed, in Chromium: the impact page on the demo
content, a region filter on and off, and a source. axe-core and the Nu validator check it."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e


def test_a_reader_sees_what_changed_and_follows_a_source(
    demo_site, browser_page, visit, axe_check, html_check
):
    page = browser_page
    visit("/en/impact/")
    expect(page.get_by_role("heading", name="What changed for the research")).to_be_visible()
    expect(page.locator(".hub-impact-regions")).to_contain_text("Wales")
    everything = page.locator(".hub-impact-item").count()
    assert everything >= 8
    axe_check(page)
    html_check(page, "impact")

    page.get_by_label("Region").select_option("wales")
    with page.expect_navigation():
        page.get_by_role("button", name="Apply filters").click()
    assert 0 < page.locator(".hub-impact-item").count() < everything
    with page.expect_navigation():
        page.locator(".hub-active-filters__link").first.click()
    assert page.locator(".hub-impact-item").count() == everything

    source = page.locator(".hub-impact-item a").first
    title = source.inner_text()
    with page.expect_navigation():
        source.click()
    expect(page.locator("h1")).to_have_text(title)
