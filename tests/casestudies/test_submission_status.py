"""The private status page: signed links, history, withdrawal; and mail that fails and is retried."""

import pytest
from django.core import mail, signing
from django.core.management import call_command
from wagtail.models import ModelLogEntry, PageLogEntry

from casestudies.models import OutgoingEmail, Submission
from casestudies.services.submit import submit_example
from casestudies.services.tokens import SALT, make_status_token, status_url
from casestudies.services.withdraw import withdraw_submission
from tests.casestudies import community_kit as kit

pytestmark = pytest.mark.django_db
community = kit.community
staff = kit.staff


def answers(community, **extra):
    return {
        "title": "Walking group with researchers",
        "stage": "planned",
        "what_we_did": "We plan monthly walks where researchers listen to people with long COVID.",
        "themes": [community.themes[1]],
        "approaches": [],
        "group_name": "Northside Walkers",
        "credit_preference": "named",
        "credit_names": "Jo Bloggs",
        "contact_name": "Jo Bloggs",
        "contact_email": "jo@example.net",
        "consent_publish": True,
        "consent_contact": True,
        **extra,
    }


@pytest.fixture
def submission(community):
    submission, _ = submit_example(community.index, answers(community))
    return submission


def url(submission, community, token=None):
    token = token or make_status_token(submission)
    return community.index.url + community.index.reverse_subpage("status", kwargs={"token": token})


def test_status_page_shows_stage_and_is_private(client, community, submission):
    response = client.get(url(submission, community))
    html = response.content.decode()
    assert response.status_code == 200
    assert submission.reference in html
    assert "Being reviewed" in html
    assert "Checking consent, safety and personal details" in html
    assert response["Cache-Control"] == "private, no-store"
    assert response["Referrer-Policy"] == "same-origin"
    assert "noindex" in response["X-Robots-Tag"]


@pytest.mark.parametrize(
    "token",
    [
        "not-a-token",
        "ZXlKeklqb3hmUTp4OnNpZ25hdHVyZQ",  # base64 of a made-up signed value
    ],
)
def test_forged_tokens_are_refused(client, community, submission, token):
    response = client.get(url(submission, community, token))
    assert response.status_code == 404
    assert "This link does not work" in response.content.decode()
    assert submission.reference not in response.content.decode()


def test_token_signed_with_another_salt_is_refused(client, community, submission):
    import base64

    signed = signing.dumps({"s": submission.pk, "n": submission.token_nonce, "v": 1}, salt="something-else")
    token = base64.urlsafe_b64encode(signed.encode()).decode().rstrip("=")
    assert client.get(url(submission, community, token)).status_code == 404


def test_expired_token_is_refused(client, community, submission, settings):
    token = make_status_token(submission)
    settings.COMMUNITY_STATUS_LINK_MAX_AGE = -1
    assert client.get(url(submission, community, token)).status_code == 404


def test_revoked_token_is_refused(client, community, submission):
    token = make_status_token(submission)
    Submission.objects.filter(pk=submission.pk).update(token_version=2)
    assert client.get(url(submission, community, token)).status_code == 404
    assert SALT  # the salt is fixed: changing it would break every link already sent


def test_withdraw_from_status_page_unpublishes_erases_and_logs(
    client, community, submission, staff, django_capture_on_commit_callbacks
):
    page = submission.page
    # Publish it first, as if the review had finished.
    page.get_latest_revision().publish()
    page.refresh_from_db()
    assert page.live
    status = url(submission, community)
    confirm = client.get(status + "withdraw/")
    assert "Are you sure?" in confirm.content.decode()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(status + "withdraw/")
    assert response.status_code == 302
    submission.refresh_from_db()
    page.refresh_from_db()
    assert not page.live
    assert submission.status == Submission.Status.WITHDRAWN
    assert submission.contact_name == submission.contact_email == submission.group_name == ""
    assert submission.erased_at is not None
    assert page.specific.credit_line == ""
    for revision in page.revisions.all():
        assert "Jo Bloggs" not in str(revision.content)
    # One email confirms it; once sent, the outbox keeps no address or text.
    [confirmation] = mail.outbox
    assert confirmation.to == ["jo@example.net"]
    assert confirmation.subject == f"Your example has been withdrawn ({submission.reference})"
    assert "We have deleted its photos, your name and your contact details." in confirmation.body
    assert "Walking group with researchers" in confirmation.body
    assert submission.emails.get(kind="withdrawn").state == OutgoingEmail.State.SENT
    assert all(e.to == "" and e.body == "" for e in submission.emails.all())
    assert PageLogEntry.objects.filter(page=page, action="casestudies.withdrawn").exists()
    after = client.get(status)
    assert "Withdrawn" in after.content.decode()
    assert "jo@example.net" not in after.content.decode()
    # Withdrawing again changes nothing and sends nothing.
    entries = ModelLogEntry.objects.count() + PageLogEntry.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        withdraw_submission(submission)
    assert len(mail.outbox) == 1
    assert ModelLogEntry.objects.count() + PageLogEntry.objects.count() == entries


def test_withdrawal_confirmation_that_cannot_be_sent_is_erased_when_given_up(
    community, submission, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_DELIVERY_BACKEND = "tests.casestudies.failing_mail.FailingBackend"
    with django_capture_on_commit_callbacks(execute=True):
        withdraw_submission(submission)
    email = submission.emails.get(kind="withdrawn")
    assert email.state == OutgoingEmail.State.PENDING and email.to == "jo@example.net"
    OutgoingEmail.objects.filter(pk=email.pk).update(attempts=4)
    call_command("send_pending_emails", "--now")  # the fifth and last try fails too
    email.refresh_from_db()
    assert email.state == OutgoingEmail.State.FAILED
    assert email.to == "" and email.body == ""


def test_failing_mail_backend_keeps_submission_and_retries(
    client, community, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_DELIVERY_BACKEND = "tests.casestudies.failing_mail.FailingBackend"
    with django_capture_on_commit_callbacks(execute=True):
        response = kit.send(client, community, kit.form_data(community))
    assert response.status_code == 302  # the person still sees their confirmation
    submission = Submission.objects.get()
    email = OutgoingEmail.objects.get(kind="received")
    assert email.state == OutgoingEmail.State.PENDING
    assert email.attempts == 1
    assert "SMTP" in email.last_error or "refused" in email.last_error
    assert email.next_attempt_at > email.created_at
    assert submission.page is not None

    # The mail server is back: the sweep sends it, once.
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_pending_emails", "--now")
    email.refresh_from_db()
    assert email.state == OutgoingEmail.State.SENT
    assert email.attempts == 2
    assert len(mail.outbox) == 1 and submission.reference in mail.outbox[0].subject
    call_command("send_pending_emails", "--now")
    assert len(mail.outbox) == 1


def test_retries_stop_after_a_limit(community, settings):
    from casestudies.services import outbox

    settings.EMAIL_DELIVERY_BACKEND = "tests.casestudies.failing_mail.FailingBackend"
    submission, _ = submit_example(community.index, answers(community))
    email = submission.emails.get()
    for _ in range(outbox.MAX_ATTEMPTS):
        outbox.send_pending(ignore_schedule=True)
    email.refresh_from_db()
    assert email.state == OutgoingEmail.State.FAILED
    assert email.attempts == outbox.MAX_ATTEMPTS
    assert Submission.objects.filter(pk=submission.pk).exists()


def test_email_links_use_the_index_page(community, submission):
    link = status_url(submission, community.index)
    assert link.startswith("http://localhost/en/examples/status/")
