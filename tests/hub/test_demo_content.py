"""The demo-content and admin-account management commands."""

import io

import pytest
from django.apps import apps
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision, Site

from hub.demo.blog_posts import POSTS
from hub.demo.case_study_data import CASE_STUDIES
from hub.models import (
    Approach,
    HomePage,
    Person,
    Region,
    ResearchStage,
    SiteSettings,
    StandardPage,
    Theme,
    Topic,
)
from interest.models import InterestRegistration
from layreview.models import LayReviewLink

pytestmark = pytest.mark.django_db

BlogPage = apps.get_model("blog", "BlogPage")
BlogPageAuthor = apps.get_model("blog", "BlogPageAuthor")
CaseStudyPage = apps.get_model("casestudies", "CaseStudyPage")
CaseStudyTeamMember = apps.get_model("casestudies", "CaseStudyTeamMember")
ResearchOutput = apps.get_model("casestudies", "ResearchOutput")

COUNTED = [
    Page,
    Revision,
    Person,
    Theme,
    Approach,
    ResearchStage,
    Topic,
    Region,
    BlogPageAuthor,
    CaseStudyTeamMember,
    ResearchOutput,
    Tag,
    Site,
    SiteSettings,
]


def load(verbosity=0):
    out = io.StringIO()
    call_command("load_demo_content", verbosity=verbosity, stdout=out)
    return out.getvalue()


def counts():
    result = {model.__name__: model.objects.count() for model in COUNTED}
    result["Image"] = get_image_model().objects.count()
    return result


# Checks run on freshly loaded demo content (loading takes seconds, so it happens once per test).


def check_builds_the_whole_taxonomy():
    # The English terms; their Welsh and Urdu translations are checked in tests/i18n.
    english = Locale.get_default()
    assert list(Theme.objects.filter(locale=english).values_list("name", flat=True)) == [
        "Inclusion and diversity",
        "Learning and development",
        "Impact",
        "Digital technologies",
        "Processes that are fit for purpose",
    ]
    assert set(Approach.objects.filter(locale=english).values_list("slug", flat=True)) == {
        "co-production",
        "co-design",
        "engagement",
        "consultation",
        "informing",
    }
    assert ResearchStage.objects.filter(locale=english).count() == 7
    assert (
        Topic.objects.filter(locale=english, slug__in=["mental-health", "dementia", "social-care"]).count()
        == 3
    )
    assert (
        Region.objects.filter(locale=english, slug__in=["wales", "scotland", "northern-ireland"]).count() == 3
    )
    for model in (Theme, Approach, ResearchStage, Topic, Region, Person):
        # Every term in another language is a translation of an English one.
        keys = set(model.objects.filter(locale=english).values_list("translation_key", flat=True))
        assert set(model.objects.exclude(locale=english).values_list("translation_key", flat=True)) <= keys


def check_people_include_some_who_are_not_named():
    assert Person.objects.count() >= 10
    unnamed = Person.objects.filter(agreed_to_be_named=False)
    assert unnamed.exists()
    assert all(person.display_name == person.get_role_display() for person in unnamed)
    assert set(Person.objects.values_list("role", flat=True)) >= {
        "researcher",
        "public_contributor",
        "carer",
        "clinician",
        "community_organiser",
    }


def check_images_have_titles_descriptions_and_files():
    images = get_image_model().objects.all()
    assert images.count() >= 10
    for image in images:
        assert image.title and image.description
        assert image.file.storage.exists(image.file.name)
        assert (image.width, image.height) == (1200, 800)


def check_home_and_standard_pages_are_filled_in_and_published():
    home = Site.objects.get(is_default_site=True).root_page.specific
    assert isinstance(home, HomePage)
    assert home.first_published_at is not None and home.live_revision is not None
    assert home.hero_image and home.hero_cta_page.slug == "get-involved"
    assert {block.block_type for block in home.body} >= {"paragraph", "heading", "quote", "call_to_action"}
    slugs = set(StandardPage.objects.live().values_list("slug", flat=True))
    assert slugs >= {"about", "get-involved", "accessibility-statement", "privacy-notice"}
    accessibility = StandardPage.objects.get(slug="accessibility-statement")
    assert "WCAG" in str(accessibility.body) and "2.2" in str(accessibility.body)
    privacy = StandardPage.objects.get(slug="privacy-notice")
    assert "email address" in str(privacy.body)
    assert HomePage.objects.filter(locale=Locale.get_default()).count() == 1


