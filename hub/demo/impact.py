"""The impact page: what changed because people were involved, gathered from the case studies."""

import datetime

from django.apps import apps

from .base import ImageRef, PageSpec, at_nine, upsert_pages


def impact_spec():
    return PageSpec(
        apps.get_model("impact", "ImpactPage"),
        "impact",
        {
            "title": "What changed because people were involved",
            "show_in_menus": False,
            "summary": "The difference patients, carers and communities made to research, to themselves "
            "and to services, in the words of the projects.",
            "intro": "Every case study and community example on this hub says what changed because people "
            "were involved. Here they are together, so you can see the difference it makes.",
            "listing_image": ImageRef("plant"),
        },
        first_published_at=at_nine(datetime.date(2026, 3, 2)),
    )


def load_impact_page(ctx, home):
    ctx.progress.step("Creating the impact page")
    upsert_pages(home, [impact_spec()], ctx, "Sections")
