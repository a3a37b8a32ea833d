"""Listing queries for community examples and collections."""

from collections import OrderedDict

from django.utils.translation import gettext_lazy as _

from casestudies.models import SharedLearningPage
from hub.models import Theme
from hub.pagination import paginate


def example_queryset(queryset):
    return queryset.select_related("topic", "region", "listing_image").prefetch_related(
        "themes", "approaches"
    )


def published_examples(index_page):
    """Live, public community examples under an index, newest first."""
    return example_queryset(
        SharedLearningPage.objects.child_of(index_page).live().public().order_by("-first_published_at", "-pk")
    )


def shared_learning_listing(index_page, request):
    examples = published_examples(index_page)
    theme_slug = request.GET.get("theme", "").strip()
    themes = list(Theme.objects.filter(locale=index_page.locale).order_by("sort_order", "name"))
    active_theme = next((t for t in themes if t.slug == theme_slug), None)
    if theme_slug:
        examples = examples.filter(themes=active_theme) if active_theme else examples.none()
    page_obj, paginator = paginate(request, examples.distinct(), index_page.items_per_page)
    return {
        "examples": page_obj,
        "paginator": paginator,
        "themes": themes,
        "active_theme": active_theme,
        "result_count": paginator.count,
    }


def collection_groups(collection):
    """The collection's examples grouped by area of focus, each group with its count.

    An example with several themes appears under each; examples with none are grouped last.
    """
    from casestudies.services.collections import collection_examples

    examples = list(example_queryset(collection_examples(collection)).order_by("-first_published_at", "-pk"))
    themes = Theme.objects.filter(locale_id=collection.locale_id).order_by("sort_order", "name")
    groups = OrderedDict((theme.pk, {"theme": theme, "examples": []}) for theme in themes)
    other = {"theme": None, "label": _("Other examples"), "examples": []}
    for example in examples:
        example_themes = [t for t in example.themes.all() if t.pk in groups]
        for theme in example_themes:
            groups[theme.pk]["examples"].append(example)
        if not example_themes:
            other["examples"].append(example)
    grouped = [group for group in groups.values() if group["examples"]]
    if other["examples"]:
        grouped.append(other)
    for group in grouped:
        group["count"] = len(group["examples"])
    return {"groups": grouped, "examples": examples, "example_count": len(examples)}
