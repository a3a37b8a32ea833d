"""A private link that lets one lay panel member review one community example without an account.

Staff issue it (Snippets > Lay review links) and send it to the reviewer. It works until it
expires, is revoked, or has been used for a decision; the decision is recorded as the lay
panel stage's decision in the example's workflow (layreview/services.py).
"""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import models
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

TOKEN_SALT = "hub.layreview.link"  # noqa: S105 - a signing namespace, not a secret
DEFAULT_LIFETIME = timedelta(days=14)


def default_expiry():
    return timezone.now() + DEFAULT_LIFETIME


class LayReviewLink(models.Model):
    class Decision(models.TextChoices):
        APPROVED = "approved", _("Approved")
        CHANGES = "changes", _("Asked for changes")

    page = models.ForeignKey(
        "casestudies.SharedLearningPage", verbose_name=_("community example"), on_delete=models.CASCADE
    )
    reviewer_name = models.CharField(
        _("reviewer's name"),
        max_length=100,
        help_text=_("Recorded with their decision. Not shown to the sender."),
    )
    expires_at = models.DateTimeField(_("works until"), default=default_expiry)
    revoked = models.BooleanField(_("revoked"), default=False, help_text=_("Tick to stop the link working."))
    created_at = models.DateTimeField(_("issued"), default=timezone.now)
    decision = models.CharField(_("decision"), max_length=10, choices=Decision.choices, blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)

    class Meta:
        verbose_name = _("lay review link")
        verbose_name_plural = _("lay review links")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.reviewer_name}: {self.page}"

    def get_absolute_url(self):
        with translation.override(self.page.locale.language_code):
            return reverse("lay_review", args=[self.token])

    @property
    def token(self):
        """The link's signed id: the same every time it is shown (no timestamp, unlike signing.dumps)."""
        return signing.Signer(salt=TOKEN_SALT).sign(str(self.pk))

    @classmethod
    def from_token(cls, token):
        try:
            pk = int(signing.Signer(salt=TOKEN_SALT).unsign(token))
        except (signing.BadSignature, ValueError):
            return None
        return cls.objects.select_related("page").filter(pk=pk).first()

    @property
    def full_url(self):
        """What staff send the reviewer: the link in the example's language."""
        return settings.HUB_PUBLIC_URL.rstrip("/") + self.get_absolute_url()

    @property
    def status(self):
        if self.decision:
            return self.get_decision_display()
        if self.revoked:
            return _("Revoked")
        if self.expires_at <= timezone.now():
            return _("Expired")
        return _("Waiting for the reviewer")

    @property
    def is_usable(self):
        return not (self.revoked or self.decision or self.expires_at <= timezone.now())
