"""The resource library: reflective questions, a map of resources, a payment guide and a
role description template, each with its files and accessible versions."""

import datetime

from django.apps import apps

from .base import ImageRef, PageSpec, at_nine, upsert_pages
from .documents import ensure_document
from .streams import para

QUESTIONS = [
    "Reflective questions for co-producing research",
    "Who decided what the research is about, and who could change it?",
    "Whose knowledge counts in this project, and how do we show it?",
    "What stops people taking part, and what have we done about it?",
    "How are power and money shared, and who knows that they are?",
    "What will people who took part get back at the end?",
]
QUESTIONS_EASY = [
    "Working together on research: questions to ask",
    "Who chose what the research is about?",
    "Can everyone say what they think?",
    "Is anything making it hard to take part?",
    "Is everyone paid fairly?",
    "What will you hear back at the end?",
]
MAP = [
    "A map of resources for co-producing research",
    "Starting out: what co-production is, and principles to agree together.",
    "Planning: budgets for payment, time and support; role descriptions.",
    "Doing: ways to share decisions; meeting well online and in person.",
    "Sharing: plain-English summaries; telling people what changed.",
]
PAYMENT = [
    "Paying public contributors: a guide",
    "Agree the rate and what it covers before the work starts.",
    "Pay within 30 days; offer vouchers or bank transfer; never ask people to wait.",
    "Pay expenses at cost, including care and travel, in advance if asked.",
    "Tell people about benefits and tax, and point them to free advice.",
]
ROLE = [
    "Role description: public contributor on a research project",
    "About the project: ...",
    "What the role involves: ...",
    "Time: ... hours a month, for ... months",
    "Payment: ... an hour, plus expenses",
    "Support: who to contact, training offered, access needs met",
]


def resource_index_spec():
    return PageSpec(
        apps.get_model("resources", "ResourceIndexPage"),
        "resources",
        {
            "title": "Resource library",
            "show_in_menus": True,
            "summary": "Guides, templates and questions for involving people in research, with easy read "
            "and large print versions.",
            "intro": "Free resources for researchers, public contributors and community groups. Many were "
            "written with public contributors. Each one says who it is for and what versions there are.",
            "listing_image": ImageRef("community-map"),
            "items_per_page": 3,  # short pages, so the demo shows its listings paginated
        },
        first_published_at=at_nine(datetime.date(2019, 2, 4)),
    )


def _resource(slug, fields, downloads, themes, ctx):
    return PageSpec(
        apps.get_model("resources", "ResourcePage"),
        slug,
        fields,
        m2m={"themes": ctx.term_list("themes", themes)},
        children={"downloads": downloads},
        first_published_at=at_nine(datetime.date(2026, 3, 2)),
    )


def _download(
    version, title, document=None, description="", media_url="", has_captions=False, transcript=None
):
    return {
        "version": version,
        "title": title,
        "description": description,
        "document": document,
        "media_url": media_url,
        "has_captions": has_captions,
        "transcript": transcript,
    }


def resource_specs(ctx):
    doc = ctx.documents
    return [
        _resource(
            "reflective-questions",
            {
                "title": "Reflective questions for co-producing research",
                "kind": "questions",
                "audience": "everyone",
                "summary": "Questions a research team and public contributors can ask themselves together, "
                "to share power more equally at every stage.",
                "body": [
                    para(
                        "Use them at the start of a project and again at each stage. There are no right "
                        "answers: the point is to talk about them together."
                    )
                ],
            },
            [
                _download(
                    "main", "Reflective questions", doc["questions"], "Five questions with prompts, 1 page."
                ),
                _download("easy_read", "Reflective questions (easy read)", doc["questions-easy"]),
                _download("large_print", "Reflective questions (large print)", doc["questions-large"]),
                _download("editable", "Reflective questions (to edit)", doc["questions-odt"]),
                _download(
                    "bsl",
                    "Reflective questions in British Sign Language",
                    media_url="https://www.youtube.com/",
                    has_captions=True,
                ),
            ],
            ["inclusion-and-diversity", "learning-and-development"],
            ctx,
        ),
        _resource(
            "map-of-resources",
            {
                "title": "A map of resources for co-producing research",
                "kind": "map",
                "audience": "everyone",
                "summary": "Which tools and guidance help at each stage, from the first idea to sharing "
                "what changed.",
                "body": [para("The map is a one-page overview. Each stage lists a few trusted resources.")],
            },
            [
                _download("main", "Map of resources", doc["map"], "One page, four stages."),
                _download("editable", "Map of resources (to edit)", doc["map-odt"]),
            ],
            ["learning-and-development"],
            ctx,
        ),
        _resource(
            "paying-public-contributors-guide",
            {
                "title": "Paying public contributors: a guide for research teams",
                "kind": "guide",
                "audience": "researchers",
                "summary": "How to agree rates, pay quickly and cover expenses, and what to tell people "
                "about benefits.",
            },
            [
                _download("main", "Paying public contributors", doc["payment"]),
                _download(
                    "audio",
                    "Paying public contributors (audio)",
                    media_url="https://www.youtube.com/",
                    transcript=doc["payment-transcript"],
                ),
            ],
            ["fit-for-purpose-processes"],
            ctx,
        ),
        _resource(
            "role-description-template",
            {
                "title": "Role description template for public contributors",
                "kind": "template",
                "audience": "researchers",
                "summary": "A template to tell people what a role involves before they agree to it.",
            },
            [
                _download("editable", "Role description template", doc["role-odt"]),
                _download("main", "Role description template (PDF)", doc["role"]),
            ],
            ["fit-for-purpose-processes"],
            ctx,
        ),
    ]


def load_documents(ctx):
    for key, title, kind, lines in [
        ("questions", "Reflective questions for co-producing research", "pdf", QUESTIONS),
        ("questions-easy", "Reflective questions (easy read)", "pdf", QUESTIONS_EASY),
        ("questions-large", "Reflective questions (large print)", "large.pdf", QUESTIONS),
        ("questions-odt", "Reflective questions (OpenDocument)", "odt", QUESTIONS),
        ("map", "A map of resources for co-producing research", "pdf", MAP),
        ("map-odt", "A map of resources (OpenDocument)", "odt", MAP),
        ("payment", "Paying public contributors: a guide", "pdf", PAYMENT),
        ("payment-transcript", "Paying public contributors: audio transcript", "pdf", PAYMENT),
        ("role", "Role description template", "pdf", ROLE),
        ("role-odt", "Role description template (OpenDocument)", "odt", ROLE),
    ]:
        ensure_document(ctx, key, title, kind, lines)


def load_resources(ctx, home):
    ctx.progress.step("Creating the resource library")
    load_documents(ctx)
    upsert_pages(home, [resource_index_spec()], ctx, "Sections")
    upsert_pages(ctx.page("resources"), resource_specs(ctx), ctx, "Resources")
