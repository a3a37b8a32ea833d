"""Chromium enforcing the hub's Content-Security-Policy refuses nothing on the reader's pages.

The other journeys run with the policy bypassed (axe-core is injected as an inline script);
this one keeps it, and fails on any "Refused to ..." report: an inline style, an inline
script, or a request to another origin.
"""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from blog.models import BlogPage
from casestudies.models import CaseStudyPage, SharedLearningIndexPage
from tests.e2e.admin_kit import PASSWORD, sign_in

pytestmark = pytest.mark.e2e


@pytest.fixture
def enforcing_page(chromium_browser, live_server):
    context = chromium_browser.new_context(base_url=live_server.url, locale="en-GB")
    page = context.new_page()
    page.csp_reports = []
    page.on(
        "console",
        lambda message: "Content Security Policy" in message.text and page.csp_reports.append(message.text),
    )
    yield page
    context.close()


def test_no_page_a_reader_or_editor_opens_breaks_the_policy(demo_site, enforcing_page, live_server):
    page = enforcing_page
    post = BlogPage.objects.live().filter(locale__language_code="en").first()
    study = CaseStudyPage.objects.live().filter(locale__language_code="en").first()
    examples = SharedLearningIndexPage.objects.live().filter(locale__language_code="en").first()
    paths = [
        "/en/",
        post.get_url_parts()[2],
        study.get_url_parts()[2],
        examples.get_url_parts()[2] + "share/",
        "/ur/",
        "/en/no-such-page/",
    ]
    for path in paths:
        response = page.goto(path, wait_until="load")
        assert "script-src 'self'" in response.headers["content-security-policy"]
        expect(page.locator("h1").first).to_be_visible()

    # The header search's suggestions are fetched and drawn by script.
    page.goto("/en/", wait_until="load")
    page.locator("#search-field").fill("co-prod")
    expect(page.locator("[role='option']").first).to_be_visible()
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/?q=*")
    expect(page.locator("#results")).to_contain_text("result")

    # An editor looking at the site gets Wagtail's user bar, which must work under the policy too.
    # (A page not opened yet: browsers may keep a reader's copy of a page for a minute.)
    get_user_model().objects.create_superuser("editor", "editor@example.org", PASSWORD)
    sign_in(page, live_server, "editor")
    page.goto("/en/about/", wait_until="load")
    expect(page.locator("wagtail-userbar")).to_be_attached()

    assert page.csp_reports == []
