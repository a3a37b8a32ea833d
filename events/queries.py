"""The events listing: upcoming first (soonest first), then past events (latest first)."""

from django.db.models import Q
from django.utils import timezone

from events.models import EventPage
from hub.models import Region, Theme
from hub.pagination import paginate
from hub.queries import public_pages

EVENTS_PER_PAGE = 10


def events_under(index_page):
    return (
        public_pages(EventPage.objects.child_of(index_page).live())
        .select_related("listing_image", "region")
        .prefetch_related("themes")
    )


def upcoming_events(index_page):
    """Events that have not ended yet, soonest first: decided by the clock, not by a job."""
    return events_under(index_page).filter(ends_at__gte=timezone.now()).order_by("starts_at", "pk")


def past_events(index_page):
    return events_under(index_page).filter(ends_at__lt=timezone.now()).order_by("-starts_at", "-pk")


def event_listing(index_page, request):
    """Upcoming and past events, each filtered by theme, format and region from the query string."""
    themes = list(Theme.objects.filter(locale_id=index_page.locale_id))
    regions = list(Region.objects.filter(locale_id=index_page.locale_id))
    formats = [{"slug": value, "name": label} for value, label in EventPage.Format.choices]
    active = {}
    conditions = Q()

    theme_slug = request.GET.get("theme", "").strip()
    if theme_slug:
        theme = next((t for t in themes if t.slug == theme_slug), None)
        active["theme"] = theme
        conditions &= Q(themes=theme) if theme else Q(pk__in=[])
    format_value = request.GET.get("format", "").strip()
    if format_value:
        chosen = next((f for f in formats if f["slug"] == format_value), None)
        active["format"] = chosen["name"] if chosen else None
        # "Online" includes events that are both; so does "In person".
        matching = {
            "online": ["online", "hybrid"],
            "in_person": ["in_person", "hybrid"],
            "hybrid": ["hybrid"],
        }.get(format_value, [])
        conditions &= Q(format__in=matching)
    region_slug = request.GET.get("region", "").strip()
    if region_slug:
        region = next((r for r in regions if r.slug == region_slug), None)
        active["region"] = region
        conditions &= Q(region=region) if region else Q(pk__in=[])

    upcoming = list(upcoming_events(index_page).filter(conditions).distinct())
    past_page, past_paginator = paginate(
        request, past_events(index_page).filter(conditions).distinct(), EVENTS_PER_PAGE
    )
    return {
        "upcoming": upcoming,
        "past": past_page,
        "past_paginator": past_paginator,
        "themes": themes,
        "regions": regions,
        "formats": formats,
        "active_filters": active,
    }
