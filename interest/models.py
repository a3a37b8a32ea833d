"""A member of the public's interest in an event or an opportunity, sent without an account.

Personal data: a name and an email address, kept so staff can reply, and deleted by
``erase_old_interest`` a year after it was sent.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

NAME_MAX = 100
EMAIL_MAX = 254
NOTE_MAX = 1000


class InterestRegistration(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("event or opportunity"), on_delete=models.CASCADE, related_name="+"
    )
    name = models.CharField(_("name"), max_length=NAME_MAX)
    email = models.EmailField(_("email address"), max_length=EMAIL_MAX)
    note = models.TextField(_("access needs and questions"), max_length=NOTE_MAX, blank=True)
    wants_bursary = models.BooleanField(_("asks about a bursary place"), default=False)
    language_code = models.CharField(_("language"), max_length=10)
    created_at = models.DateTimeField(_("sent"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("last changed"), default=timezone.now)

    class Meta:
        verbose_name = _("interest registration")
        verbose_name_plural = _("interest registrations")
        constraints = [models.UniqueConstraint(fields=["page", "email"], name="interest_once_per_page")]
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name} ({self.page})"
