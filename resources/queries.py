"""The resource library listing, filtered by type, area of focus and audience."""

from django.db.models import Prefetch, Q

from hub.models import Theme
from hub.pagination import paginate
from hub.queries import public_pages
from resources.models import ResourceDownload, ResourcePage

PER_PAGE = 12


def resources_under(index_page):
    downloads = ResourceDownload.objects.select_related("document").order_by("sort_order")
    return (
        public_pages(ResourcePage.objects.child_of(index_page).live())
        .prefetch_related("themes", Prefetch("downloads", queryset=downloads))
        .order_by("title", "pk")
    )


def resource_listing(index_page, request):
    themes = list(Theme.objects.filter(locale_id=index_page.locale_id))
    kinds = [{"slug": value, "name": label} for value, label in ResourcePage.Kind.choices]
    audiences = [{"slug": value, "name": label} for value, label in ResourcePage.Audience.choices]
    active = {}
    conditions = Q()

    kind = request.GET.get("type", "").strip()
    if kind:
        chosen = next((k for k in kinds if k["slug"] == kind), None)
        active["type"] = chosen["name"] if chosen else None
        conditions &= Q(kind=kind)
    theme_slug = request.GET.get("theme", "").strip()
    if theme_slug:
        theme = next((t for t in themes if t.slug == theme_slug), None)
        active["theme"] = theme
        conditions &= Q(themes=theme) if theme else Q(pk__in=[])
    audience = request.GET.get("audience", "").strip()
    if audience:
        chosen = next((a for a in audiences if a["slug"] == audience), None)
        active["audience"] = chosen["name"] if chosen else None
        # Resources for everyone are for each audience too.
        conditions &= Q(audience__in=[audience, ResourcePage.Audience.EVERYONE]) if chosen else Q(pk__in=[])

    page_obj, paginator = paginate(
        request, resources_under(index_page).filter(conditions).distinct(), PER_PAGE
    )
    return {
        "resources": page_obj,
        "paginator": paginator,
        "themes": themes,
        "kinds": kinds,
        "audiences": audiences,
        "active_filters": active,
    }
