"""The opportunities listing: open ones only, closing soonest first, filtered from the query string."""

from hub.listing_filters import FORMAT_MATCHES, choice_filter, choices_of, term_filter
from hub.models import Region, Theme
from hub.pagination import paginate
from hub.queries import public_pages
from opportunities.models import OpportunityPage, today_in_the_uk


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
    formats = choices_of(OpportunityPage.Format)
    active = {}
    conditions = (
        term_filter(request, "theme", themes, "themes", active)
        & choice_filter(request, "format", formats, "format", active, FORMAT_MATCHES)
        & term_filter(request, "region", regions, "region", active)
    )
    page_obj, paginator = paginate(
        request, open_opportunities(index_page).filter(conditions).distinct(), index_page.items_per_page
    )
    return {
        "opportunities": page_obj,
        "paginator": paginator,
        "themes": themes,
        "regions": regions,
        "formats": formats,
        "active_filters": active,
    }
