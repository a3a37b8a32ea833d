"""Lay review by private link: a public contributor without an account reads an example (no
personal data) and approves it or asks for changes; the workflow records it as the lay
panel's decision. Links expire, can be revoked and work once."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import TaskState

from casestudies.models import OutgoingEmail, Submission
from casestudies.services.submit import submit_example
from layreview.models import LayReviewLink
from layreview.services import LINK_ACCOUNT
from tests.casestudies import community_kit as kit

pytestmark = pytest.mark.django_db

community = kit.community
staff = kit.staff

EXAMPLE = {
    "title": "Recipe cards written with a carers' group",
    "stage": "done",
    "what_we_did": "We met six times at the community centre and wrote recipe cards together.",
    "credit_preference": "anonymous",
    "contact_name": "Amira Khan",
    "contact_email": "amira@example.net",
    "consent_publish": True,
}


def current_task(page):
    return TaskState.objects.for_instance(page).filter(status="in_progress").first()


@pytest.fixture
def example(community, staff):
    """An example the moderator has passed on to the lay panel."""
    submission, _created = submit_example(community.index, EXAMPLE)
    current_task(submission.page).approve(user=staff.moderator)
    assert current_task(submission.page).task.name == "Lay review panel"
    return submission


@pytest.fixture
def link(example):
    return LayReviewLink.objects.create(page=example.page, reviewer_name="Sam Reviewer")


def test_the_reviewer_reads_the_example_without_personal_data(client, link):
    response = client.get(link.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert escape(EXAMPLE["title"]) in html and EXAMPLE["what_we_did"] in html
    assert "Amira Khan" not in html and "amira@example.net" not in html
    assert "no-store" in response["Cache-Control"] and response["Referrer-Policy"] == "same-origin"
    assert link.full_url.endswith("/en/lay-review/" + link.token + "/")


def test_approving_records_the_lay_panels_decision_and_uses_the_link(client, link, example):
    lay_stage = current_task(example.page)
    response = client.post(link.get_absolute_url(), {"decision": "approved", "comment": "Clear and kind."})
    assert response.status_code == 302 and response["Location"].endswith("/done/")
    assert "your decision is recorded" in client.get(response["Location"]).content.decode()
    lay_stage.refresh_from_db()
    assert lay_stage.status == TaskState.STATUS_APPROVED
    assert lay_stage.finished_by.username == LINK_ACCOUNT and not lay_stage.finished_by.is_active
    assert "Sam Reviewer" in lay_stage.get_comment() and "Clear and kind." in lay_stage.get_comment()
    assert current_task(example.page).task.name != "Lay review panel"  # on to the editor
    link.refresh_from_db()
    assert link.decision == "approved" and link.decided_at
    assert client.get(link.get_absolute_url()).status_code == 410  # works once


def test_asking_for_changes_needs_a_comment_which_reaches_the_sender(client, link, example):
    refused = client.post(link.get_absolute_url(), {"decision": "changes", "comment": ""})
    assert refused.status_code == 400
    assert "Say what should change" in refused.content.decode()
    assert current_task(example.page).task.name == "Lay review panel"

    comment = "Please say how the recipe cards were tested."
    client.post(link.get_absolute_url(), {"decision": "changes", "comment": comment})
    example.refresh_from_db()
    assert example.status == Submission.Status.CHANGES_REQUESTED
    to_sender = OutgoingEmail.objects.filter(to="amira@example.net").order_by("created_at").last()
    assert comment in to_sender.body and "Sam Reviewer" not in to_sender.body


def test_no_decision_is_the_same_as_no_answer(client, link, example):
    response = client.post(link.get_absolute_url(), {"comment": "Looks fine"})
    assert response.status_code == 400
    assert "Choose whether to approve" in response.content.decode()
    assert not LayReviewLink.objects.get(pk=link.pk).decision


@pytest.mark.parametrize("change", ["expired", "revoked", "moved_on", "forged"])
def test_a_link_that_should_not_work_does_not(client, link, example, staff, change):
    url = link.get_absolute_url()
    if change == "expired":
        LayReviewLink.objects.filter(pk=link.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    elif change == "revoked":
        LayReviewLink.objects.filter(pk=link.pk).update(revoked=True)
    elif change == "moved_on":
        current_task(example.page).approve(user=staff.reviewer)
    else:
        url = url.replace(link.token, link.token[:-3] + "abc")
    for response in (client.get(url), client.post(url, {"decision": "approved"})):
        assert response.status_code == 410
        assert "This review link does not work" in response.content.decode()
    assert not LayReviewLink.objects.get(pk=link.pk).decision


def test_moderators_issue_and_read_links_others_cannot(client, link, staff, django_user_model):
    listing = "/admin/snippets/layreview/layreviewlink/"
    client.force_login(staff.moderator)
    html = client.get(listing).content.decode()
    assert "Sam Reviewer" in html and link.token in html and "Waiting for the reviewer" in html
    assert client.get(listing + "add/").status_code == 200
    client.force_login(staff.reviewer)  # a lay reviewer with an account keeps the admin route
    assert "Sam Reviewer" not in client.get(listing).content.decode()
    assert Group.objects.get(name="Editors").permissions.filter(codename="add_layreviewlink").exists()


def test_the_example_chooser_is_labelled_in_each_editors_language():
    """The chooser's widget is made with the form, and Wagtail may keep a form for the life of
    the process: one made for a Welsh editor must still say "Choose a page" to an English one."""
    from django.utils import translation

    with translation.override("cy"):
        form_class = LayReviewLink.snippet_viewset.get_edit_handler().get_form_class()
    assert "Choose a page (Community example)" in str(form_class()["page"])
    with translation.override("cy"):
        assert "Dewiswch dudalen (Enghraifft gymunedol)" in str(form_class()["page"])
