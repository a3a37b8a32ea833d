"""A reviewer discards spam: the review ends silently, nothing is sent to the address typed,
and what was sent (details, photos) is erased."""

import os

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import PageLogEntry, TaskState, WorkflowState

from casestudies.models import OutgoingEmail, Submission
from casestudies.services.tokens import make_status_token
from tests.casestudies import community_kit as kit
from tests.casestudies.community_kit import form_data, png_bytes, send

pytestmark = pytest.mark.django_db
community = kit.community
staff = kit.staff
VICTIM = "someone-else@example.net"


def spam_with_photo(client, community, capture):
    data = form_data(
        community,
        title="Cheap pills online",
        contact_email=VICTIM,
        consent_pictured="on",
        photo_1_description="An advert",
    )
    data["photo_1"] = SimpleUploadedFile("advert.png", png_bytes(), content_type="image/png")
    with capture(execute=True):
        assert send(client, community, data).status_code == 302
    return Submission.objects.get(contact_email=VICTIM)


def test_moderator_discards_spam_and_nobody_is_emailed(
    client, community, staff, django_capture_on_commit_callbacks
):
    submission = spam_with_photo(client, community, django_capture_on_commit_callbacks)
    page = submission.page
    photo_files = [photo.image.file.path for photo in page.specific.photos.all()]
    assert photo_files
    mail.outbox.clear()

    client.force_login(staff.moderator)
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "Discard as spam" in editor
    task_state = TaskState.objects.for_instance(page).get(status="in_progress")
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "spam", task_state.pk])
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url).status_code == 302

    submission.refresh_from_db()
    assert submission.status == Submission.Status.SPAM
    assert submission.contact_email == "" and submission.contact_name == "" and submission.is_erased
    assert not [m for m in mail.outbox if VICTIM in m.to]
    assert not OutgoingEmail.objects.filter(to=VICTIM, state="pending").exists()
    assert WorkflowState.objects.for_instance(page).get().status == "cancelled"
    assert not page.specific.photos.exists()
    assert (
        not get_image_model()
        .objects.filter(file__in=[p.split("media/", 1)[-1] for p in photo_files])
        .exists()
    )
    assert not any(os.path.exists(path) for path in photo_files)
    assert PageLogEntry.objects.filter(page=page, action="casestudies.spam", user=staff.moderator).exists()

    # The private link now says only "Not accepted", and offers nothing to withdraw or change.
    client.logout()
    token = make_status_token(submission)
    status = client.get(
        community.index.url + community.index.reverse_subpage("status", kwargs={"token": token})
    )
    html = status.content.decode()
    assert "Not accepted" in html and "spam" not in html.lower()
    assert "Withdraw my example" not in html and "Change your answers" not in html


def test_spam_is_not_a_choice_outside_a_review(client, community, staff, django_capture_on_commit_callbacks):
    submission = spam_with_photo(client, community, django_capture_on_commit_callbacks)
    client.force_login(staff.reviewer)  # lay panel: not their stage yet
    task_state = TaskState.objects.for_instance(submission.page).get(status="in_progress")
    url = reverse("wagtailadmin_pages:workflow_action", args=[submission.page.pk, "spam", task_state.pk])
    client.post(url)
    submission.refresh_from_db()
    assert submission.status == Submission.Status.IN_REVIEW
    assert submission.contact_email == VICTIM
