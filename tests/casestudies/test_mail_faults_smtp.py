"""The outbox against a real SMTP server on 127.0.0.1 (aiosmtpd): a server that refuses, hangs or
rejects the login never fails a submission; once it recovers, every email goes exactly once,
even with two workers sweeping the outbox at the same moment."""

import os
import socket
import subprocess
import sys
import time

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from django.conf import settings
from django.db import connection

from casestudies.models import OutgoingEmail, Submission
from casestudies.services.outbox import send_pending
from tests.casestudies import community_kit as kit
from tests.casestudies.community_kit import form_data, send

community = kit.community
staff = kit.staff
SMTP = "django.core.mail.backends.smtp.EmailBackend"


class Inbox:
    """An aiosmtpd handler that keeps what it receives, and can be told to hang."""

    def __init__(self, hang_seconds=0):
        self.messages = []
        self.hang_seconds = hang_seconds

    async def handle_DATA(self, server, session, envelope):
        if self.hang_seconds:
            import asyncio

            await asyncio.sleep(self.hang_seconds)
        self.messages.append(envelope.content.decode("utf-8", "replace"))
        return "250 OK"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(handler, **kwargs):
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(), **kwargs)
    controller.start()
    return controller


def refuse_everyone(server, session, envelope, mechanism, auth_data):
    return AuthResult(success=False, handled=False)


@pytest.fixture
def smtp_settings(settings):
    settings.EMAIL_DELIVERY_BACKEND = SMTP
    settings.EMAIL_TIMEOUT = 1
    settings.COMMUNITY_FORM_MIN_SECONDS = 0
    return settings


def submit(client, community, capture_on_commit):
    with capture_on_commit(execute=True):  # mail is handed over only after the save commits
        response = send(client, community, form_data(community))
    assert response.status_code == 302, response.content[:300]
    return Submission.objects.latest("created_at")


@pytest.mark.django_db
@pytest.mark.parametrize("fault", ["refused", "hangs", "login refused"])
def test_a_failing_mail_server_never_fails_or_loses_a_submission(
    client, community, staff, smtp_settings, fault, django_capture_on_commit_callbacks
):
    inbox = Inbox(hang_seconds=3 if fault == "hangs" else 0)
    controller = None
    if fault == "refused":
        smtp_settings.EMAIL_PORT = free_port()  # nothing listens there
    else:
        extra = (
            {"authenticator": refuse_everyone, "auth_require_tls": False} if fault == "login refused" else {}
        )
        controller = start_server(inbox, **extra)
        smtp_settings.EMAIL_PORT = controller.port
        if fault == "login refused":
            smtp_settings.EMAIL_HOST_USER, smtp_settings.EMAIL_HOST_PASSWORD = "hub", "wrong"
    try:
        submission = submit(client, community, django_capture_on_commit_callbacks)
    finally:
        if controller:
            controller.stop()
    email = OutgoingEmail.objects.get(submission=submission, kind="received")
    assert email.state == OutgoingEmail.State.PENDING
    assert email.last_error
    assert submission.page is not None
    # Wagtail's own notification to the moderators waits in the outbox too.
    notice = OutgoingEmail.objects.get(kind="notification", to=staff.moderator.email)
    assert notice.state == OutgoingEmail.State.PENDING and notice.last_error
    assert "Recipe cards" in notice.subject + notice.body

    # The server recovers: the sweep sends the waiting email once, and again sends nothing.
    recovered = Inbox()
    controller = start_server(recovered)
    smtp_settings.EMAIL_PORT = controller.port
    smtp_settings.EMAIL_HOST_USER = smtp_settings.EMAIL_HOST_PASSWORD = ""
    try:
        sent, failed = send_pending(ignore_schedule=True)
        assert (sent, failed) == (OutgoingEmail.objects.count(), 0)
        assert send_pending(ignore_schedule=True) == (0, 0)
    finally:
        controller.stop()
    assert len(recovered.messages) == sent
    assert sum(submission.reference in message for message in recovered.messages) == 1
    assert sum(f"To: {staff.moderator.email}" in message for message in recovered.messages) == 1
    email.refresh_from_db()
    assert email.state == OutgoingEmail.State.SENT


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="two worker processes need a shared server database"
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_workers_at_once_send_each_email_exactly_once(community):
    submission = Submission.objects.create(
        contact_email="jo@example.net", consent_version_id=1, contact_name="Jo"
    )
    emails = [
        OutgoingEmail(
            submission=submission,
            kind="received",
            dedupe_key=f"bulk-{n}",
            to="jo@example.net",
            subject=f"Email number {n}",
            body="Hello",
        )
        for n in range(30)
    ]
    OutgoingEmail.objects.bulk_create(emails)
    inbox = Inbox(hang_seconds=0.1)  # a slowish server, so the two workers' sweeps overlap
    controller = start_server(inbox)
    database = settings.DATABASES["default"]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hub.settings.test",
        "DATABASE_URL": f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}",
        "HUB_TEST_EMAIL_BACKEND": SMTP,
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(controller.port),
    }
    command = [sys.executable, "manage.py", "send_pending_emails", "--now"]
    try:
        workers = [
            subprocess.Popen(command, cwd=settings.BASE_DIR, env=env, stdout=subprocess.PIPE, text=True)  # noqa: S603
            for _ in range(2)
        ]
        outputs = [worker.communicate(timeout=120)[0] for worker in workers]
        time.sleep(0.2)
    finally:
        controller.stop()
    assert all(worker.returncode == 0 for worker in workers), outputs
    subjects = sorted(
        line for message in inbox.messages for line in message.splitlines() if line.startswith("Subject:")
    )
    assert len(subjects) == 30, outputs
    assert len(set(subjects)) == 30
    assert OutgoingEmail.objects.filter(state=OutgoingEmail.State.SENT).count() == 30
