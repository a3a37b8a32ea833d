"""What the hub keeps for search beside the index: searches that found nothing."""

from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MAX_LENGTH = 255


class UnansweredSearch(models.Model):
    """A query (normalised: lower case, single spaces) that found no results, per language."""

    query_string = models.CharField(_("search terms"), max_length=MAX_LENGTH)
    language = models.CharField(_("language"), max_length=10)
    hits = models.PositiveIntegerField(_("times searched"), default=0)
    first_searched_at = models.DateTimeField(_("first searched"), default=timezone.now)
    last_searched_at = models.DateTimeField(_("last searched"), default=timezone.now)

    class Meta:
        verbose_name = _("search without results")
        verbose_name_plural = _("searches without results")
        constraints = [
            models.UniqueConstraint(fields=["query_string", "language"], name="search_unanswered_unique")
        ]
        ordering = ["-hits", "-last_searched_at"]

    def __str__(self):
        return self.query_string

    @classmethod
    def record(cls, query_string, language):
        query_string = " ".join(query_string.lower().split())[:MAX_LENGTH]
        if not query_string:
            return
        seen = cls.objects.filter(query_string=query_string, language=language)
        if not seen.update(hits=F("hits") + 1, last_searched_at=timezone.now()):
            cls.objects.get_or_create(query_string=query_string, language=language, defaults={"hits": 1})
