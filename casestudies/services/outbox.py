"""Emails to submitters: rendered, stored in the outbox, then sent by a background task.

A row is written before anything is sent, so a mail failure never loses or blocks a
submission; the task retries with a growing wait, and `send_pending_emails` sweeps up.
The dedupe key makes every email once-only (for example, one share-back per collection).
"""

from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.utils import timezone, translation

from casestudies.models import OutgoingEmail

MAX_ATTEMPTS = 5
# How long a worker may hold an email it is sending (EMAIL_TIMEOUT is far shorter).
CLAIM_LEASE = timedelta(minutes=15)


def retry_delay(attempts):
    """Minutes to wait before the next try: 1, 5, 25, 125..."""
    return timedelta(minutes=5 ** max(attempts - 1, 0))


def queue_email(submission, kind, dedupe_key, context):
    """Render and store one email for a submission; the background task gets it after commit.

    Returns the OutgoingEmail, or None when the submitter cannot be contacted.
    Queuing the same dedupe_key twice returns the first email and sends nothing new.
    """
    if not submission.can_be_contacted:
        return None
    return queue(
        submission.contact_email,
        kind,
        dedupe_key,
        template=kind,
        context={"submission": submission, **context},
        language_code=submission.language_code,
        submission=submission,
    )


def queue(to, kind, dedupe_key, *, template, context, language_code, submission=None, headers=None):
    """Render ``emails/<template>`` in a language and store it; the background task sends it
    after commit. Queuing the same dedupe_key twice returns the first email and sends nothing new."""
    existing = OutgoingEmail.objects.filter(dedupe_key=dedupe_key).first()
    if existing is not None:
        return existing
    with translation.override(language_code or settings.LANGUAGE_CODE):
        context = {"site_name": str(settings.HUB_SITE_NAME), **context}
        subject = render_to_string(f"emails/{template}_subject.txt", context)
        body = render_to_string(f"emails/{template}.txt", context)
    email = OutgoingEmail.objects.create(
        submission=submission,
        kind=kind,
        dedupe_key=dedupe_key,
        to=to,
        subject=" ".join(subject.split())[:200],
        body=body,
        headers=headers or {},
    )
    transaction.on_commit(lambda: enqueue_delivery(email))
    return email


def enqueue_delivery(email, run_after=None):
    from django_tasks import default_task_backend

    from casestudies.tasks import deliver_email

    task = deliver_email
    if run_after is not None:
        if not default_task_backend.supports_defer:
            return None  # the send_pending_emails sweep picks it up later
        task = deliver_email.using(run_after=run_after)
    return task.enqueue(email.pk)


def claim(email_id, now=None):
    """Take one email for sending, atomically: at most one worker gets it.

    The claim is a conditional UPDATE from 'pending' to 'sending', so two workers (a task and
    the sweep, or two task workers) can never both send it. A claim lasts CLAIM_LEASE: if the
    worker dies mid-send, the sweep may try again after that.
    """
    now = now or timezone.now()
    claimable = Q(state=OutgoingEmail.State.PENDING) | Q(
        state=OutgoingEmail.State.SENDING, next_attempt_at__lte=now
    )
    claimed = OutgoingEmail.objects.filter(claimable, pk=email_id).update(
        state=OutgoingEmail.State.SENDING, next_attempt_at=now + CLAIM_LEASE, attempts=F("attempts") + 1
    )
    return OutgoingEmail.objects.get(pk=email_id) if claimed else None


def deliver(email):
    """Try to send one email. Returns True when sent; records the failure otherwise."""
    if email.state == OutgoingEmail.State.SENT:
        return True
    email = claim(email.pk)
    if email is None:
        return False  # another worker has it, or it was sent, cancelled or given up
    try:
        as_message(email).send(fail_silently=False)
    except Exception as error:  # noqa: BLE001 - any mail failure is retried, never raised to the submitter
        email.last_error = f"{type(error).__name__}: {error}"[:300]
        if email.attempts >= MAX_ATTEMPTS:
            email.state = OutgoingEmail.State.FAILED
        else:
            email.state = OutgoingEmail.State.PENDING
            email.next_attempt_at = timezone.now() + retry_delay(email.attempts)
        email.save(update_fields=["last_error", "state", "next_attempt_at"])
        if email.state == OutgoingEmail.State.PENDING:
            enqueue_delivery(email, run_after=email.next_attempt_at)
        else:
            _erase_if_submission_erased(email)
        return False
    email.state = OutgoingEmail.State.SENT
    email.sent_at = timezone.now()
    email.last_error = ""
    email.save(update_fields=["last_error", "state", "sent_at"])
    _erase_if_submission_erased(email)
    return True


def _erase_if_submission_erased(email):
    """The last email to someone whose data was erased (a withdrawal confirmation) keeps their
    address only until it is sent or given up."""
    if email.submission_id and email.submission.is_erased:
        OutgoingEmail.objects.filter(pk=email.pk).update(to="", body="")


def as_message(email):
    """The stored email as a message for the real mail server (EMAIL_DELIVERY_BACKEND)."""
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=email.body,
        from_email=email.from_email or settings.DEFAULT_FROM_EMAIL,
        to=[email.to],
        headers=email.headers or {},
        connection=get_connection(settings.EMAIL_DELIVERY_BACKEND),
    )
    if email.html_body:
        message.attach_alternative(email.html_body, "text/html")
    return message


def send_pending(now=None, *, ignore_schedule=False):
    """Send every pending email whose retry time has come. Returns (sent, failed) counts."""
    now = now or timezone.now()
    pending = OutgoingEmail.objects.filter(
        Q(state=OutgoingEmail.State.PENDING) | Q(state=OutgoingEmail.State.SENDING, next_attempt_at__lte=now)
    )
    if not ignore_schedule:
        pending = pending.filter(next_attempt_at__lte=now)
    sent = failed = 0
    for email in pending.order_by("created_at"):
        if deliver(email):
            sent += 1
        else:
            failed += 1
    return sent, failed
