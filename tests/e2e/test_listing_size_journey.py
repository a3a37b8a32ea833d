"""An editor changes how many resources a page of the library shows, in Chromium, and a
reader then sees the library on one page."""

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from resources.models import ResourceIndexPage
from tests.e2e.admin_kit import PASSWORD, sign_in

pytestmark = pytest.mark.e2e


def test_an_editor_sets_items_per_page_and_readers_see_it(
    demo_site, live_server, browser_page, django_user_model, visit, axe_check
):
    editor = django_user_model.objects.create_user("ed", "ed@staff.example.org", PASSWORD)
    editor.groups.add(Group.objects.get(name="Editors"))
    library = ResourceIndexPage.objects.get(locale__language_code="en")
    page = browser_page

    sign_in(page, live_server, "ed")
    page.goto(f"{live_server.url}/admin/pages/{library.pk}/edit/")
    field = page.get_by_role("spinbutton", name="Items per page")
    expect(field).to_have_value("3")  # the demo shows three a page, so four run to two pages
    # The browser refuses a number out of bounds before anything is sent (the server does too).
    field.fill("0")
    assert field.evaluate("input => input.checkValidity()") is False
    axe_check(page)

    field.fill("10")
    page.get_by_role("button", name="More actions").first.click()
    with page.expect_navigation():
        page.get_by_role("button", name="Publish").click()
    expect(page.locator("body")).not_to_contain_text("CSRF verification failed")
    library.refresh_from_db()
    assert library.items_per_page == 10

    # A reader (whose browser has not kept the listing from before) sees all four on one page.
    page.context.clear_cookies()
    visit(library.url)
    expect(page.locator(".nhsuk-card__link")).to_have_count(4)
    expect(page.get_by_role("link", name="Next page")).to_have_count(0)
