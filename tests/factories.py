"""Factories for the hub's pages and snippets, shared by every test package.

Pages are created live (``live=True`` with ``first_published_at`` set), under the
``parent`` you pass: ``BlogPageFactory(parent=site_tree.blog_index)``.
Snippets are created in the default locale (English).

Many-to-many and child relations are set after creation:

    BlogPageFactory(parent=index, themes=[theme], tags=["payments"], authors=[person])
    CaseStudyPageFactory(parent=index, approaches=[...], team=[(person, "co-designed the survey")],
                         research_outputs=[("doi", "10.3310/abcd1234", "Final report")])

Other engineers: append your own factories at the END of this file.
"""

from types import SimpleNamespace

import factory
import wagtail_factories
from django.utils import timezone
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.models import Locale, Page, Site

from blog.models import BlogIndexPage, BlogPage, BlogPageAuthor
from casestudies.models import CaseStudyIndexPage, CaseStudyPage, CaseStudyTeamMember, ResearchOutput
from hub.models import Approach, HomePage, Person, Region, ResearchStage, StandardPage, Theme, Topic


def default_locale():
    return Locale.get_default()


def paragraph(text):
    """A one-paragraph StreamField value in raw form."""
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


# --- Images -----------------------------------------------------------------------------------


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Image {n}")
    description = factory.Sequence(lambda n: f"A group of people talking around a table ({n})")
    file = factory.django.ImageField(width=40, height=30, color="blue")
    collection = factory.LazyFunction(
        lambda: wagtail_factories.CollectionFactory._meta.model.get_first_root_node()
    )


# --- Snippets ---------------------------------------------------------------------------------


