"""The events listing: upcoming first (soonest first), then past events (latest first)."""

from django.db.models import Count, Q, prefetch_related_objects
from django.utils import timezone

from events.models import EventPage
from hub.listing_filters import FORMAT_MATCHES, choice_filter, choices_of, term_filter
from hub.models import Region, Theme
from hub.pagination import paginate
from hub.queries import public_pages


def events_under(index_page):
    return public_pages(EventPage.objects.child_of(index_page).live()).select_related(
        "listing_image", "region"
    )


def upcoming_events(index_page, now=None):
    """Events that have not ended yet, soonest first: decided by the clock, not by a job."""
    now = now or timezone.now()
    return events_under(index_page).filter(ends_at__gte=now).order_by("starts_at", "pk")


def past_events(index_page, now=None):
    now = now or timezone.now()
    return events_under(index_page).filter(ends_at__lt=now).order_by("-starts_at", "-pk")


def event_listing(index_page, request):
    """Upcoming and past events, each filtered by theme, format and region from the query string."""
    themes = list(Theme.objects.filter(locale_id=index_page.locale_id))
    regions = list(Region.objects.filter(locale_id=index_page.locale_id))
    formats = choices_of(EventPage.Format)
    active = {}
    conditions = (
        term_filter(request, "theme", themes, "themes", active)
        & choice_filter(request, "format", formats, "format", active, FORMAT_MATCHES)
        & term_filter(request, "region", regions, "region", active)
    )
    # Both lists' sizes in one query; each list has its own page number: ?page= for upcoming
    # events, ?past= for past ones.
    now = timezone.now()
    counts = (
        events_under(index_page)
        .filter(conditions)
        .aggregate(
            upcoming=Count("pk", distinct=True, filter=Q(ends_at__gte=now)),
            past=Count("pk", distinct=True, filter=Q(ends_at__lt=now)),
        )
    )
    upcoming, upcoming_paginator = paginate(
        request,
        upcoming_events(index_page, now).filter(conditions).distinct(),
        index_page.items_per_page,
        count=counts["upcoming"],
    )
    past, past_paginator = paginate(
        request,
        past_events(index_page, now).filter(conditions).distinct(),
        index_page.items_per_page,
        param="past",
        count=counts["past"],
    )
    upcoming.object_list = list(upcoming.object_list)
    past.object_list = list(past.object_list)
    # The cards' themes, for both lists in one query.
    prefetch_related_objects([*upcoming.object_list, *past.object_list], "themes")
    return {
        "upcoming": upcoming,
        "upcoming_paginator": upcoming_paginator,
        "past": past,
        "past_paginator": past_paginator,
        "themes": themes,
        "regions": regions,
        "formats": formats,
        "active_filters": active,
    }
