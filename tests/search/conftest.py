"""A small, varied set of pages for search tests, built with the shared factories."""

from types import SimpleNamespace

import pytest
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from tests.factories import (
    ApproachFactory,
    BlogPageFactory,
    CaseStudyPageFactory,
    PersonFactory,
    RegionFactory,
    StandardPageFactory,
    ThemeFactory,
    TopicFactory,
    paragraph,
)


def at_year(year):
    return timezone.now().replace(year=year, month=6, day=15)


@pytest.fixture
def corpus(site_tree):
    inclusion = ThemeFactory(name="Inclusion and diversity", slug="inclusion-and-diversity")
    digital = ThemeFactory(name="Digital technologies", slug="digital-technologies")
    coproduction = ApproachFactory(name="Co-production", slug="co-production")
    consultation = ApproachFactory(name="Consultation", slug="consultation")
    dementia = TopicFactory(name="Dementia", slug="dementia")
    mental_health = TopicFactory(name="Mental health", slug="mental-health")
    north = RegionFactory(name="North West", slug="north-west")
    wales = RegionFactory(name="Wales", slug="wales")
    author = PersonFactory(name="Amara Okafor")

    memory = CaseStudyPageFactory(
        parent=site_tree.case_study_index,
        title="Memory cafe partners",
        slug="memory-cafe-partners",
        summary="People living with dementia shaped a study of memory cafes.",
        plain_summary="Carers and people with dementia co-produced the questions.",
        body=paragraph("The group met monthly in a library to plan the interviews."),
        first_published_at=at_year(2023),
        themes=[inclusion],
        approaches=[coproduction],
        topic=dementia,
        region=north,
    )
    apps_study = CaseStudyPageFactory(
        parent=site_tree.case_study_index,
        title="Testing a mood app with young people",
        slug="mood-app",
        summary="Young people tested a mental health app before the trial began.",
        plain_summary="A panel of young people reviewed screens and wording.",
        body=paragraph("They asked for plainer words and a dark mode."),
        first_published_at=at_year(2024),
        themes=[digital],
        approaches=[consultation],
        topic=mental_health,
        region=wales,
    )
    payments = BlogPageFactory(
        parent=site_tree.blog_index,
        title="Paying public contributors on time",
        slug="paying-contributors",
        summary="Why prompt payment matters and how the finance team changed.",
        intro="Late payments put people off taking part.",
        body=paragraph("We now pay within ten working days and offer vouchers or bank transfer."),
        first_published_at=at_year(2024),
        themes=[inclusion],
        authors=[author],
    )
    welsh_blog = BlogPageFactory(
        parent=site_tree.blog_index,
        title="Lessons from a lay review panel",
        slug="lay-panel",
        summary="What a lay review panel taught our researchers.",
        intro="The panel read every plain English summary.",
        body=paragraph("Panel members asked about consent, travel costs and accessible venues."),
        first_published_at=at_year(2025),
        themes=[digital],
    )
    about = StandardPageFactory(
        parent=site_tree.home,
        title="About the hub",
        slug="about",
        summary="Who runs the hub and why.",
        intro="The hub shares how people shape health and care research.",
        body=paragraph("It is run by an engagement team."),
        first_published_at=at_year(2023),
    )
    draft = BlogPageFactory(
        parent=site_tree.blog_index,
        title="Draft about dementia research",
        slug="draft",
        live=False,
        summary="A draft that must never appear in results.",
    )
    private = StandardPageFactory(
        parent=site_tree.home,
        title="Private dementia notes",
        slug="private",
        summary="Team notes on dementia, behind a password.",
    )
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")
    # Save once more, as publishing does, so relations the factories add afterwards
    # (authors, approaches) are in the search index too.
    for page in (memory, apps_study, payments, welsh_blog, about):
        page.save()
    return SimpleNamespace(
        site_tree=site_tree,
        memory=memory,
        apps_study=apps_study,
        payments=payments,
        welsh_blog=welsh_blog,
        about=about,
        draft=draft,
        private=private,
        themes=SimpleNamespace(inclusion=inclusion, digital=digital),
        approaches=SimpleNamespace(coproduction=coproduction, consultation=consultation),
        topics=SimpleNamespace(dementia=dementia, mental_health=mental_health),
        regions=SimpleNamespace(north=north, wales=wales),
        author=author,
        all_live=[memory, apps_study, payments, welsh_blog, about],
    )


def page_ids(pages):
    return [page.pk for page in pages]


def specific(page):
    return Page.objects.get(pk=page.pk).specific
