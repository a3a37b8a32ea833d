"""Involvement opportunities: three open roles and one that has closed.

Closing dates of the open ones are counted from today, so the demo always has some; the
closed one has a fixed date. Loading again on the same day changes nothing.
"""

import datetime

from django.apps import apps
from django.utils import timezone

from .base import ImageRef, PageRef, PageSpec, at_nine, upsert_pages


def in_days(days):
    return timezone.localdate() + datetime.timedelta(days=days)


def opportunity_index_spec():
    return PageSpec(
        apps.get_model("opportunities", "OpportunityIndexPage"),
        "opportunities",
        {
            "title": "Get involved in research",
            "show_in_menus": True,
            "summary": "Roles researchers are offering to patients, carers and members of the public, "
            "with what each involves and what it pays.",
            "intro": "Researchers are looking for people with lived experience to help shape their work. "
            "Each role says how much time it takes, whether you can take part from home, and what you "
            "are paid. You do not need any qualifications.",
            "listing_image": ImageRef("plant"),
            "items_per_page": 2,  # short pages, so the demo shows its listings paginated
        },
        first_published_at=at_nine(datetime.date(2019, 2, 4)),
    )


def _opportunity(slug, fields, themes, region, ctx):
    return PageSpec(
        apps.get_model("opportunities", "OpportunityPage"),
        slug,
        {
            **fields,
            "region": ctx.term("regions", region) if region else None,
            "payment_page": PageRef("payment-for-your-time"),
        },
        m2m={"themes": ctx.term_list("themes", themes)},
        first_published_at=at_nine(datetime.date(2026, 9, 1)),
    )


def opportunity_specs(ctx):
    return [
        _opportunity(
            "dementia-study-advisory-group",
            {
                "title": "Join the advisory group for a study of dementia care at home",
                "role": "Public advisory group member",
                "summary": "Help a research team decide what to ask families caring for someone with dementia.",
                "what_it_involves": "<p>Six meetings over two years, each two hours. You will read short "
                "papers before each meeting, give your views on the questions the study asks and how it "
                "asks them, and help plan how the findings are shared.</p>",
                "time_commitment": "Two hours every four months, for two years",
                "format": "online",
                "payment_rate": "£25 an hour",
                "payment_covers": "Meetings and the time you spend reading beforehand.",
                "closes_on": in_days(40),
                "access_support": "<p>We can send papers in large print or talk them through by phone. "
                "If you need a laptop or data to join online, we can lend or pay for them.</p>",
                "contact_name": "Priya Shah, public involvement lead",
                "contact_email": "involvement@hub.example.org",
            },
            ["inclusion-and-diversity"],
            None,
            ctx,
        ),
        _opportunity(
            "stroke-trial-co-applicant",
            {
                "title": "Public co-applicant for a stroke rehabilitation trial",
                "role": "Public co-applicant",
                "summary": "Help write a funding bid, and then help run the trial as a member of its team.",
                "what_it_involves": "<p>You will help write the plain-English parts of the funding "
                "application, then sit on the trial's management group if it is funded. We will pair you "
                "with a researcher who has done this before.</p>",
                "time_commitment": "About 15 hours over the next two months, then a meeting a month",
                "format": "hybrid",
                "payment_rate": "£150 for a full day, £75 for half a day",
                "payment_covers": "Time, preparation and travel. We pay for a carer if you need one.",
                "closes_on": in_days(6),
                "access_support": "<p>Meetings are in a step-free building in Leeds, and online.</p>",
                "contact_name": "Tom Wright, trial manager",
                "contact_email": "stroke-trial@hub.example.org",
            },
            ["fit-for-purpose-processes"],
            "yorkshire-and-the-humber",
            ctx,
        ),
        _opportunity(
            "sharing-findings-adviser",
            {
                "title": "Help a study share what it found",
                "role": "Adviser on sharing findings",
                "summary": "Tell a research team how to share its findings with the people they matter to.",
                "what_it_involves": "<p>Three online meetings to plan how a study of home care shares "
                "its findings: what to say first, which words to leave out, and where people will see "
                "it. Between meetings you read draft leaflets and posts and say what is unclear.</p>",
                "time_commitment": "Three meetings of 90 minutes, and about an hour of reading between them",
                "format": "online",
                "payment_rate": "£25 an hour",
                "payment_covers": "Meetings and the time you spend reading.",
                "closes_on": in_days(28),
                "access_support": "<p>We can post printed papers, and you can join by phone instead of video.</p>",
                "contact_name": "Priya Shah, public involvement lead",
                "contact_email": "involvement@hub.example.org",
            },
            ["fit-for-purpose-processes"],
            None,
            ctx,
        ),
        _opportunity(
            "young-peoples-panel",
            {
                "title": "Young people's panel on mental health apps",
                "role": "Panel member (aged 16 to 24)",
                "summary": "Test mental health apps and tell researchers what works for you.",
                "what_it_involves": "<p>Four online sessions in which you try apps and talk about them "
                "with other young people.</p>",
                "time_commitment": "Four evenings of 90 minutes",
                "format": "online",
                "payment_rate": "£20 voucher per session",
                "payment_covers": "Each session.",
                "closes_on": datetime.date(2026, 10, 31),
                "contact_name": "Ellie Robinson",
                "contact_email": "youth-panel@hub.example.org",
            },
            ["digital-technologies"],
            None,
            ctx,
        ),
    ]


def load_opportunities(ctx, home):
    ctx.progress.step("Creating involvement opportunities")
    upsert_pages(home, [opportunity_index_spec()], ctx, "Sections")
    upsert_pages(ctx.page("opportunities"), opportunity_specs(ctx), ctx, "Opportunities")
