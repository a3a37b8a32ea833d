"""Reviewers take every decision on a community example in Wagtail's admin, in Chromium.

Moderator, lay panel and editor each sign in, open the example in the page editor and use
its workflow menu, as they would at work: approve, ask for changes with a comment, do not
accept with a reason, discard as spam, and the editor's last approval that publishes.
Each decision is a real form post with the browser's Origin header and CSRF token.
"""

import pytest
from django.core import mail
from playwright.sync_api import expect
from wagtail.models import TaskState

from casestudies.models import SharedLearningPage, Submission
from casestudies.services.submit import resubmit_example, submit_example
from tests.e2e.admin_kit import sign_in

pytestmark = pytest.mark.e2e


def example(index, title, email):
    submission, _ = submit_example(
        index,
        {
            "title": title,
            "stage": "done",
            "what_we_did": "We met at the library and planned the study together.",
            "credit_preference": "anonymous",
            "contact_name": "Sam Jones",
            "contact_email": email,
            "consent_publish": True,
        },
    )
    return submission


def decide(page, live_server, submission, label, comment=None, via="dashboard"):
    """Choose a workflow action, from the dashboard's "Awaiting your review" list (where every
    reviewer finds their work) or from the page editor's menu (for those who may edit)."""
    if via == "editor":
        page.goto(f"{live_server.url}/admin/pages/{submission.page_id}/edit/")
        page.get_by_role("button", name="More actions").click()
        action = page.locator("[data-workflow-action-name]", has_text=label).first
    else:
        page.goto(f"{live_server.url}/admin/")
        row = page.locator("tr", has_text=submission.page.title)
        row.get_by_role("button", name="Actions").click()
        action = row.locator("[data-workflow-action-url]", has_text=label).first
    if comment is None:
        with page.expect_navigation():
            action.click()
    else:
        action.click()
        dialog = page.get_by_role("dialog")
        dialog.get_by_label("Comment").fill(comment)
        with page.expect_navigation():
            dialog.get_by_role("button", name=label).click()
    expect(page.locator("body")).not_to_contain_text("CSRF verification failed")
    expect(page.locator("body")).not_to_contain_text("Sorry, you do not have permission")


def stage(submission):
    state = TaskState.objects.for_instance(submission.page).filter(status="in_progress").first()
    return state.task.name if state else None


def test_three_stages_of_review_with_a_change_request_then_published(
    community_site, reviewers, browser_page, live_server
):
    page = browser_page
    submission = example(community_site, "Library planning group", "sam@example.net")

    sign_in(page, live_server, "mod")
    decide(page, live_server, submission, "Approve", via="editor")
    assert stage(submission) == "Lay review panel"

    sign_in(page, live_server, "panel")
    decide(page, live_server, submission, "Request changes", comment="Please say who took part.")
    submission.refresh_from_db()
    assert submission.status == Submission.Status.CHANGES_REQUESTED
    asked = [m for m in mail.outbox if m.to == ["sam@example.net"] and "Please say who took part." in m.body]
    assert len(asked) == 1

    resubmit_example(submission, {"what_we_did": "Eight library users planned the study with us."})
    assert stage(submission).startswith("Moderation")
    sign_in(page, live_server, "mod")
    decide(page, live_server, submission, "Approve")
    sign_in(page, live_server, "panel")
    decide(page, live_server, submission, "Approve")
    assert stage(submission) == "Editor sign-off"

    sign_in(page, live_server, "ed")
    decide(page, live_server, submission, "Approve")
    published = SharedLearningPage.objects.get(pk=submission.page_id)
    assert published.live and published.what_we_did.startswith("Eight library users")
    submission.refresh_from_db()
    assert submission.status == Submission.Status.PUBLISHED
    page.goto(live_server.url + published.url)
    expect(page.locator("h1")).to_have_text("Library planning group")


def test_moderator_does_not_accept_one_and_discards_another_as_spam(
    community_site, reviewers, browser_page, live_server
):
    page = browser_page
    declined = example(community_site, "An advert for a course", "ads@example.net")
    spam = example(community_site, "Cheap pills", "victim@example.net")
    sign_in(page, live_server, "mod")

    decide(page, live_server, declined, "Do not accept", comment="This advertises a paid course.")
    declined.refresh_from_db()
    assert declined.status == Submission.Status.NOT_ACCEPTED
    told = [m for m in mail.outbox if m.to == ["ads@example.net"]]
    assert any("This advertises a paid course." in m.body for m in told)

    sent_before = len(mail.outbox)
    decide(page, live_server, spam, "Discard as spam")
    spam.refresh_from_db()
    assert spam.status == Submission.Status.SPAM and spam.contact_email == ""
    assert not [m for m in mail.outbox[sent_before:] if "victim@example.net" in m.to]
