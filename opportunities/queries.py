"""The opportunities listing: open ones only, closing soonest first, filtered from the query string."""

from django.db.models import Q

from hub.models import Region, Theme
from hub.pagination import paginate
from hub.queries import public_pages
from opportunities.models import OpportunityPage, today_in_the_uk

PER_PAGE = 10


def open_opportunities(index_page):
    """Live, public opportunities whose closing day has not passed: decided by the clock."""
    return (
        public_pages(OpportunityPage.objects.child_of(index_page).live())
        .filter(closes_on__gte=today_in_the_uk())
        .select_related("region")
        .prefetch_related("themes")
        .order_by("closes_on", "pk")
    )


def opportunity_listing(index_page, request):
    themes = list(Theme.objects.filter(locale_id=index_page.locale_id))
    regions = list(Region.objects.filter(locale_id=index_page.locale_id))
    formats = [{"slug": value, "name": label} for value, label in OpportunityPage.Format.choices]
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
        # "Online" includes roles that are both; so does "In person".
        either = {"online": ["online", "hybrid"], "in_person": ["in_person", "hybrid"], "hybrid": ["hybrid"]}
        conditions &= Q(format__in=either.get(format_value, []))
    region_slug = request.GET.get("region", "").strip()
    if region_slug:
        region = next((r for r in regions if r.slug == region_slug), None)
        active["region"] = region
        conditions &= Q(region=region) if region else Q(pk__in=[])

    page_obj, paginator = paginate(
        request, open_opportunities(index_page).filter(conditions).distinct(), PER_PAGE
    )
    return {
        "opportunities": page_obj,
        "paginator": paginator,
        "themes": themes,
        "regions": regions,
        "formats": formats,
        "active_filters": active,
    }
