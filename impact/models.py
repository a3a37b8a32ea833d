"""The impact page: what changed because people were involved, gathered from every case
study and published community example in the reader's language."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.search import index

from hub.models import BasePage


class ImpactPage(BasePage):
    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    api_fields = BasePage.api_fields + [APIField("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["hub.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("impact page")

    def get_context(self, request, *args, **kwargs):
        from impact.gather import impact_context

        context = super().get_context(request, *args, **kwargs)
        context.update(impact_context(self, request))
        return context
