"""Listing helpers: private sections stay out of listings, and child routing still finds every page."""

import pytest
from wagtail.models import PageViewRestriction

from blog.models import BlogPage
from blog.queries import related_posts
from hub.models import StandardPage
from hub.queries import home_page_listings, public_pages
from tests.factories import BlogPageFactory, CaseStudyPageFactory, StandardPageFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def restrict(page):
    return PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def test_public_pages_leaves_out_a_private_page_and_its_section(site_tree):
    open_post = BlogPageFactory(parent=site_tree.blog_index, title="Open")
    private_post = BlogPageFactory(parent=site_tree.blog_index, title="Private")
    restrict(private_post)
    assert list(public_pages(BlogPage.objects.all())) == [open_post]
    restrict(site_tree.blog_index)
    assert list(public_pages(BlogPage.objects.all())) == []


def test_restriction_on_a_page_with_a_similar_path_prefix_is_not_confused(site_tree):
    # A restriction applies to a page's own path and below, not to siblings.
    first = StandardPageFactory(parent=site_tree.home)
    second = StandardPageFactory(parent=site_tree.home)
    restrict(first)
    assert list(public_pages(StandardPage.objects.filter(pk__in=[first.pk, second.pk]))) == [second]


def test_private_posts_stay_off_the_index_home_page_feed_and_related(client, site_tree):
    theme = ThemeFactory()
    post = BlogPageFactory(parent=site_tree.blog_index, title="Visible post", themes=[theme])
    secret = BlogPageFactory(parent=site_tree.blog_index, title="Members only post", themes=[theme])
    restrict(secret)
    assert "Members only post" not in client.get(site_tree.blog_index.url).content.decode()
    assert "Members only post" not in client.get(site_tree.blog_index.url + "feed/rss/").content.decode()
    assert secret not in home_page_listings(site_tree.home)["latest_posts"]
    assert secret not in related_posts(post)
    assert client.get(secret.url).status_code == 302  # to the login page


def test_private_case_studies_are_not_listed_or_counted(client, site_tree):
    theme = ThemeFactory(name="Impact", slug="impact")
    CaseStudyPageFactory(parent=site_tree.case_study_index, title="Open study", themes=[theme])
    hidden = CaseStudyPageFactory(parent=site_tree.case_study_index, title="Hidden study", themes=[theme])
    restrict(hidden)
    html = client.get(site_tree.case_study_index.url).content.decode()
    assert "Hidden study" not in html
    assert "1 case study" in html and "Impact (1)" in html


def test_a_child_of_an_unexpected_type_is_still_served(client, site_tree):
    # Tree rules stop editors doing this, but pages made before a rule changed must still work.
    odd = StandardPageFactory(parent=site_tree.blog_index, title="Odd child", slug="odd-child")
    response = client.get(odd.url)
    assert response.status_code == 200
    assert "Odd child" in response.content.decode()


def test_a_missing_child_is_a_404(client, site_tree):
    assert client.get(site_tree.blog_index.url + "no-such-post/").status_code == 404
    assert client.get(site_tree.case_study_index.url + "no-such-study/").status_code == 404


def test_a_draft_child_is_a_404(client, site_tree):
    draft = BlogPageFactory(parent=site_tree.blog_index, slug="draft", live=False)
    assert client.get(draft.url).status_code == 404


def test_a_restriction_on_a_section_covers_every_page_in_it(client, site_tree):
    post = BlogPageFactory(parent=site_tree.blog_index, slug="in-a-private-section")
    restriction = restrict(site_tree.blog_index)
    assert list(post.get_view_restrictions()) == [restriction]
    response = client.get(post.url)
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_a_password_restriction_shows_the_password_form(client, site_tree):
    post = BlogPageFactory(parent=site_tree.blog_index, slug="password-post", title="Password post")
    PageViewRestriction.objects.create(
        page=post, restriction_type=PageViewRestriction.PASSWORD, password="letmein"
    )
    response = client.get(post.url)
    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()


def test_an_alias_uses_the_restrictions_of_its_source_page(site_tree):
    source = StandardPageFactory(parent=site_tree.home, slug="source")
    alias = source.create_alias(update_slug="source-alias")
    child = StandardPageFactory(parent=alias, slug="under-alias")
    assert list(alias.specific.get_view_restrictions()) == []
    restriction = restrict(source)
    assert list(alias.specific.get_view_restrictions()) == [restriction]
    assert list(child.get_view_restrictions()) == [restriction]
    # A restriction placed on the alias itself is ignored, as in Wagtail.
    restrict(alias)
    assert list(alias.specific.get_view_restrictions()) == [restriction]


def test_restrictions_on_unrelated_pages_do_not_apply(site_tree):
    post = BlogPageFactory(parent=site_tree.blog_index)
    restrict(site_tree.case_study_index)
    restrict(StandardPageFactory(parent=site_tree.home))
    assert list(post.get_view_restrictions()) == []
