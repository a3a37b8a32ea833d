"""Submitting an example through the public form: what is stored, what is sent, what the person sees."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Revision, WorkflowState

from casestudies.models import OutgoingEmail, SharedLearningPage, Submission
from tests.casestudies import community_kit as kit
from tests.casestudies.community_kit import form_data, png_bytes, send, share_url

pytestmark = pytest.mark.django_db
community = kit.community


def test_form_renders_with_consent_wording_and_accessible_fields(client, community):
    response = client.get(share_url(community))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Share your example" in html
    assert "I agree that the hub can publish my example" in html
    assert 'autocomplete="email"' in html and 'autocomplete="name"' in html
    assert "<legend" in html and 'name="form_token"' in html
    assert 'name="website"' in html  # the honeypot, hidden from people


def test_submit_creates_draft_page_private_record_workflow_and_email(
    client, community, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, community, form_data(community))
    assert response.status_code == 302
    submission = Submission.objects.get()
    page = submission.page.specific
    assert isinstance(page, SharedLearningPage)
    assert not page.live
    assert page.get_parent().pk == community.index.pk
    assert page.credit_line == "Riverside Carers"
    assert [t.name for t in page.themes.all()] == ["Inclusion and diversity", "Impact"]
    assert submission.contact_email == "amira@example.net"
    assert submission.consent_version.version == "2025-1"
    assert submission.consent_publish and submission.consent_contact and not submission.consent_pictured
    assert submission.language_code == "en"
    assert submission.status == Submission.Status.IN_REVIEW

    state = WorkflowState.objects.for_instance(page).get()
    assert state.workflow.name == "Community examples"
    assert state.current_task_state.task.name.startswith("Moderation")

    # Personal data is never in the page or its revisions.
    for revision in Revision.objects.filter(object_id=str(page.pk)):
        assert "amira" not in str(revision.content).lower()
        assert "Amira Khan" not in str(revision.content)

    follow = client.get(response["Location"])
    assert submission.reference in follow.content.decode()
    assert "See the progress of your example" in follow.content.decode()

    sent = [m for m in mail.outbox if m.to == ["amira@example.net"]]
    assert len(sent) == 1
    assert submission.reference in sent[0].subject
    assert "/examples/status/" in sent[0].body
    assert OutgoingEmail.objects.get(kind="received").state == OutgoingEmail.State.SENT


def test_double_submit_with_the_same_form_creates_one_submission(
    client, community, django_capture_on_commit_callbacks
):
    data = form_data(community)
    with django_capture_on_commit_callbacks(execute=True):
        first = send(client, community, data)
        second = send(client, community, data)
    assert first.status_code == second.status_code == 302
    # Both lead to the one submission's confirmation (each link is freshly signed and timestamped).
    assert submission_named_by(first["Location"]) == submission_named_by(second["Location"])
    assert Submission.objects.count() == 1
    assert SharedLearningPage.objects.count() == 1
    assert len(mail.outbox) == 1


def test_photo_is_stored_as_image_with_description(client, community):
    photo = SimpleUploadedFile("group.png", png_bytes(), content_type="image/png")
    data = form_data(community, consent_pictured="on", photo_1_description="Six people around a table")
    data["photo_1"] = photo
    response = send(client, community, data)
    assert response.status_code == 302
    page = Submission.objects.get().page.specific
    photo = page.photos.get()
    assert photo.alt_text == "Six people around a table"
    assert photo.image.collection.name == "Community examples"


def test_plain_text_with_angle_brackets_is_stored_as_given_and_shown_escaped(client, community):
    data = form_data(community, what_we_did="Groups of < 10 & > 3 people met; costs were £5 each.")
    send(client, community, data)
    submission = Submission.objects.get()
    assert submission.page.specific.what_we_did == "Groups of < 10 & > 3 people met; costs were £5 each."
    status = client.get(submission_status_url(submission, community))
    assert "Groups of &lt; 10 &amp; &gt; 3 people met" in status.content.decode()


def test_welsh_urdu_and_polish_text_is_accepted(client, community):
    data = form_data(community, title="Grŵp cerdded — گروپ — Spacer się z badaczami")
    assert send(client, community, data).status_code == 302
    assert Submission.objects.get().page.title == "Grŵp cerdded — گروپ — Spacer się z badaczami"


def submission_named_by(location):
    from casestudies.services.tokens import read_status_token

    return read_status_token(location.rstrip("/").rsplit("/", 1)[-1])


def submission_status_url(submission, community):
    from casestudies.services.tokens import status_url

    return status_url(submission, community.index, full=False)
