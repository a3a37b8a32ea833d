"""Blog index and blog post: where they go, and creating and editing them in the admin."""

import datetime

from django.utils.text import slugify
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, rich_text, streamfield

from blog.models import BlogIndexPage, BlogPage
from casestudies.models import CaseStudyIndexPage
from hub.models import HomePage, StandardPage
from tests.admin_forms import add_url, edit_url, form_errors, page_form, publish
from tests.factories import BlogPageFactory, ImageFactory, PersonFactory, ThemeFactory, build_site_tree


class BlogTreeTests(WagtailPageTestCase):
    def test_blog_index_goes_under_the_home_page_and_holds_posts(self):
        self.assertAllowedParentPageTypes(BlogIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(BlogIndexPage, {BlogPage})
        self.assertCanNotCreateAt(StandardPage, BlogIndexPage)

    def test_blog_post_goes_only_under_a_blog_index_and_has_no_children(self):
        self.assertAllowedParentPageTypes(BlogPage, {BlogIndexPage})
        self.assertAllowedSubpageTypes(BlogPage, set())
        self.assertCanNotCreateAt(HomePage, BlogPage)
        self.assertCanNotCreateAt(CaseStudyIndexPage, BlogPage)


def post_form(**overrides):
    fields = {
        "title": "Paying public contributors",
        "date": "2025-03-01",
        "intro": "Why we pay people for their time.",
        "summary": "How and why we pay contributors.",
        "hero_image": "",
        "hero_image_alt": "",
        "body": streamfield(
            [
                ("heading", {"text": "What we pay", "level": "h2"}),
                ("paragraph", rich_text("<p>We pay for preparation time too.</p>")),
            ]
        ),
        "authors": inline_formset([]),
        "themes": [],
        "tags": "",
    }
    fields.update(overrides)
    fields.setdefault("slug", slugify(fields["title"]))
    return page_form(**fields)


class BlogAdminTests(WagtailPageTestCase):
    def setUp(self):
        self.tree = build_site_tree()
        self.login()

    def test_editor_can_create_a_blog_index(self):
        self.assertCanCreate(
            self.tree.home,
            BlogIndexPage,
            page_form(title="News", intro="News from the hub.", summary="Latest news.", items_per_page=8),
        )
        index = BlogIndexPage.objects.get(slug="news")
        assert index.live and index.intro == "News from the hub." and index.items_per_page == 8

    def test_editor_can_edit_a_blog_index(self):
        index = self.tree.blog_index
        data = page_form(title="Stories", slug=index.slug, intro="Stories from partners.", items_per_page=10)
        response = self.client.post(edit_url(index), publish(data))
        assert response.status_code == 302, form_errors(response)
        index.refresh_from_db()
        assert (index.title, index.intro) == ("Stories", "Stories from partners.")

    def test_editor_can_create_a_post_with_authors_themes_tags_and_hero_image(self):
        theme = ThemeFactory(name="Processes fit for purpose")
        author = PersonFactory(name="Sam Patel")
        image = ImageFactory()
        self.assertCanCreate(
            self.tree.blog_index,
            BlogPage,
            post_form(
                hero_image=image.pk,
                hero_image_alt="Two people reading a payment form",
                authors=inline_formset([{"person": author.pk}]),
                themes=[theme.pk],
                tags="payments, fairness",
            ),
        )
        post = BlogPage.objects.get(slug="paying-public-contributors")
        assert post.live
        assert post.date == datetime.date(2025, 3, 1)
        assert post.hero_image == image
        assert [a.person for a in post.authors.all()] == [author]
        assert list(post.themes.all()) == [theme]
        assert sorted(post.tags.names()) == ["fairness", "payments"]
        assert [b.block_type for b in post.body] == ["heading", "paragraph"]

    def test_editor_can_edit_a_post(self):
        post = BlogPageFactory(parent=self.tree.blog_index, title="Draft title", slug="draft-title")
        response = self.client.post(
            edit_url(post), publish(post_form(title="Better title", slug="draft-title", intro="New intro."))
        )
        assert response.status_code == 302, form_errors(response)
        post.refresh_from_db()
        assert (post.title, post.intro) == ("Better title", "New intro.")

    def test_hero_image_without_alt_text_is_rejected(self):
        image = ImageFactory()
        response = self.client.post(
            add_url(self.tree.blog_index, BlogPage),
            publish(post_form(hero_image=image.pk, hero_image_alt="  ")),
        )
        assert response.status_code == 200
        assert form_errors(response) == {
            "hero_image_alt": ["Describe the hero image for people who cannot see it."]
        }
        assert "Describe the hero image for people who cannot see it." in response.content.decode()
        assert not BlogPage.objects.filter(slug="paying-public-contributors").exists()

    def test_editing_a_post_to_drop_the_hero_alt_text_changes_nothing(self):
        image = ImageFactory()
        post = BlogPageFactory(
            parent=self.tree.blog_index, slug="with-hero", hero_image=image, hero_image_alt="A lay panel"
        )
        response = self.client.post(
            edit_url(post),
            publish(post_form(title="Changed", slug="with-hero", hero_image=image.pk, hero_image_alt="")),
        )
        assert response.status_code == 200
        assert "hero_image_alt" in form_errors(response)
        post.refresh_from_db()
        assert post.title != "Changed" and post.hero_image_alt == "A lay panel"

    def test_post_needs_an_intro(self):
        response = self.client.post(add_url(self.tree.blog_index, BlogPage), publish(post_form(intro="")))
        assert response.status_code == 200
        assert form_errors(response) == {"intro": ["This field is required."]}
        assert not BlogPage.objects.exists()
