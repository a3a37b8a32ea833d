"""Signing reviewers in to Wagtail's admin in Chromium."""

from playwright.sync_api import expect

PASSWORD = "a-long-test-password"


def sign_in(page, live_server, username):
    page.context.clear_cookies()
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in").click()
    expect(page.locator("body")).not_to_contain_text("Please enter a correct username")
