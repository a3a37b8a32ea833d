"""Posts to the public form, kept in the database so every worker process shares one count."""

from django.db import models
from django.utils import timezone


class FormPost(models.Model):
    """One post to the share form from one address (hashed), and whether it became a submission."""

    address_hash = models.CharField(max_length=64)
    accepted = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["address_hash", "accepted", "created_at"], name="formpost_window")]

    def __str__(self):
        return f"{self.address_hash[:8]} {self.created_at:%Y-%m-%d %H:%M}"
