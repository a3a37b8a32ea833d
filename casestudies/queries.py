"""Listing and filter queries for case studies."""

from django.db.models import CharField, Count, Q, Value

from casestudies.models import CaseStudyPage
from hub.models import Approach, Region, ResearchStage, Theme, Topic
from hub.pagination import paginate
from hub.queries import public_pages

# query-string name -> (taxonomy model, lookup on CaseStudyPage)
FILTERS = {
    "theme": (Theme, "themes"),
    "approach": (Approach, "approaches"),
    "stage": (ResearchStage, "research_stages"),
    "topic": (Topic, "topic"),
    "region": (Region, "region"),
}


def case_study_queryset(index_page):
    """Live public case studies under an index, with what a card needs (listing image, themes) loaded."""
    return (
        public_pages(CaseStudyPage.objects.child_of(index_page).live())
        .select_related("listing_image")
        .prefetch_related("themes")
        .order_by("-first_published_at", "-pk")
    )


def filter_options(index_page, base_queryset):
    """Each filter's terms in this locale, each with how many case studies it has.

    One query for all five filters: a UNION ALL of one grouped count per taxonomy.
    Terms come back as unsaved model instances carrying ``pk``, ``name``, ``slug`` and ``count``.
    """
    page_ids = base_queryset.values("pk")
    related = "case_studies"
    parts = [
        model.objects.filter(locale_id=index_page.locale_id)
        .annotate(
            filter_name=Value(name, output_field=CharField()),
            count=Count(related, filter=Q(**{f"{related}__in": page_ids}), distinct=True),
        )
        .order_by()
        .values_list("filter_name", "pk", "name", "slug", "sort_order", "count")
        for name, (model, _lookup) in FILTERS.items()
    ]
    options = {name: [] for name in FILTERS}
    for name, pk, term_name, slug, sort_order, count in parts[0].union(*parts[1:], all=True):
        term = FILTERS[name][0](pk=pk, name=term_name, slug=slug, sort_order=sort_order)
        term.count = count
        options[name].append(term)
    for terms in options.values():
        terms.sort(key=lambda term: (term.sort_order, term.name))
    return options


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
        case_studies = case_studies.filter(**{lookup: term.pk}) if term else case_studies.none()
    case_studies = case_studies.distinct()
    page_obj, paginator = paginate(request, case_studies, index_page.items_per_page)
    return {
        "case_studies": page_obj,
        "paginator": paginator,
        "filter_options": options,
        "active_filters": active,
        "result_count": paginator.count,
    }
