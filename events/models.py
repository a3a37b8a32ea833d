"""Events and training: courses, workshops and webinars people can join, and their listing.

An event's times are stored as moments (UTC) and shown in its own time zone; "upcoming"
is worked out from the clock on every request, so a past event leaves the upcoming list by
itself, with no scheduled job.
"""

import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from hub import api_fields as api
from hub.blocks import RICH_TEXT_FEATURES, BodyStreamBlock
from hub.http_cache import ClockSensitivePage
from hub.models import BasePage, PagedListing, SectionIndexPage
from interest.pages import InterestFormMixin

TIME_ZONES = [("Europe/London", _("UK time (Europe/London)"))]


class EventIndexPage(ClockSensitivePage, RoutablePageMixin, PagedListing, SectionIndexPage):
    content_panels = SectionIndexPage.content_panels + PagedListing.listing_panels
    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("events index page")

    def listing(self, request):
        from events.queries import event_listing

        return event_listing(self, request)

    def get_cached_paths(self):
        """The proxy forgets the calendar feed with the listing itself."""
        return ["/", "/calendar/"]

    @path("calendar/", name="calendar")
    def calendar_feed(self, request):
        """Every upcoming event as one calendar people can subscribe to."""
        from events.calendar import calendar_response
        from events.queries import upcoming_events

        return calendar_response(list(upcoming_events(self)), self.slug or "events")


class EventPage(ClockSensitivePage, InterestFormMixin, RoutablePageMixin, BasePage):
    class Kind(models.TextChoices):
        COURSE = "course", _("Training course")
        WORKSHOP = "workshop", _("Workshop")
        WEBINAR = "webinar", _("Webinar")
        MEETING = "meeting", _("Meeting or event")

    class Format(models.TextChoices):
        ONLINE = "online", _("Online")
        IN_PERSON = "in_person", _("In person")
        HYBRID = "hybrid", _("In person and online")

    kind = models.CharField(_("type of event"), max_length=10, choices=Kind.choices, default=Kind.WORKSHOP)
    starts_at = models.DateTimeField(_("starts"), db_index=True)
    ends_at = models.DateTimeField(_("ends"))
    time_zone = models.CharField(_("time zone"), max_length=40, choices=TIME_ZONES, default="Europe/London")
    format = models.CharField(_("online or in person"), max_length=10, choices=Format.choices)
    venue = models.CharField(_("venue"), max_length=200, blank=True, help_text=_("Name of the place."))
    address = models.TextField(_("address"), max_length=400, blank=True)
    map_url = models.URLField(_("map link"), blank=True, help_text=_("A link to the venue on a map."))
    online_details = models.CharField(
        _("how to join online"),
        max_length=300,
        blank=True,
        help_text=_("For example: 'We email the Zoom link the day before.' Never the link itself."),
    )
    audience = models.TextField(_("who it is for"), max_length=600)
    access = RichTextField(
        _("access arrangements"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_(
            "Step-free access, hearing loop, captions, BSL, quiet room, and how to ask for anything else."
        ),
    )
    cost = models.CharField(
        _("cost"), max_length=120, blank=True, help_text=_("Leave empty when it is free.")
    )
    bursary_places = models.PositiveSmallIntegerField(_("bursary places"), null=True, blank=True)
    bursary_details = RichTextField(
        _("bursary: who can apply and how"), features=RICH_TEXT_FEATURES, blank=True
    )
    booking_url = models.URLField(_("booking link"), blank=True)
    capacity = models.PositiveSmallIntegerField(_("places"), null=True, blank=True)
    fully_booked = models.BooleanField(_("fully booked"), default=False)
    recording_url = models.URLField(
        _("recording"),
        blank=True,
        help_text=_("After the event: a recording with captions, if there is one."),
    )
    slides = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("slides or handouts"),
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("what it covers"))
    themes = ParentalManyToManyField("hub.Theme", blank=True, related_name="events", verbose_name=_("themes"))
    region = models.ForeignKey(
        "hub.Region",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        verbose_name=_("region"),
    )

    api_fields = BasePage.api_fields + [
        APIField("kind"),
        APIField("starts_at"),
        APIField("ends_at"),
        APIField("time_zone"),
        APIField("format"),
        APIField("venue"),
        APIField("address"),
        APIField("audience"),
        APIField("cost"),
        APIField("bursary_places"),
        APIField("booking_url"),
        APIField("fully_booked"),
        APIField("recording_url"),
        api.terms("themes"),
        api.term("region"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("audience"),
        index.SearchField("venue"),
        index.SearchField("body"),
        index.SearchField("access"),
        index.SearchField("bursary_details"),
        index.RelatedFields("themes", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("region", [index.SearchField("name"), index.FilterField("slug")]),
        index.FilterField("starts_at"),
        index.FilterField("region_id"),
    ]
    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("time_zone"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("format"),
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldPanel("map_url"),
                FieldPanel("online_details"),
                FieldPanel("region"),
            ],
            heading=_("Where"),
        ),
        FieldPanel("audience"),
        FieldPanel("body"),
        FieldPanel("access"),
        MultiFieldPanel(
            [
                FieldPanel("cost"),
                FieldPanel("bursary_places"),
                FieldPanel("bursary_details"),
                FieldPanel("booking_url"),
                FieldPanel("capacity"),
                FieldPanel("fully_booked"),
            ],
            heading=_("Cost and booking"),
        ),
        MultiFieldPanel([FieldPanel("recording_url"), FieldPanel("slides")], heading=_("After the event")),
        FieldPanel("themes"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        # Search counts the region facet from (term, page) index entries, not page rows.
        indexes = [models.Index(fields=["region", "page_ptr"], name="event_region_page")]

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The end must be after the start.")})
        if self.format in (self.Format.IN_PERSON, self.Format.HYBRID) and not (self.venue and self.address):
            raise ValidationError({"venue": _("Give the venue and its address for an event in person.")})

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def local_start(self):
        return timezone.localtime(self.starts_at, self.zone)

    @property
    def local_end(self):
        return timezone.localtime(self.ends_at, self.zone)

    @property
    def is_past(self):
        return self.ends_at < timezone.now()

    @property
    def accepts_interest(self):
        """Interest is taken here when there is no outside booking link and places are left."""
        return not (self.is_past or self.fully_booked or self.booking_url)

    @property
    def is_in_person(self):
        return self.format in (self.Format.IN_PERSON, self.Format.HYBRID)

    @property
    def is_online(self):
        return self.format in (self.Format.ONLINE, self.Format.HYBRID)

    def get_cached_paths(self):
        return ["/", "/add-to-calendar/"]

    @path("add-to-calendar/", name="ics")
    def ics(self, request):
        """This event as a calendar file: "Add to calendar"."""
        from events.calendar import calendar_response

        return calendar_response([self], self.slug)