def check_blog_posts_have_authors_blocks_themes_and_dates_over_years():
    posts = BlogPage.objects.live()
    assert posts.count() == len(POSTS) >= 8
    assert len({post.date.year for post in posts}) >= 4
    block_types = set()
    for post in posts:
        assert post.first_published_at.date() == post.date
        assert post.hero_image and post.hero_image_alt
        assert post.themes.exists() and post.tags.exists()
        block_types |= {block.block_type for block in post.body}
        for block in post.body:
            if block.block_type == "image":
                assert block.value["alt_text"]
    assert block_types >= {"heading", "paragraph", "quote", "image", "call_to_action", "accordion"}
    authors = BlogPageAuthor.objects.filter(page__in=posts)
    assert authors.filter(person__role="public_contributor").exists()
    first = BlogPage.objects.get(slug="what-we-mean-by-co-production")
    assert [author.person.name for author in first.authors.all()] == ["Priya Shah", "Gareth Llewellyn"]


def check_case_studies_have_every_structured_field():
    studies = CaseStudyPage.objects.live().filter(locale=Locale.get_default())
    assert studies.count() == len(CASE_STUDIES) >= 8
    for study in studies:
        for name in [
            "plain_summary",
            "challenge",
            "who_was_involved",
            "body",
            "change_for_research",
            "change_for_people",
            "change_for_services",
            "lessons_learned",
            "payment_and_recognition",
            "start_date",
            "end_date",
            "topic",
            "region",
        ]:
            assert getattr(study, name), f"{study.slug} has no {name}"
        assert study.start_date < study.end_date
        assert study.team.exists() and all(member.role_in_project for member in study.team.all())
        assert study.approaches.exists() and study.research_stages.exists()
        assert study.themes.exists() and study.tags.exists()
        assert study.research_outputs.exists()
        for output in study.research_outputs.all():
            output.full_clean(exclude=["page"])
    kinds = set(ResearchOutput.objects.values_list("kind", flat=True))
    assert kinds == {"award", "doi", "isrctn", "url"}


def check_events_show_every_kind_of_event():
    from events.models import EventPage

    events = EventPage.objects.live().filter(locale=Locale.get_default())
    assert events.count() == 4
    # The webinar takes interest through the hub's own form, in English, Welsh and Urdu.
    webinar = events.get(slug="paying-public-contributors-webinar")
    assert webinar.accepts_interest
    assert webinar.get_translations().filter(live=True).count() == 2
    assert events.filter(kind="course", bursary_places__gt=0, title__icontains="co-production").exists()
    assert events.filter(fully_booked=True).exists()
    past = [event for event in events if event.is_past]
    assert len(past) == 1 and past[0].recording_url
    assert {event.format for event in events} == {"online", "in_person", "hybrid"}


def check_opportunities_include_a_closed_one():
    from opportunities.models import OpportunityPage

    roles = list(OpportunityPage.objects.live().filter(locale=Locale.get_default()))
    assert len(roles) == 4
    assert [role.is_closed for role in roles].count(True) == 1
    assert all(role.payment_rate and role.payment_page_id for role in roles)


def check_resources_have_files_and_accessible_versions():
    from resources.models import ResourceDownload, ResourcePage

    kinds = set(ResourcePage.objects.live().values_list("kind", flat=True))
    assert {"questions", "map", "guide", "template"} <= kinds
    versions = set(ResourceDownload.objects.values_list("version", flat=True))
    assert {"main", "easy_read", "large_print", "editable", "audio", "bsl"} <= versions
    for download in ResourceDownload.objects.exclude(document=None).select_related("document"):
        assert download.document.file.storage.exists(download.document.file.name)
        assert download.document.file_size > 0


def check_community_examples_at_every_stage_and_a_collection():
    from wagtail.models import TaskState

    from casestudies.models import CollectionPage, SharedLearningPage, Submission
    from casestudies.services.collections import collection_examples

    statuses = sorted(Submission.objects.values_list("status", flat=True))
    assert statuses == ["changes_requested", "in_review", "in_review", "published", "published", "published"]
    assert SharedLearningPage.objects.live().count() == 3
    stages = sorted(
        state.task.name for state in TaskState.objects.filter(status="in_progress").select_related("task")
    )
    assert len(stages) == 2 and stages[0] != stages[1]  # one with the moderator, one with the lay panel
    changes = Submission.objects.get(status="changes_requested")
    assert changes.page.live is False
    # The example with the lay panel has a private review link waiting for a reviewer.
    from layreview.services import lay_panel_task_state, usable

    [link] = LayReviewLink.objects.all()
    assert lay_panel_task_state(link.page) is not None and usable(link)
    # Two people's interest fills the staff report.
    assert InterestRegistration.objects.count() == 2
    collection = CollectionPage.objects.live().get()
    assert collection_examples(collection).count() == 3


def check_site_settings_are_filled_in():
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert settings.contact_email and settings.contact_phone
    assert len(settings.social_links) == 4


