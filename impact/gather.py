"""Gathering "what changed" from case studies and community examples, by kind of change.

Case studies say what changed for the research, for the people involved and for services;
a community example says what changed in its sender's own words, so it has a group of its
own rather than being sorted by someone else.
"""

from collections import Counter

from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.rich_text import get_text_for_indexing

from casestudies.models import CaseStudyPage, SharedLearningPage
from hub.listing_filters import term_filter
from hub.models import Region, Theme
from hub.queries import public_pages

EXCERPT_WORDS = 45

GROUPS = [
    ("research", _("What changed for the research"), "change_for_research"),
    ("people", _("What changed for the people involved"), "change_for_people"),
    ("services", _("What changed for services"), "change_for_services"),
]
EXAMPLES_GROUP = ("examples", _("What changed, in community groups' own words"))


def _excerpt(text):
    return Truncator(" ".join(get_text_for_indexing(text or "").split())).words(EXCERPT_WORDS)


def _sources(page, model, filters):
    pages = public_pages(model.objects.live().filter(locale_id=page.locale_id)).filter(filters)
    return list(pages.select_related("region").prefetch_related("themes").distinct().order_by("title"))


def impact_context(page, request):
    themes = list(Theme.objects.filter(locale_id=page.locale_id))
    regions = list(Region.objects.filter(locale_id=page.locale_id))
    active = {}
    filters = term_filter(request, "theme", themes, "themes", active) & term_filter(
        request, "region", regions, "region", active
    )

    case_studies = _sources(page, CaseStudyPage, filters)
    examples = _sources(page, SharedLearningPage, filters)
    groups = []
    for key, heading, field in GROUPS:
        items = [
            {"source": study, "text": _excerpt(getattr(study, field))}
            for study in case_studies
            if getattr(study, field)
        ]
        groups.append({"key": key, "heading": heading, "items": items})
    groups.append(
        {
            "key": EXAMPLES_GROUP[0],
            "heading": EXAMPLES_GROUP[1],
            "items": [
                {"source": ex, "text": _excerpt(ex.what_changed)} for ex in examples if ex.what_changed
            ],
        }
    )
    by_region = Counter(source.region.name for source in [*case_studies, *examples] if source.region_id)
    return {
        "impact_groups": groups,
        "region_counts": sorted(by_region.items(), key=lambda pair: (-pair[1], pair[0])),
        "source_count": len(case_studies) + len(examples),
        "themes": themes,
        "regions": regions,
        "active_filters": active,
    }
