"""Taxonomy snippets that editors manage and readers filter by."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class TaxonomyTerm(TranslatableMixin, index.Indexed, models.Model):
    """A named term with a URL-safe slug, translatable per locale."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"), max_length=100, help_text=_("Used in filter links, e.g. co-production.")
    )
    description = models.TextField(
        _("description"), blank=True, max_length=500, help_text=_("One or two plain-English sentences.")
    )
    sort_order = models.PositiveSmallIntegerField(
        _("sort order"), default=0, help_text=_("Lower numbers are listed first.")
    )

    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("slug"),
        index.FilterField("locale_id"),
    ]
    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("sort_order")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Theme(TaxonomyTerm):
    """One of the five areas of focus for partnership working."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Approach(TaxonomyTerm):
    """A way of working with people: co-production, co-design, engagement..."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("approach")
        verbose_name_plural = _("approaches")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class ResearchStage(TaxonomyTerm):
    """A stage of the research cycle where people were involved."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("research stage")
        verbose_name_plural = _("research stages")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Topic(TaxonomyTerm):
    """A health or care area, such as mental health or dementia."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Region(TaxonomyTerm):
    """Where the work took place."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
