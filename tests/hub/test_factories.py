"""The shared factories build what they say they build."""

import pytest
from wagtail.models import Site

from blog.models import BlogPage
from casestudies.models import CaseStudyPage
from tests.factories import (
    ApproachFactory,
    BlogPageFactory,
    CaseStudyPageFactory,
    PersonFactory,
    RegionFactory,
    ResearchStageFactory,
    StandardPageFactory,
    ThemeFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


def test_site_tree_is_the_default_site(site_tree):
    assert Site.objects.get(is_default_site=True).root_page_id == site_tree.home.pk
    assert site_tree.blog_index.get_parent().pk == site_tree.home.pk
    assert site_tree.case_study_index.get_parent().pk == site_tree.home.pk
    assert site_tree.blog_index.url == "/en/blog/"
    assert site_tree.case_study_index.url == "/en/case-studies/"


def test_page_factories_set_relations(site_tree):
    theme = ThemeFactory(name="Inclusion and diversity")
    person = PersonFactory(name="Ada Jones")
    post = BlogPageFactory(parent=site_tree.blog_index, themes=[theme], tags=["payments"], authors=[person])
    post = BlogPage.objects.get(pk=post.pk)
    assert post.live and post.first_published_at
    assert list(post.themes.all()) == [theme]
    assert list(post.tags.names()) == ["payments"]
    assert [a.person for a in post.authors.all()] == [person]

    study = CaseStudyPageFactory(
        parent=site_tree.case_study_index,
        themes=[theme],
        approaches=[ApproachFactory()],
        research_stages=[ResearchStageFactory()],
        topic=TopicFactory(),
        region=RegionFactory(),
        team=[(person, "co-designed the survey")],
        research_outputs=[("doi", "10.3310/abcd1234", "Final report")],
    )
    study = CaseStudyPage.objects.get(pk=study.pk)
    assert study.approaches.count() == 1 and study.research_stages.count() == 1
    assert study.team.get().role_in_project == "co-designed the survey"
    assert study.research_outputs.get().url == "https://doi.org/10.3310/abcd1234"
    assert StandardPageFactory(parent=site_tree.home).url.startswith("/en/about-page-")


def test_taxonomy_factory_reuses_a_slug():
    assert ThemeFactory(slug="impact", name="Impact") == ThemeFactory(slug="impact", name="Impact")
