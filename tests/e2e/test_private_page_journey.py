"""A page its editors make private with a password: in Chromium a reader who saw it before is
asked for the password at once, in the hub's own layout, without its title; a wrong password
gets a clear message, the right one shows the page."""

import pytest
from playwright.sync_api import expect
from wagtail.models import PageViewRestriction

from hub.models import StandardPage

pytestmark = pytest.mark.e2e

PASSWORD = "garden-panel-2026"


def test_a_reader_gives_the_password_of_a_private_page(demo_site, browser_page, visit, axe_check, html_check):
    page = browser_page
    private = StandardPage.objects.get(
        url_path__endswith="/payment-for-your-time/", locale__language_code="en"
    )
    address = private.url
    visit(address)
    expect(page.locator("h1")).to_have_text(private.title)

    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
    )
    # The browser may keep the public copy it was given for a minute (HUB_BROWSER_CACHE_SECONDS),
    # so the reader comes back by a link with a query string, as from an email.
    address += "?from=email"
    page.goto(demo_site + address)
    expect(page.locator("h1")).to_have_text("This page needs a password")
    assert private.title not in page.title()
    axe_check(page)
    html_check(page, "password-required")

    page.get_by_label("Password").fill("not-the-password")
    with page.expect_navigation():
        page.get_by_role("button", name="Continue").click()
    expect(page.locator(".nhsuk-error-summary")).to_contain_text(
        "The password you have entered is not correct"
    )
    expect(page.get_by_label("Password")).to_have_attribute("aria-describedby", "password-error")
    axe_check(page)

    page.get_by_label("Password").fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Continue").click()
    assert page.url == demo_site + address
    expect(page.locator("h1")).to_have_text(private.title)
