"""Queries that span relations, kept out of page models so they can be tuned and tested.

hub imports no other app of the hub; it finds their models through the app registry.
"""

from django.apps import apps
from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from django.utils.functional import SimpleLazyObject
from wagtail.models import PageViewRestriction


def public_pages(queryset):
    """Leave out pages in a private section, like ``PageQuerySet.public()``.

    Wagtail's ``public()`` runs a query for the restrictions every time it is called; this
    puts the check into the listing's own SQL as a subquery, so it costs no extra query.
    A page is private when a restricted page's path is a prefix of its own path.
    """
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return queryset.exclude(Exists(restricted))


def listing_queryset(model, locale=None):
    """Live, public pages of one type, with what a card needs in a fixed number of queries."""
    queryset = public_pages(model.objects.live()).select_related("listing_image")
    if locale is not None:
        queryset = queryset.filter(locale=locale)
    return queryset


def home_page_listings(home_page, count=3):
    """The latest posts and case studies, fetched only if the template draws them: when the
    home page's listings come from the fragment cache, these queries never run."""
    blog_page = apps.get_model("blog", "BlogPage")
    case_study_page = apps.get_model("casestudies", "CaseStudyPage")
    return {
        "latest_posts": SimpleLazyObject(
            lambda: list(
                listing_queryset(blog_page, home_page.locale_id)
                .prefetch_related("themes")
                .order_by("-date", "-pk")[:count]
            )
        ),
        "latest_case_studies": SimpleLazyObject(
            lambda: list(
                listing_queryset(case_study_page, home_page.locale_id)
                .prefetch_related("themes")
                .order_by("-first_published_at", "-pk")[:count]
            )
        ),
    }
