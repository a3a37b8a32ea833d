"""The case-study index and its case studies."""

import datetime

from django.apps import apps

from .base import ImageRef, PageSpec, Rich, at_nine, upsert_pages
from .case_study_data import CASE_STUDIES

RICH_FIELDS = [
    "challenge",
    "who_was_involved",
    "change_for_research",
    "change_for_people",
    "change_for_services",
    "lessons_learned",
]


def case_study_index_spec():
    return PageSpec(
        apps.get_model("casestudies", "CaseStudyIndexPage"),
        "case-studies",
        {
            "title": "Case studies",
            "show_in_menus": True,
            "summary": "Projects where patients, carers and communities worked with researchers, "
            "and what changed because of it.",
            "intro": "Each case study explains who was involved, how, what changed for the research, "
            "the people and services, and how contributors were paid and credited. Filter by theme, "
            "approach, topic or region.",
            "listing_image": ImageRef("pathway"),
            "items_per_page": 6,  # short pages, so the demo shows its listings paginated
        },
        first_published_at=at_nine(datetime.date(2019, 2, 4)),
    )


def research_outputs(rows):
    """Research output rows, checked against the model's own identifier rules."""
    model = apps.get_model("casestudies", "ResearchOutput")
    outputs = []
    for kind, identifier, label in rows:
        model(kind=kind, identifier=identifier, label=label).clean()
        outputs.append({"kind": kind, "identifier": identifier, "label": label})
    return outputs


def case_study_spec(data, ctx):
    fields = {
        "title": data["title"],
        "summary": data["summary"],
        "plain_summary": data["plain_summary"],
        "body": data["body"],
        "payment_and_recognition": data["payment_and_recognition"],
        "start_date": data["start"],
        "end_date": data["end"],
        "topic": ctx.term("topics", data["topic"]),
        "region": ctx.term("regions", data["region"]),
        "listing_image": ImageRef(data["image"]),
    }
    fields.update({name: Rich(data[name]) for name in RICH_FIELDS})
    return PageSpec(
        apps.get_model("casestudies", "CaseStudyPage"),
        data["slug"],
        fields,
        m2m={
            "themes": ctx.term_list("themes", data["themes"]),
            "approaches": ctx.term_list("approaches", data["approaches"]),
            "research_stages": ctx.term_list("research stages", data["stages"]),
        },
        children={
            "team": [{"person": ctx.person(name), "role_in_project": role} for name, role in data["team"]],
            "research_outputs": research_outputs(data["outputs"]),
        },
        tags=data["tags"],
        first_published_at=at_nine(data["published"]),
    )


def load_case_study_index(ctx, home):
    ctx.progress.step("Creating the case studies section")
    upsert_pages(home, [case_study_index_spec()], ctx, "Sections")


def load_case_studies(ctx):
    ctx.progress.step("Creating case studies")
    specs = [case_study_spec(data, ctx) for data in CASE_STUDIES]
    upsert_pages(ctx.page("case-studies"), specs, ctx, "Case studies")
