"""The home page and general content pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from hub.blocks import BodyStreamBlock

from .base import BasePage


class HomePage(BasePage):
    hero_heading = models.CharField(_("hero heading"), max_length=120)
    hero_text = models.TextField(_("hero text"), max_length=400, blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    hero_cta_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("hero button page"),
    )
    hero_cta_text = models.CharField(_("hero button text"), max_length=60, blank=True)
    # On the page, not the image, so that translators translate it with the rest of the page.
    hero_image_alt = models.CharField(
        _("hero image description"),
        max_length=250,
        blank=True,
        help_text=_(
            "Describe the image for people who cannot see it. If empty, the image's own description is used."
        ),
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))
    footer_text = models.CharField(
        _("footer text"),
        max_length=300,
        blank=True,
        help_text=_(
            "A short line shown in the footer of every page in this language, e.g. who runs the hub."
        ),
    )

    api_fields = BasePage.api_fields + [APIField("hero_heading"), APIField("hero_text"), APIField("body")]
    search_fields = BasePage.search_fields + [
        index.SearchField("hero_heading"),
        index.SearchField("hero_text"),
        index.SearchField("body"),
    ]
    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_image_alt"),
                FieldPanel("hero_cta_page"),
                FieldPanel("hero_cta_text"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("body"),
        FieldPanel("footer_text"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "hub.StandardPage",
        "blog.BlogIndexPage",
        "casestudies.CaseStudyIndexPage",
        "casestudies.SharedLearningIndexPage",
        "events.EventIndexPage",
        "opportunities.OpportunityIndexPage",
        "resources.ResourceIndexPage",
        "impact.ImpactPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from hub.queries import home_page_listings

        context = super().get_context(request, *args, **kwargs)
        context.update(home_page_listings(self))
        return context


class StandardPage(BasePage):
    """About, get involved, accessibility statement, privacy notice..."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    api_fields = BasePage.api_fields + [APIField("intro"), APIField("body")]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
    ]
    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["hub.HomePage", "hub.StandardPage"]
    subpage_types = ["hub.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
