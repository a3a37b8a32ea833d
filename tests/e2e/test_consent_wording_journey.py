"""An editor publishes a new consent wording in the admin, in Chromium, and the share form shows it."""

import pytest
from playwright.sync_api import expect

from casestudies.models import ConsentVersion
from tests.e2e.admin_kit import sign_in

pytestmark = pytest.mark.e2e

NEW_PUBLISH = "I agree that the hub may publish my example once its reviewers have checked it."


def test_editor_adds_a_consent_wording_and_readers_see_it(
    browser_page, live_server, community_site, reviewers, axe_check
):
    page = browser_page
    sign_in(page, live_server, "ed")
    page.goto(live_server.url + "/admin/snippets/casestudies/consentversion/")
    with page.expect_navigation():
        page.get_by_role("link", name="Add consent wording").first.click()
    axe_check(page)
    page.locator("#id_version").fill("2026-2")
    page.locator("#id_publish_text").fill(NEW_PUBLISH)
    page.locator("#id_contact_text").fill("I agree that the hub may email me.")
    page.locator("#id_pictured_text").fill("Everyone who can be recognised in my photos has agreed.")
    page.locator("#id_publish_text_cy").fill("Rwy'n cytuno y caiff yr hyb gyhoeddi fy enghraifft.")
    with page.expect_navigation():
        page.get_by_role("button", name="Save").first.click()
    expect(page.locator("body")).not_to_contain_text("CSRF verification failed")
    assert ConsentVersion.current().version == "2026-2"

    page.context.clear_cookies()
    page.goto(live_server.url + community_site.url + "share/")
    expect(page.locator("main")).to_contain_text(NEW_PUBLISH)
