"""A reader looks for an easy read resource in Chromium: the library, a filter on and off,
a resource's page listing each version with its format and size, and a download.
axe-core and the Nu validator check each page."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e


def test_a_reader_downloads_the_easy_read_version(demo_site, browser_page, visit, axe_check, html_check):
    page = browser_page
    visit("/en/resources/")
    resources = page.locator(".nhsuk-card__link")
    expect(resources).to_have_count(3)
    axe_check(page)
    html_check(page, "resources")

    page.get_by_label("Type").select_option("questions")
    with page.expect_navigation():
        page.get_by_role("button", name="Apply filters").click()
    expect(resources).to_have_count(1)
    with page.expect_navigation():
        page.locator(".hub-active-filters__link").first.click()
    expect(resources).to_have_count(3)  # three a page

    with page.expect_navigation():
        resources.filter(has_text="Reflective questions").click()
    downloads = page.locator(".hub-downloads")
    expect(downloads).to_contain_text("Easy read")
    expect(downloads).to_contain_text(re.compile(r"\(PDF, \d"))
    expect(downloads).to_contain_text("(ODT,")
    expect(downloads).to_contain_text("with captions")
    axe_check(page)
    html_check(page, "resource")

    easy_read = page.get_by_role("link", name="Reflective questions (easy read)")
    href = easy_read.get_attribute("href")
    response = page.request.get(href)
    assert response.status == 200 and response.body().startswith(b"%PDF-1.4")
