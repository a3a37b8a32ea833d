"""The abstract page every page type builds on: listing and social fields."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

SUMMARY_MAX_LENGTH = 300


class BasePage(Page):
    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=SUMMARY_MAX_LENGTH,
        help_text=_("One or two plain-English sentences shown on cards and in search results."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on cards. Its alt text comes from the image's description."),
    )
    social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared on social media. Defaults to the listing image."),
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=3),
        index.AutocompleteField("summary"),
        index.FilterField("locale_id"),
        index.FilterField("first_published_at"),
    ]
    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldPanel("seo_title"),
                FieldPanel("search_description"),
                FieldPanel("show_in_menus"),
            ],
            heading=_("For search engines and menus"),
        ),
        MultiFieldPanel(
            [FieldPanel("summary"), FieldPanel("listing_image"), FieldPanel("social_image")],
            heading=_("Listing and sharing"),
        ),
    ]

    class Meta:
        abstract = True

    @property
    def meta_description(self):
        return self.search_description or self.summary

    @property
    def share_image(self):
        return self.social_image or self.listing_image
