"""The private side of a community example: who sent it, what they agreed to, how to reach them.

Nothing here is ever rendered publicly or copied into a page or its revisions.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Unambiguous letters and digits for references people read out on the phone.
REFERENCE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
NAME_MAX = 120
EMAIL_MAX = 254
GROUP_MAX = 200


def new_reference():
    return "CE-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(7))


def new_nonce():
    return secrets.token_urlsafe(12)


class ConsentVersion(models.Model):
    """The exact consent wording people agreed to, kept for every version ever shown."""

    version = models.CharField(_("version"), max_length=20, unique=True)
    publish_text = models.TextField(_("consent to publish"))
    contact_text = models.TextField(_("consent to be contacted"))
    pictured_text = models.TextField(_("permission from people pictured"))
    # The same statements in other languages: {"cy": {"publish_text": ..., ...}, ...}.
    translations = models.JSONField(_("translations"), default=dict, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("consent wording")
        verbose_name_plural = _("consent wordings")
        get_latest_by = "created_at"

    def __str__(self):
        return self.version

    @property
    def used_by(self):
        """How many submissions agreed to this wording (shown in the admin list)."""
        return self.submissions.count()

    @classmethod
    def current(cls):
        return cls.objects.latest()

    def wording(self, language_code):
        """The three statements as a reader of this language sees them (English where untranslated)."""
        english = {name: getattr(self, name) for name in self.TEXT_FIELDS}
        translated = (self.translations or {}).get((language_code or "").split("-")[0], {})
        return {name: translated.get(name) or text for name, text in english.items()}

    TEXT_FIELDS = ("publish_text", "contact_text", "pictured_text")


class Submission(models.Model):
    class Status(models.TextChoices):
        RECEIVED = "received", _("Received")
        IN_REVIEW = "in_review", _("In review")
        CHANGES_REQUESTED = "changes_requested", _("Changes requested")
        PUBLISHED = "published", _("Published")
        NOT_ACCEPTED = "not_accepted", _("Not accepted")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        SPAM = "spam", _("Discarded as spam")

    class Channel(models.TextChoices):
        WEB = "web", _("Public form")
        WORKSHOP = "workshop", _("Workshop or event")
        PHONE = "phone", _("Phone call")
        LETTER = "letter", _("Letter")
        EMAIL = "email", _("Email")
        OTHER = "other", _("Other")

    reference = models.CharField(_("reference"), max_length=12, unique=True, default=new_reference)
    page = models.OneToOneField(
        "casestudies.SharedLearningPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submission",
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.RECEIVED)

    # Personal data: erased on withdrawal.
    contact_name = models.CharField(_("contact name"), max_length=NAME_MAX, blank=True)
    contact_email = models.EmailField(_("contact email"), max_length=EMAIL_MAX, blank=True)
    group_name = models.CharField(_("group or organisation"), max_length=GROUP_MAX, blank=True)
    credit_names = models.CharField(_("names to credit"), max_length=GROUP_MAX, blank=True)

    consent_version = models.ForeignKey(
        ConsentVersion,
        on_delete=models.PROTECT,
        related_name="submissions",
        verbose_name=_("consent wording"),
    )
    consent_publish = models.BooleanField(_("agreed to publish"), default=False)
    consent_contact = models.BooleanField(_("agreed to be contacted"), default=False)
    consent_pictured = models.BooleanField(_("has permission from people pictured"), default=False)

    channel = models.CharField(_("came in by"), max_length=10, choices=Channel.choices, default=Channel.WEB)
    source_note = models.CharField(_("where it came from"), max_length=300, blank=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("entered by staff member"),
    )
    language_code = models.CharField(_("language"), max_length=10, default="en")

    token_nonce = models.CharField(max_length=32, default=new_nonce, editable=False)
    token_version = models.PositiveIntegerField(default=1, editable=False)
    idempotency_key = models.CharField(max_length=64, null=True, blank=True, unique=True, editable=False)

    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    erased_at = models.DateTimeField(_("personal data erased"), null=True, blank=True)

    class Meta:
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        ordering = ["-created_at"]
        permissions = [
            ("view_submission_personal_data", "Can see submitters' names and contact details"),
            ("export_submissions", "Can download the submissions report"),
            ("enter_submission", "Can enter a submission on a group's behalf"),
        ]

    def __str__(self):
        return self.reference

    @property
    def is_erased(self):
        return self.erased_at is not None

    @property
    def can_be_contacted(self):
        return bool(self.contact_email) and not self.is_erased


class OutgoingEmail(models.Model):
    """An email the hub sends, kept until it is sent so a mail failure never loses it.

    Most are to a submitter about their example; `NOTIFICATION` rows are everything else
    sent through Django's mail API (Wagtail's workflow notifications to reviewers, password
    resets), stored by casestudies.mail.OutboxBackend.
    """

    class Kind(models.TextChoices):
        RECEIVED = "received", _("Received")
        IN_REVIEW = "in_review", _("In review")
        CHANGES_REQUESTED = "changes_requested", _("Changes requested")
        PUBLISHED = "published", _("Published")
        NOT_ACCEPTED = "not_accepted", _("Not accepted")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        COLLECTION = "collection", _("Collection shared back")
        LINK_AGAIN = "link_again", _("Private link sent again")
        NOTIFICATION = "notification", _("Notification to staff or reviewers")
        ALERT = "alert", _("Email alert to a subscriber")

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting to send")
        SENDING = "sending", _("Being sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Gave up")
        CANCELLED = "cancelled", _("Cancelled")

    submission = models.ForeignKey(
        Submission, null=True, blank=True, on_delete=models.CASCADE, related_name="emails"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    dedupe_key = models.CharField(max_length=120, unique=True)
    to = models.EmailField(max_length=EMAIL_MAX)
    subject = models.CharField(max_length=200)
    body = models.TextField()
    html_body = models.TextField(blank=True)
    from_email = models.CharField(max_length=EMAIL_MAX + 100, blank=True)
    # Extra headers to send, e.g. Wagtail's {"Auto-Submitted": "auto-generated"}.
    headers = models.JSONField(default=dict, blank=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING, db_index=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("email to a submitter")
        verbose_name_plural = _("emails to submitters")
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.kind} {self.submission_id}"