class TaxonomyTermFactory(DjangoModelFactory):
    class Meta:
        abstract = True
        django_get_or_create = ("slug", "locale")

    name = factory.Sequence(lambda n: f"Term {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.name))
    description = factory.LazyAttribute(lambda obj: f"About {obj.name.lower()}.")
    locale = factory.LazyFunction(default_locale)


class ThemeFactory(TaxonomyTermFactory):
    class Meta:
        model = Theme

    name = factory.Sequence(lambda n: f"Theme {n}")


class ApproachFactory(TaxonomyTermFactory):
    class Meta:
        model = Approach

    name = factory.Sequence(lambda n: f"Approach {n}")


class ResearchStageFactory(TaxonomyTermFactory):
    class Meta:
        model = ResearchStage

    name = factory.Sequence(lambda n: f"Stage {n}")


class TopicFactory(TaxonomyTermFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Topic {n}")


class RegionFactory(TaxonomyTermFactory):
    class Meta:
        model = Region

    name = factory.Sequence(lambda n: f"Region {n}")


class PersonFactory(DjangoModelFactory):
    """A person who has agreed to be named (pass agreed_to_be_named=False to test the opposite)."""

    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"Person {n}")
    role = Person.Role.RESEARCHER
    job_title = "Public involvement lead"
    bio = "Works with communities on research."
    agreed_to_be_named = True
    locale = factory.LazyFunction(default_locale)


# --- Pages ------------------------------------------------------------------------------------


class BasePageFactory(wagtail_factories.PageFactory):
    """A live page, as if published by an editor."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        """Save once, after every hook: each save re-indexes the page for search."""
        if create and getattr(instance, "_changed_after_create", False):
            instance._changed_after_create = False
            instance.save()

    live = True
    first_published_at = factory.LazyFunction(timezone.now)
    last_published_at = factory.LazyAttribute(lambda obj: obj.first_published_at)
    summary = factory.LazyAttribute(lambda obj: f"A short summary of {obj.title.lower()}.")


class HomePageFactory(BasePageFactory):
    class Meta:
        model = HomePage

    title = factory.Sequence(lambda n: f"Hub home {n}")
    hero_heading = "Health and care research, shaped by the people it is for"
    hero_text = "Read how patients, carers and the public work with researchers."


class StandardPageFactory(BasePageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"About page {n}")
    intro = factory.LazyAttribute(lambda obj: f"Introduction to {obj.title.lower()}.")
    body = factory.LazyAttribute(lambda obj: paragraph(f"The body of {obj.title.lower()}."))


class BlogIndexPageFactory(BasePageFactory):
    class Meta:
        model = BlogIndexPage

    title = factory.Sequence(lambda n: f"Blog {n}")
    intro = "News and stories about involving people in research."


def _set_m2m(field_name):
    def hook(obj, create, extracted, **kwargs):
        if create and extracted is not None:
            getattr(obj, field_name).set(extracted)  # kept in memory by modelcluster until the save
            obj._changed_after_create = True

    return factory.PostGeneration(hook)


class BlogPageFactory(BasePageFactory):
    class Meta:
        model = BlogPage

    title = factory.Sequence(lambda n: f"Blog post {n}")
    date = factory.LazyFunction(timezone.localdate)
    intro = factory.LazyAttribute(lambda obj: f"The opening paragraph of {obj.title.lower()}.")
    body = factory.LazyAttribute(lambda obj: paragraph(f"The body of {obj.title.lower()}."))

    themes = _set_m2m("themes")

    @factory.post_generation
    def tags(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.tags.add(*extracted)
            obj._changed_after_create = True

    @factory.post_generation
    def authors(obj, create, extracted, **kwargs):
        if create and extracted:
            for order, person in enumerate(extracted):
                BlogPageAuthor.objects.create(page=obj, person=person, sort_order=order)
            obj._changed_after_create = True  # indexed with its authors' names


class CaseStudyIndexPageFactory(BasePageFactory):
    class Meta:
        model = CaseStudyIndexPage

    title = factory.Sequence(lambda n: f"Case studies {n}")
    intro = "Examples of people working with researchers."


class CaseStudyPageFactory(BasePageFactory):
    class Meta:
        model = CaseStudyPage

    title = factory.Sequence(lambda n: f"Case study {n}")
    plain_summary = factory.LazyAttribute(
        lambda obj: f"In plain English: what happened in {obj.title.lower()}."
    )
    challenge = "<p>Few carers took part in the research.</p>"
    who_was_involved = "<p>Carers from three community groups.</p>"
    body = factory.LazyAttribute(lambda obj: paragraph(f"What happened in {obj.title.lower()}."))
    change_for_research = "<p>The questions changed.</p>"
    lessons_learned = "<p>Start early and pay people.</p>"
    payment_and_recognition = "Contributors were paid for their time."

    themes = _set_m2m("themes")
    approaches = _set_m2m("approaches")
    research_stages = _set_m2m("research_stages")

    @factory.post_generation
    def tags(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.tags.add(*extracted)
            obj._changed_after_create = True

    @factory.post_generation
    def team(obj, create, extracted, **kwargs):
        """A list of (person, role_in_project)."""
        if create and extracted:
            for order, (person, role) in enumerate(extracted):
                CaseStudyTeamMember.objects.create(
                    page=obj, person=person, role_in_project=role, sort_order=order
                )
            obj._changed_after_create = True  # indexed with its team

    @factory.post_generation
    def research_outputs(obj, create, extracted, **kwargs):
        """A list of (kind, identifier, label)."""
        if create and extracted:
            for order, (kind, identifier, label) in enumerate(extracted):
                ResearchOutput.objects.create(
                    page=obj, kind=kind, identifier=identifier, label=label, sort_order=order
                )
            obj._changed_after_create = True  # indexed with its research outputs


# --- A site to work in ------------------------------------------------------------------------


def build_site_tree():
    """A fresh home page as the default Site's root, with a blog index and a case-study index.

    Returns a namespace with ``site``, ``home``, ``blog_index`` and ``case_study_index``.
    """
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, title="Test hub home", slug="test-hub-home")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    site.root_page = home
    site.site_name = "Test hub"
    site.save()
    blog_index = BlogIndexPageFactory(parent=home, title="Blog", slug="blog")
    case_study_index = CaseStudyIndexPageFactory(parent=home, title="Case studies", slug="case-studies")
    return SimpleNamespace(site=site, home=home, blog_index=blog_index, case_study_index=case_study_index)


# --- Factories added by other packages go below this line -------------------------------------


# --- Community examples (casestudies: shared learning, submissions, collections) ---------------

from casestudies.models import CollectionPage, SharedLearningIndexPage, SharedLearningPage  # noqa: E402


class SharedLearningIndexPageFactory(BasePageFactory):
    class Meta:
        model = SharedLearningIndexPage

    title = factory.Sequence(lambda n: f"Community examples {n}")
    intro = "Examples of work shared by community groups and public contributors."


class SharedLearningPageFactory(BasePageFactory):
    """A published community example (no private Submission: use the submit service for that)."""

    class Meta:
        model = SharedLearningPage

    title = factory.Sequence(lambda n: f"Community example {n}")
    what_we_did = factory.LazyAttribute(lambda obj: f"What happened in {obj.title.lower()}.")
    who_was_involved = "Members of a carers' group."
    what_changed = "The study leaflet was rewritten."
    advice = "Meet people where they already are."
    credit_preference = SharedLearningPage.Credit.GROUP
    credit_line = "Riverside Carers"

    themes = _set_m2m("themes")
    approaches = _set_m2m("approaches")


class CollectionPageFactory(BasePageFactory):
    class Meta:
        model = CollectionPage

    title = factory.Sequence(lambda n: f"What you told us {n}")
    what_we_heard = "<p>People asked to be involved earlier.</p>"


# --- Events and training --------------------------------------------------------------------

from events.models import EventIndexPage, EventPage  # noqa: E402


class EventIndexPageFactory(BasePageFactory):
    class Meta:
        model = EventIndexPage

    title = factory.Sequence(lambda n: f"Events {n}")
    intro = "Courses, workshops and webinars."


class EventPageFactory(BasePageFactory):
    """An online webinar starting in a week, for an hour."""

    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Webinar {n}")
    kind = EventPage.Kind.WEBINAR
    starts_at = factory.LazyFunction(
        lambda: timezone.now().replace(microsecond=0) + timezone.timedelta(days=7)
    )
    ends_at = factory.LazyAttribute(lambda obj: obj.starts_at + timezone.timedelta(hours=1))
    format = EventPage.Format.ONLINE
    audience = "Anyone who involves people in research."

    themes = _set_m2m("themes")


# --- Involvement opportunities ----------------------------------------------------------------

from opportunities.models import OpportunityIndexPage, OpportunityPage  # noqa: E402


class OpportunityIndexPageFactory(BasePageFactory):
    class Meta:
        model = OpportunityIndexPage

    title = factory.Sequence(lambda n: f"Opportunities {n}")


class OpportunityPageFactory(BasePageFactory):
    """An online role, paid by the hour, closing in a month."""

    class Meta:
        model = OpportunityPage

    title = factory.Sequence(lambda n: f"Advisory group {n}")
    role = "Advisory group member"
    what_it_involves = "<p>Four meetings a year.</p>"
    time_commitment = "Two hours a quarter"
    format = OpportunityPage.Format.ONLINE
    payment_rate = "£25 an hour"
    closes_on = factory.LazyFunction(lambda: timezone.localdate() + timezone.timedelta(days=30))
    contact_name = "Priya Shah"
    contact_email = "involvement@hub.example"

    themes = _set_m2m("themes")


# --- Resource library -------------------------------------------------------------------------

from resources.models import ResourceDownload, ResourceIndexPage, ResourcePage  # noqa: E402


class ResourceIndexPageFactory(BasePageFactory):
    class Meta:
        model = ResourceIndexPage

    title = factory.Sequence(lambda n: f"Resources {n}")


class ResourcePageFactory(BasePageFactory):
    """A guide for everyone; pass downloads=[(version, title, document, description), ...]."""

    class Meta:
        model = ResourcePage

    title = factory.Sequence(lambda n: f"Guide {n}")
    kind = ResourcePage.Kind.GUIDE
    audience = ResourcePage.Audience.EVERYONE

    themes = _set_m2m("themes")

    @factory.post_generation
    def downloads(obj, create, extracted, **kwargs):
        if create and extracted:
            for order, (version, title, document, description) in enumerate(extracted):
                ResourceDownload.objects.create(
                    page=obj,
                    version=version,
                    title=title,
                    document=document,
                    description=description,
                    sort_order=order,
                )
            obj._changed_after_create = True  # indexed with its downloads
