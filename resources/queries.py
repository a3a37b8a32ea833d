"""The resource library listing, filtered by type, area of focus and audience."""

from django.db.models import Prefetch

from hub.listing_filters import choice_filter, choices_of, term_filter
from hub.models import Theme
from hub.pagination import paginate
from hub.queries import public_pages
from resources.models import ResourceDownload, ResourcePage


def resources_under(index_page):
    downloads = ResourceDownload.objects.select_related("document").order_by("sort_order")
    return (
        public_pages(ResourcePage.objects.child_of(index_page).live())
        .prefetch_related("themes", Prefetch("downloads", queryset=downloads))
        .order_by("title", "pk")
    )


def resource_listing(index_page, request):
    themes = list(Theme.objects.filter(locale_id=index_page.locale_id))
    kinds = choices_of(ResourcePage.Kind)
    audiences = choices_of(ResourcePage.Audience)
    # Resources for everyone are for each audience too.
    for_audience = {value: [value, ResourcePage.Audience.EVERYONE] for value in ResourcePage.Audience.values}
    active = {}
    conditions = (
        choice_filter(request, "type", kinds, "kind", active)
        & term_filter(request, "theme", themes, "themes", active)
        & choice_filter(request, "audience", audiences, "audience", active, for_audience)
    )
    page_obj, paginator = paginate(
        request, resources_under(index_page).filter(conditions).distinct(), index_page.items_per_page
    )
    return {
        "resources": page_obj,
        "paginator": paginator,
        "themes": themes,
        "kinds": kinds,
        "audiences": audiences,
        "active_filters": active,
    }
