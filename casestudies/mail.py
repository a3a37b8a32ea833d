"""Django's EMAIL_BACKEND for the whole hub: every message goes into the outbox first.

Wagtail's workflow notifications, password resets and anything else sent with Django's mail
API are stored as OutgoingEmail rows, one per recipient, inside the caller's transaction, and
handed to the delivery task only after it commits. A mail server that is down, slow or
refusing the login therefore never fails or slows the request that caused the email, and an
email about something that was rolled back is never sent. The real sending is done by
services.outbox.deliver through settings.EMAIL_DELIVERY_BACKEND (SMTP in production).
"""

import uuid

from django.conf import settings
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction

from casestudies.models import OutgoingEmail
from casestudies.models.submission import EMAIL_MAX


class AttachmentsNotSupported(ValueError):
    pass


class OutboxBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        stored = []
        for message in email_messages:
            stored.extend(self._store(message))
        for email in stored:
            transaction.on_commit(lambda email=email: _enqueue(email))
        return len(email_messages)

    def _store(self, message):
        if message.attachments:
            raise AttachmentsNotSupported("The outbox stores text and HTML emails only, not attachments.")
        headers = dict(message.extra_headers)
        if message.reply_to:
            headers["Reply-To"] = ", ".join(message.reply_to)
        html = "".join(
            content for content, mimetype in getattr(message, "alternatives", []) if mimetype == "text/html"
        )
        return [
            OutgoingEmail.objects.create(
                kind=OutgoingEmail.Kind.NOTIFICATION,
                dedupe_key=f"notification:{uuid.uuid4()}",
                to=recipient[:EMAIL_MAX],
                subject=" ".join(str(message.subject).split())[:200],
                body=message.body,
                html_body=html,
                from_email=message.from_email or settings.DEFAULT_FROM_EMAIL,
                headers=headers,
            )
            for recipient in message.recipients()
        ]


def _enqueue(email):
    from casestudies.services.outbox import enqueue_delivery

    enqueue_delivery(email)
