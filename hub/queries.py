"""Queries that span relations, kept out of page models so they can be tuned and tested.

hub imports no other app of the hub; it finds their models through the app registry.
"""

from django.apps import apps


def listing_queryset(model, locale=None):
    """Live, public pages of one type, with what a card needs in a fixed number of queries."""
    queryset = model.objects.live().public().select_related("listing_image")
    if locale is not None:
        queryset = queryset.filter(locale=locale)
    return queryset


def home_page_listings(home_page, count=3):
    blog_page = apps.get_model("blog", "BlogPage")
    case_study_page = apps.get_model("casestudies", "CaseStudyPage")
    return {
        "latest_posts": list(
            listing_queryset(blog_page, home_page.locale)
            .prefetch_related("themes")
            .order_by("-date", "-pk")[:count]
        ),
        "latest_case_studies": list(
            listing_queryset(case_study_page, home_page.locale)
            .prefetch_related("themes")
            .order_by("-first_published_at", "-pk")[:count]
        ),
    }
