"""A reader's request for emails about new pages, made without an account.

Personal data: an email address. It is kept while the reader wants alerts and deleted when
they unsubscribe; a request nobody confirmed is deleted after a week.
"""

import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

EMAIL_MAX = 254


def new_token():
    return secrets.token_urlsafe(24)


class Kind(models.TextChoices):
    """What a reader can ask to hear about; each is a set of page types (alerts/pages.py)."""

    EVENTS = "events", _("Events and training")
    OPPORTUNITIES = "opportunities", _("Opportunities to get involved")
    EXAMPLES = "examples", _("Case studies and community examples")


class AlertSubscription(models.Model):
    email = models.EmailField(_("email address"), max_length=EMAIL_MAX)
    # What to hear about: one flag per Kind, named as its value.
    events = models.BooleanField(_("events and training"), default=False)
    opportunities = models.BooleanField(_("opportunities"), default=False)
    examples = models.BooleanField(_("case studies and community examples"), default=False)
    # No themes means every theme. Themes are matched by translation key, so a choice made
    # in Welsh also matches English pages.
    themes = models.ManyToManyField("hub.Theme", blank=True, related_name="+", verbose_name=_("themes"))
    language_code = models.CharField(_("language"), max_length=10)
    # The secret in the reader's confirm and unsubscribe links.
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("asked for"), default=timezone.now, db_index=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)

    class Meta:
        verbose_name = _("email alert subscription")
        verbose_name_plural = _("email alert subscriptions")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{', '.join(self.kinds)} ({self.language_code})"

    @property
    def kinds(self):
        return [kind for kind in Kind.values if getattr(self, kind)]

    @property
    def kind_labels(self):
        return [Kind(kind).label for kind in self.kinds]

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None
