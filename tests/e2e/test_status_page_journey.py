"""A submitter on a phone, keyboard only, answers a change request and later withdraws, in Chromium.

The status pages' own forms must pass Django's CSRF check in a real browser: Chromium sends
an Origin header, which the referrer policy decides (the test client sends none). Each state
is checked with axe-core and the Nu validator; withdrawing deletes the photo files.
"""

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from playwright.sync_api import expect
from wagtail.models import TaskState

from casestudies.models import Submission
from casestudies.photos import check_photo
from casestudies.services.submit import submit_example
from casestudies.services.tokens import make_status_token
from tests.e2e.test_submission_journey import tab_to

pytestmark = pytest.mark.e2e
PHONE = {"width": 390, "height": 844}


def photo_upload():
    buffer = io.BytesIO()
    Image.new("RGB", (60, 40), "teal").save(buffer, format="JPEG")
    upload = SimpleUploadedFile("walk.jpg", buffer.getvalue(), content_type="image/jpeg")
    upload.photo_format = check_photo(upload, 1)
    return upload


@pytest.fixture
def changes_requested(community_site, django_user_model):
    """An example with a photo, sent back by the moderator with a comment."""
    from django.contrib.auth.models import Group

    submission, _ = submit_example(
        community_site,
        {
            "title": "Walking group with researchers",
            "stage": "planned",
            "what_we_did": "We plan monthly walks where researchers listen to people.",
            "credit_preference": "group",
            "group_name": "Northside Walkers",
            "contact_name": "Jo Bloggs",
            "contact_email": "jo@example.net",
            "consent_publish": True,
            "consent_pictured": True,
        },
        photos=[(photo_upload(), "Walkers by the river")],
    )
    moderator = django_user_model.objects.create_user("mod", "mod@staff.example.org", "pw")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    state = TaskState.objects.for_instance(submission.page).get(status="in_progress").specific
    state.task.specific.on_action(state, moderator, "reject", comment="Please say how often you walk.")
    submission.refresh_from_db()
    assert submission.status == Submission.Status.CHANGES_REQUESTED
    return submission


def test_change_request_answered_then_withdrawn_on_a_phone(
    changes_requested, community_site, browser_page, visit, axe_check, html_check
):
    page = browser_page
    page.set_viewport_size(PHONE)
    index = community_site
    submission = changes_requested
    status_path = index.url + index.reverse_subpage("status", kwargs={"token": make_status_token(submission)})

    response = visit(status_path)
    assert response.headers["referrer-policy"] == "same-origin"
    expect(page.locator("#current-status")).to_contain_text("We have asked you to change something")
    expect(page.locator("main")).to_contain_text("Please say how often you walk.")
    axe_check(page)
    html_check(page, "status page, changes asked for")

    # Change the answers with the keyboard and send them: a real POST with the browser's Origin.
    tab_to(page, "a:has-text('Change your answers')")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Change your example")
    axe_check(page)
    html_check(page, "edit form")
    tab_to(page, "#id_what_we_did")
    page.keyboard.press("Control+End")
    page.keyboard.type(" We walk on the first Saturday of every month.")
    tab_to(page, "#submit-button")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("main")).to_contain_text("We have your changes and the review carries on")
    assert "403" not in page.title()
    latest = submission.page.get_latest_revision_as_object()
    assert latest.what_we_did.endswith("first Saturday of every month.")
    submission.refresh_from_db()
    assert submission.status == Submission.Status.IN_REVIEW
    axe_check(page)

    # Withdraw: the confirmation step, then the POST.
    image = submission.page.photos.get().image
    original = Path(settings.MEDIA_ROOT) / image.file.name
    assert original.exists()
    tab_to(page, "a:has-text('Withdraw my example')")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("main")).to_contain_text("Are you sure?")
    axe_check(page)
    html_check(page, "withdraw confirmation")
    tab_to(page, "button:has-text('Yes, withdraw my example')")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("#current-status")).to_contain_text("Withdrawn")
    axe_check(page)
    html_check(page, "status page, withdrawn")

    submission.refresh_from_db()
    assert submission.status == Submission.Status.WITHDRAWN
    assert submission.contact_email == "" and submission.contact_name == ""
    assert not submission.page.photos.exists()
    assert not original.exists()


def test_lost_link_sent_again_with_the_keyboard_on_a_phone(
    community_site, live_server, browser_page, visit, axe_check, html_check
):
    from django.core import mail

    page = browser_page
    page.set_viewport_size(PHONE)
    index = community_site
    submit_example(
        index,
        {
            "title": "Walking group with researchers",
            "stage": "planned",
            "what_we_did": "We plan monthly walks where researchers listen to people.",
            "credit_preference": "anonymous",
            "contact_name": "Jo Bloggs",
            "contact_email": "jo@example.net",
            "consent_publish": True,
        },
    )
    mail.outbox.clear()

    visit(index.url)
    tab_to(page, "a:has-text('Get your private link again')")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Get your private link again")
    axe_check(page)
    html_check(page, "link again form")

    # A typing slip first: a plain message, the answer kept, focus can reach the field.
    tab_to(page, "#id_email")
    page.keyboard.type("jo.example.net")
    tab_to(page, "#submit-button")
    with page.expect_response(lambda response: response.request.method == "POST") as refused:
        page.keyboard.press("Enter")
    page.wait_for_load_state("load")
    expect(page.locator(".nhsuk-error-summary")).to_contain_text(
        "Enter an email address in the correct format"
    )
    assert page.title().startswith("Error:")
    axe_check(page)
    html_check(refused.value.text(), "link again form, error")  # the page as sent, not a fresh GET
    page.hub_problems.failed_requests.clear()  # that 400 was the form's own answer to the slip

    tab_to(page, "#id_email")
    page.keyboard.press("Control+A")
    page.keyboard.type("jo@example.net")
    tab_to(page, "#submit-button")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Check your email")
    axe_check(page)
    html_check(page, "link again sent")

    [email] = [m for m in mail.outbox if m.to == ["jo@example.net"]]
    link = next(word for word in email.body.split() if "/status/" in word)
    assert link.startswith(live_server.url + "/")  # HUB_PUBLIC_URL names the server the reader uses
    visit(link)
    expect(page.locator("#current-status")).to_be_visible()
