"""Involvement opportunities: roles researchers offer to the public, and their listing.

An opportunity is open until the end of its closing day, UK time. The listing shows open
ones only and a closed one says so on its page: both are worked out on every request, so
nothing has to run at midnight.
"""

import datetime
import zoneinfo

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from hub import api_fields as api
from hub.blocks import RICH_TEXT_FEATURES, BodyStreamBlock
from hub.feeds import ListingFeeds
from hub.http_cache import ClockSensitivePage
from hub.models import BasePage, PagedListing, SectionIndexPage
from interest.pages import InterestFormMixin

UK = zoneinfo.ZoneInfo("Europe/London")


def today_in_the_uk():
    return timezone.localtime(timezone.now(), UK).date()


class OpportunityIndexPage(
    ClockSensitivePage, RoutablePageMixin, ListingFeeds, PagedListing, SectionIndexPage
):
    content_panels = SectionIndexPage.content_panels + PagedListing.listing_panels
    subpage_types = ["opportunities.OpportunityPage"]

    class Meta:
        verbose_name = _("opportunities index page")

    def listing(self, request):
        from opportunities.queries import opportunity_listing

        return opportunity_listing(self, request)

    def feed_class(self):
        from opportunities.feeds import OpportunityRssFeed

        return OpportunityRssFeed


class OpportunityPage(ClockSensitivePage, InterestFormMixin, RoutablePageMixin, BasePage):
    class Format(models.TextChoices):
        ONLINE = "online", _("Online")
        IN_PERSON = "in_person", _("In person")
        HYBRID = "hybrid", _("In person and online")

    role = models.CharField(_("the role"), max_length=150, help_text=_("For example: 'Public co-applicant'."))
    what_it_involves = RichTextField(_("what it involves"), features=RICH_TEXT_FEATURES)
    time_commitment = models.CharField(
        _("time commitment"), max_length=200, help_text=_("For example: 'Two hours a month for a year'.")
    )
    format = models.CharField(_("online or in person"), max_length=10, choices=Format.choices)
    payment_rate = models.CharField(
        _("payment"), max_length=150, help_text=_("The rate, for example '£25 an hour', or 'Unpaid'.")
    )
    payment_covers = models.TextField(
        _("what the payment covers"),
        max_length=600,
        blank=True,
        help_text=_("Time, preparation, travel, care costs…"),
    )
    payment_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("page about payment"),
    )
    closes_on = models.DateField(
        _("closing date"), db_index=True, help_text=_("Open until the end of this day, UK time.")
    )
    access_support = RichTextField(_("access and support"), features=RICH_TEXT_FEATURES, blank=True)
    contact_name = models.CharField(_("contact name"), max_length=120)
    contact_email = models.EmailField(_("contact email"))
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("more about the research"))
    themes = ParentalManyToManyField(
        "hub.Theme", blank=True, related_name="opportunities", verbose_name=_("themes")
    )
    region = models.ForeignKey(
        "hub.Region",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="opportunities",
        verbose_name=_("region"),
    )

    api_fields = BasePage.api_fields + [
        APIField("role"),
        APIField("what_it_involves", serializer=api.RichTextHTML()),
        APIField("time_commitment"),
        APIField("format"),
        APIField("payment_rate"),
        APIField("payment_covers"),
        APIField("closes_on"),
        api.terms("themes"),
        api.term("region"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("role", boost=2),
        index.SearchField("what_it_involves"),
        index.SearchField("time_commitment"),
        index.SearchField("payment_rate"),
        index.SearchField("body"),
        index.RelatedFields("themes", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("region", [index.SearchField("name"), index.FilterField("slug")]),
        index.FilterField("closes_on"),
        index.FilterField("region_id"),
    ]
    content_panels = BasePage.content_panels + [
        FieldPanel("role"),
        FieldPanel("what_it_involves"),
        FieldPanel("time_commitment"),
        MultiFieldPanel([FieldPanel("format"), FieldPanel("region")], heading=_("Where")),
        MultiFieldPanel(
            [FieldPanel("payment_rate"), FieldPanel("payment_covers"), PageChooserPanel("payment_page")],
            heading=_("Payment"),
        ),
        FieldPanel("closes_on"),
        FieldPanel("access_support"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email")], heading=_("Who to contact")
        ),
        FieldPanel("body"),
        FieldPanel("themes"),
    ]

    parent_page_types = ["opportunities.OpportunityIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("involvement opportunity")
        verbose_name_plural = _("involvement opportunities")
        # Search counts the region facet from (term, page) index entries, not page rows.
        indexes = [models.Index(fields=["region", "page_ptr"], name="opportunity_region_page")]

    @property
    def is_closed(self):
        return self.closes_on < today_in_the_uk()

    @property
    def accepts_interest(self):
        return not self.is_closed

    @property
    def closes_soon(self):
        return not self.is_closed and self.closes_on - today_in_the_uk() <= datetime.timedelta(days=7)
