"""HomePage and StandardPage: where they go, and creating and editing them in the admin."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import rich_text, streamfield

from blog.models import BlogIndexPage, BlogPage
from casestudies.models import CaseStudyIndexPage, CaseStudyPage, SharedLearningIndexPage
from hub.models import HomePage, StandardPage
from tests.admin_forms import add_url, block_errors, edit_url, form_errors, page_form, publish
from tests.factories import ImageFactory, StandardPageFactory, build_site_tree


class HomePageTreeTests(WagtailPageTestCase):
    def test_home_page_sits_at_the_top_of_a_site(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_home_page_holds_sections(self):
        from events.models import EventIndexPage
        from impact.models import ImpactPage
        from opportunities.models import OpportunityIndexPage
        from resources.models import ResourceIndexPage

        self.assertAllowedSubpageTypes(
            HomePage,
            {
                StandardPage,
                BlogIndexPage,
                CaseStudyIndexPage,
                SharedLearningIndexPage,
                EventIndexPage,
                OpportunityIndexPage,
                ResourceIndexPage,
                ImpactPage,
            },
        )
        self.assertCanNotCreateAt(HomePage, BlogPage)
        self.assertCanNotCreateAt(HomePage, CaseStudyPage)


class StandardPageTreeTests(WagtailPageTestCase):
    def test_standard_page_goes_under_home_or_another_standard_page(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        self.assertCanNotCreateAt(BlogIndexPage, StandardPage)
        self.assertCanNotCreateAt(CaseStudyIndexPage, StandardPage)


class HomePageAdminTests(WagtailPageTestCase):
    def setUp(self):
        self.tree = build_site_tree()
        self.login()

    def test_editor_can_edit_the_home_page(self):
        home = self.tree.home
        data = page_form(
            title="Welcome",
            slug=home.slug,
            hero_heading="Research with people, not about them",
            hero_text="Find out how to get involved.",
            hero_cta_page=self.tree.blog_index.pk,
            hero_cta_text="Read the blog",
            summary="The hub's front page.",
            body=streamfield(
                [
                    ("heading", {"text": "Why it matters", "level": "h2"}),
                    ("paragraph", rich_text("<p>People shape better research.</p>")),
                ]
            ),
        )
        response = self.client.post(edit_url(home), publish(data))
        assert response.status_code == 302, form_errors(response)
        home = HomePage.objects.get(pk=home.pk)
        assert home.title == "Welcome"
        assert home.hero_heading == "Research with people, not about them"
        assert home.hero_cta_page_id == self.tree.blog_index.pk
        assert [block.block_type for block in home.body] == ["heading", "paragraph"]
        assert home.live_revision_id == home.latest_revision_id

    def test_editor_can_create_a_home_page_for_a_new_site(self):
        self.assertCanCreate(
            Page.get_first_root_node(),
            HomePage,
            page_form(
                title="Second hub",
                hero_heading="A second home",
                hero_text="",
                summary="Another site.",
                body=streamfield([("paragraph", rich_text("<p>Hello.</p>"))]),
            ),
        )
        home = HomePage.objects.get(slug="second-hub")
        assert home.live and home.depth == 2
        assert home.hero_heading == "A second home"

    def test_home_page_needs_a_hero_heading(self):
        home = self.tree.home
        data = page_form(title="Welcome", slug=home.slug, hero_heading="", body=streamfield([]))
        response = self.client.post(edit_url(home), publish(data))
        assert response.status_code == 200
        assert "hero_heading" in form_errors(response)
        assert "This field is required." in response.content.decode()
        assert HomePage.objects.get(pk=home.pk).hero_heading != ""


class StandardPageAdminTests(WagtailPageTestCase):
    def setUp(self):
        self.tree = build_site_tree()
        self.login()

    def test_editor_can_create_a_standard_page(self):
        self.assertCanCreate(
            self.tree.home,
            StandardPage,
            page_form(
                title="Get involved",
                intro="Ways to take part in research.",
                summary="How to get involved.",
                body=streamfield(
                    [
                        ("paragraph", rich_text("<p>Join a lay panel.</p>")),
                        ("quote", {"quote": "I felt listened to.", "attribution": "Carer"}),
                        (
                            "call_to_action",
                            {
                                "heading": "Share your example",
                                "text": "",
                                "page": "",
                                "external_url": "https://example.org/share",
                                "button_text": "Share",
                            },
                        ),
                        (
                            "accordion",
                            {
                                "items": streamfield(
                                    [
                                        (
                                            "item",
                                            {
                                                "title": "Who can join?",
                                                "content": rich_text("<p>Anyone.</p>"),
                                            },
                                        )
                                    ]
                                )
                            },
                        ),
                    ]
                ),
            ),
        )
        page = StandardPage.objects.get(slug="get-involved")
        assert page.live
        assert page.intro == "Ways to take part in research."
        assert [b.block_type for b in page.body] == ["paragraph", "quote", "call_to_action", "accordion"]
        assert page.body[1].value["attribution"] == "Carer"

    def test_editor_can_edit_a_standard_page(self):
        page = StandardPageFactory(parent=self.tree.home, title="About", slug="about")
        data = page_form(
            title="About the hub",
            slug="about",
            intro="Who runs the hub.",
            summary="About us.",
            body=streamfield([("paragraph", rich_text("<p>Run by a partnership.</p>"))]),
        )
        response = self.client.post(edit_url(page), publish(data))
        assert response.status_code == 302, form_errors(response)
        page.refresh_from_db()
        assert page.title == "About the hub"
        assert page.intro == "Who runs the hub."
        assert "Run by a partnership." in str(page.body[0].value)

    def test_image_block_without_alt_text_is_rejected(self):
        image = ImageFactory()
        data = page_form(
            title="Photo page",
            slug="photo-page",
            body=streamfield([("image", {"image": image.pk, "alt_text": "", "caption": "A panel meeting"})]),
        )
        response = self.client.post(add_url(self.tree.home, StandardPage), publish(data))
        assert response.status_code == 200
        assert block_errors(response) == {"0.alt_text": ["This field is required."]}
        assert not StandardPage.objects.filter(slug="photo-page").exists()
        assert "The page could not be created due to validation errors" in response.content.decode()

    def test_call_to_action_needs_a_page_or_a_link(self):
        data = page_form(
            title="CTA page",
            slug="cta-page",
            body=streamfield(
                [
                    (
                        "call_to_action",
                        {"heading": "Go", "text": "", "page": "", "external_url": "", "button_text": "Go"},
                    )
                ]
            ),
        )
        response = self.client.post(add_url(self.tree.home, StandardPage), publish(data))
        assert response.status_code == 200
        assert block_errors(response) == {"0.page": ["Choose a page or give a link."]}
        assert not StandardPage.objects.filter(slug="cta-page").exists()

    def test_a_half_filled_call_to_action_can_be_saved_as_a_draft_but_not_published(self):
        half_filled = (
            "call_to_action",
            {"heading": "", "text": "", "page": "", "external_url": "", "button_text": ""},
        )
        data = page_form(title="Draft CTA page", slug="draft-cta-page", body=streamfield([half_filled]))
        response = self.client.post(add_url(self.tree.home, StandardPage), data)
        assert response.status_code == 302, form_errors(response)
        page = StandardPage.objects.get(slug="draft-cta-page")
        assert not page.live
        assert page.get_latest_revision().as_object().body[0].block_type == "call_to_action"

        response = self.client.post(edit_url(page), publish(data))
        assert response.status_code == 200
        assert block_errors(response) == {
            "0.heading": ["This field is required."],
            "0.button_text": ["This field is required."],
        }
        page.refresh_from_db()
        assert not page.live
