"""Listing and filter queries for case studies."""

from django.db.models import Count, Prefetch, Q

from casestudies.models import CaseStudyPage, CaseStudyTeamMember
from hub.models import Approach, Region, ResearchStage, Theme, Topic
from hub.pagination import paginate

CASE_STUDIES_PER_PAGE = 10

# query-string name -> (taxonomy model, lookup on CaseStudyPage)
FILTERS = {
    "theme": (Theme, "themes"),
    "approach": (Approach, "approaches"),
    "stage": (ResearchStage, "research_stages"),
    "topic": (Topic, "topic"),
    "region": (Region, "region"),
}


def case_study_queryset(index_page):
    return (
        CaseStudyPage.objects.child_of(index_page)
        .live()
        .public()
        .select_related("listing_image", "topic", "region")
        .prefetch_related(
            "themes",
            "approaches",
            Prefetch("team", queryset=CaseStudyTeamMember.objects.select_related("person")),
        )
        .order_by("-first_published_at", "-pk")
    )


def filter_options(index_page, base_queryset):
    """Each filter's terms in this locale, each with how many case studies it has."""
    page_ids = base_queryset.values("pk")
    options = {}
    for name, (model, _lookup) in FILTERS.items():
        related = "case_studies"
        options[name] = list(
            model.objects.filter(locale=index_page.locale)
            .annotate(count=Count(related, filter=_in_pages(related, page_ids), distinct=True))
            .order_by("sort_order", "name")
        )
    return options


def _in_pages(related, page_ids):
    return Q(**{f"{related}__in": page_ids})


def case_study_listing(index_page, request):
    base = case_study_queryset(index_page)
    options = filter_options(index_page, base)
    case_studies = base
    active = {}
    for name, (_model, lookup) in FILTERS.items():
        slug = request.GET.get(name, "").strip()
        if not slug:
            continue
        term = next((t for t in options[name] if t.slug == slug), None)
        active[name] = term
        case_studies = case_studies.filter(**{lookup: term}) if term else case_studies.none()
    case_studies = case_studies.distinct()
    page_obj, paginator = paginate(request, case_studies, CASE_STUDIES_PER_PAGE)
    return {
        "case_studies": page_obj,
        "paginator": paginator,
        "filter_options": options,
        "active_filters": active,
        "result_count": paginator.count,
    }