def check_involvement_pages_are_in_welsh_and_urdu():
    for slug, welsh_title in (
        ("impact", "Beth newidiodd oherwydd bod pobl wedi cymryd rhan"),
        ("young-peoples-panel", "Panel pobl ifanc ar apiau iechyd meddwl"),
        ("map-of-resources", "Map o adnoddau ar gyfer cydgynhyrchu ymchwil"),
        (
            "involvement-online-webinar",
            "Cynnwys pobl pan nad oedden ni'n gallu cwrdd: gwersi o symud ar-lein",
        ),
    ):
        english = Page.objects.get(slug=slug, locale=Locale.get_default())
        versions = {page.locale.language_code: page for page in english.get_translations().live()}
        assert versions["cy"].title == welsh_title, slug
        assert versions["ur"].title not in (english.title, welsh_title), slug


@pytest.fixture
def demo():
    return load(verbosity=1)


def test_builds_a_believable_hub_reports_progress_and_can_run_again(demo):
    assert "Creating themes..." in demo
    assert "Blog posts: 3/" in demo
    assert "Case studies: 8/8" in demo
    assert "(unchanged)" not in demo
    assert demo.count("(updated)") == 1 and "Home (updated)" in demo  # made by a migration
    check_builds_the_whole_taxonomy()
    check_people_include_some_who_are_not_named()
    check_images_have_titles_descriptions_and_files()
    check_home_and_standard_pages_are_filled_in_and_published()
    check_blog_posts_have_authors_blocks_themes_and_dates_over_years()
    check_case_studies_have_every_structured_field()
    check_site_settings_are_filled_in()
    check_events_show_every_kind_of_event()
    check_opportunities_include_a_closed_one()
    check_resources_have_files_and_accessible_versions()
    check_community_examples_at_every_stage_and_a_collection()
    check_involvement_pages_are_in_welsh_and_urdu()

    # Running again duplicates nothing and puts changes back (one test: a load takes a minute).
    first = counts()
    # The tree root, and the English home page with everything under it: 29 pages, the events
    # section with its 4 events, the opportunities section with its 4 roles, the resource
    # library with 4 resources, the impact page, and 6 community examples (3 published) and a
    # collection. Then the demo's translations, in Welsh and in Urdu: home, about, community
    # examples, case studies and two case studies; the events section and its four events; the
    # opportunities section and its roles; the resource library and its resources; the impact page.
    assert Page.objects.filter(locale=Locale.get_default()).count() == 1 + 29 + 5 + 5 + 5 + 1 + 7
    assert first["Page"] == 1 + 29 + 5 + 5 + 5 + 1 + 7 + 2 * 22
    assert load(verbosity=0) == ""
    assert counts() == first  # not even a new revision: unchanged pages are not republished

    post = BlogPage.objects.get(slug="digital-buddies")
    post.title = "Edited by hand"
    post.save_revision().publish()
    output = load(verbosity=1)
    post.refresh_from_db()
    assert post.title == "Digital buddies: helping people get online to take part"
    assert "Digital buddies: helping people get online to take part (updated)" in output
    after = counts()
    assert after["Revision"] == first["Revision"] + 2
    assert {key: value for key, value in after.items() if key != "Revision"} == {
        key: value for key, value in first.items() if key != "Revision"
    }


# --- ensure_admin ------------------------------------------------------------------------


def ensure_admin(*args):
    out = io.StringIO()
    call_command("ensure_admin", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_ensure_admin_generates_and_prints_a_password(db, monkeypatch):
    monkeypatch.delenv("HUB_ADMIN_PASSWORD", raising=False)
    output = ensure_admin()
    password = output.split("Password: ")[1].strip()
    user = authenticate(username="admin", password=password)
    assert user is not None and user.is_superuser and user.is_staff


def test_ensure_admin_is_idempotent_and_can_reset(db, monkeypatch):
    monkeypatch.setenv("HUB_ADMIN_PASSWORD", "first-password-for-tests")
    ensure_admin()
    output = ensure_admin("--password", "ignored-because-user-exists")
    assert "already exists" in output
    assert get_user_model().objects.filter(username="admin").count() == 1
    assert authenticate(username="admin", password="first-password-for-tests")
    ensure_admin("--reset-password", "--password", "second-password-for-tests")
    assert authenticate(username="admin", password="second-password-for-tests")


def test_if_empty_leaves_a_hub_in_use_alone(site_tree):
    """scripts/serve.sh with HUB_DEMO=1 never writes demo pages over a hub that has its own."""
    pages_before = Page.objects.count()
    out = io.StringIO()
    call_command("load_demo_content", "--if-empty", stdout=out)
    assert "already has content" in out.getvalue()
    assert Page.objects.count() == pages_before
    assert not BlogPage.objects.filter(slug="what-we-mean-by-co-production").exists()
