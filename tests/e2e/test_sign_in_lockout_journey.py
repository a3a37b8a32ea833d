"""Guessing a password in the browser: after five wrong tries the right one is refused, with a plain page."""

import pytest
from playwright.sync_api import expect

from tests.e2e.admin_kit import PASSWORD

pytestmark = pytest.mark.e2e


def test_wrong_passwords_pause_signing_in(
    browser_page, live_server, community_site, reviewers, settings, axe_check
):
    settings.AXES_ENABLED = True
    page = browser_page

    def try_password(password):
        page.goto(live_server.url + "/admin/login/")
        page.get_by_label("Username").fill("ed")
        page.get_by_label("Password").fill(password)
        with page.expect_navigation():
            page.get_by_role("button", name="Sign in").click()

    for _ in range(5):
        try_password("a-wrong-guess")
    try_password(PASSWORD)
    expect(page.locator("h1")).to_have_text("Too many attempts to sign in")
    expect(page.locator("main")).to_contain_text("paused for 15 minutes")
    axe_check(page)
    page.goto(live_server.url + "/admin/")
    assert "/admin/login/" in page.url  # still signed out
