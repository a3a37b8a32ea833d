"""Lay review by private link in Chromium: a moderator issues a link in the admin; the lay
reviewer, with no account, on a phone and with the keyboard only, reads the example, makes
a slip, then approves it; the workflow moves on. axe-core and the Nu validator check the
reviewer's every state."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import TaskState

from casestudies.services.submit import submit_example
from layreview.models import LayReviewLink
from tests.e2e.admin_kit import sign_in
from tests.e2e.test_submission_journey import tab_to

pytestmark = pytest.mark.e2e

PHONE = {"width": 390, "height": 844}
TITLE = "Walking group with researchers"


def current_task(page):
    return TaskState.objects.for_instance(page).filter(status="in_progress").first()


def example_with_the_lay_panel(index, reviewers):
    """An example sent through the form's service and passed on by the moderator."""
    submission, _created = submit_example(
        index,
        {
            "title": TITLE,
            "stage": "planned",
            "what_we_did": "We plan monthly walks where researchers listen to people.",
            "credit_preference": "anonymous",
            "contact_name": "Jo Bloggs",
            "contact_email": "jo@example.net",
            "consent_publish": True,
        },
    )
    current_task(submission.page).approve(user=reviewers["mod"])
    return submission


def test_a_moderator_issues_a_link_and_a_lay_reviewer_approves_with_the_keyboard(
    community_site, reviewers, live_server, browser_page, visit, axe_check, html_check
):
    submission = example_with_the_lay_panel(community_site, reviewers)
    assert current_task(submission.page).task.name == "Lay review panel"

    # The moderator issues a link for one reviewer in the admin.
    page = browser_page
    sign_in(page, live_server, "mod")
    page.goto(live_server.url + "/admin/snippets/layreview/layreviewlink/add/")
    page.get_by_role("button", name=re.compile("Choose a page")).click()
    modal = page.locator(".modal-content")
    modal.get_by_role("textbox", name=re.compile("Search")).fill("Walking")
    modal.get_by_role("link", name=TITLE).click()
    expect(page.locator("[data-chooser-title]").first).to_have_text(TITLE)
    page.locator("#id_reviewer_name").fill("Sam Reviewer")
    with page.expect_navigation():
        page.get_by_role("button", name="Save").click()
    expect(page.locator("table.listing")).to_contain_text("Waiting for the reviewer")
    link = LayReviewLink.objects.get(reviewer_name="Sam Reviewer")
    expect(page.locator("table.listing")).to_contain_text(link.full_url)

    # The reviewer, signed in nowhere, opens it on a phone.
    page.context.clear_cookies()
    page.set_viewport_size(PHONE)
    visit(link.full_url)
    expect(page.locator("h1")).to_contain_text(TITLE)
    expect(page.locator("body")).not_to_contain_text("Jo Bloggs")
    axe_check(page)
    html_check(page, "lay review")

    # A slip: no decision chosen.
    tab_to(page, "#submit-button")
    with page.expect_response(lambda response: response.request.method == "POST") as refused:
        page.keyboard.press("Enter")
    page.wait_for_load_state("load")
    expect(page.locator(".nhsuk-error-summary")).to_contain_text("Choose whether to approve")
    axe_check(page)
    html_check(refused.value.text(), "lay review, error")
    page.hub_problems.failed_requests.clear()  # that 400 was the form's own answer to the slip

    tab_to(page, "input[value='approved']")
    page.keyboard.press("Space")
    tab_to(page, "#id_comment")
    page.keyboard.type("Clear, and kind to the people who took part.")
    tab_to(page, "#submit-button")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Thank you: your decision is recorded")
    axe_check(page)
    html_check(page, "lay review done")

    assert current_task(submission.page).task.name != "Lay review panel"
    link.refresh_from_db()
    assert link.decision == "approved"
    response = page.goto(link.full_url)  # used once, it works no more
    assert response.status == 410
    expect(page.locator("h1")).to_have_text("This review link does not work")
    axe_check(page)
    page.hub_problems.failed_requests.clear()  # the 410 is the answer for a used link


def test_a_moderator_revokes_a_link_and_it_stops_working(
    community_site, reviewers, live_server, browser_page, axe_check
):
    submission = example_with_the_lay_panel(community_site, reviewers)
    link = LayReviewLink.objects.create(page=submission.page, reviewer_name="Sam Reviewer")

    page = browser_page
    sign_in(page, live_server, "mod")
    page.goto(live_server.url + f"/admin/snippets/layreview/layreviewlink/edit/{link.pk}/")
    page.locator("#id_revoked").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Save").click()
    expect(page.locator("table.listing")).to_contain_text("Revoked")

    page.context.clear_cookies()
    response = page.goto(link.full_url)
    assert response.status == 410
    expect(page.locator("h1")).to_have_text("This review link does not work")
    axe_check(page)
    page.hub_problems.failed_requests.clear()  # the 410 is the answer for a revoked link
    assert current_task(submission.page).task.name == "Lay review panel"  # nothing was decided
