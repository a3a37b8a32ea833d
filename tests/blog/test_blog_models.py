"""Reading time and related posts."""

import pytest
from wagtail.models import Locale

from blog.models import BlogPage, count_words
from blog.queries import related_posts
from tests.factories import BlogIndexPageFactory, BlogPageFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def words(n):
    return " ".join(["word"] * n)


def test_count_words_ignores_markup_and_block_metadata():
    raw = [
        {"type": "paragraph", "value": "<p>One <b>two</b> three</p>", "id": "abc-def"},
        {"type": "quote", "value": {"quote": "four five", "attribution": "six"}, "id": "x"},
        {"type": "accordion", "value": {"items": [{"title": "seven", "content": "<p>eight</p>"}]}},
    ]
    assert count_words(raw) == 8


def test_reading_time_counts_the_body_of_a_saved_post(site_tree):
    body = [{"type": "paragraph", "value": f"<p>{words(590)}</p>"}]
    post = BlogPageFactory(parent=site_tree.blog_index, intro=words(10), body=body)
    assert BlogPage.objects.get(pk=post.pk).reading_time == 3


@pytest.mark.parametrize(
    ("body_words", "minutes"), [(0, 1), (190, 1), (191, 2), (390, 2), (391, 3), (1990, 10)]
)
def test_reading_time_counts_intro_and_body_at_200_words_a_minute(body_words, minutes):
    post = BlogPage(
        title="t", intro=words(10), body=[{"type": "paragraph", "value": f"<p>{words(body_words)}</p>"}]
    )
    assert post.reading_time == minutes


def test_related_posts_share_a_theme_or_tag_and_are_live_and_in_the_same_locale(site_tree):
    index = site_tree.blog_index
    shared, other = ThemeFactory(), ThemeFactory()
    post = BlogPageFactory(parent=index, themes=[shared], tags=["payments"])
    by_theme = BlogPageFactory(parent=index, themes=[shared])
    by_tag = BlogPageFactory(parent=index, tags=["payments"])
    by_both = BlogPageFactory(parent=index, themes=[shared], tags=["payments"])
    BlogPageFactory(parent=index, themes=[other], tags=["unrelated"])  # shares nothing
    BlogPageFactory(parent=index, themes=[shared], live=False)  # draft

    welsh = Locale.objects.create(language_code="cy")
    welsh_index = BlogIndexPageFactory(parent=site_tree.home, locale=welsh, slug="blog-cy")
    BlogPageFactory(parent=welsh_index, locale=welsh, tags=["payments"])  # other language

    related = related_posts(post, count=10)
    assert related[0] == by_both  # most overlap first
    assert set(related) == {by_both, by_theme, by_tag}
    assert post not in related


def test_related_posts_are_capped_and_empty_without_themes_or_tags(site_tree):
    theme = ThemeFactory()
    post = BlogPageFactory(parent=site_tree.blog_index, themes=[theme])
    for _ in range(5):
        BlogPageFactory(parent=site_tree.blog_index, themes=[theme])
    assert len(related_posts(post)) == 3
    loner = BlogPageFactory(parent=site_tree.blog_index)
    assert related_posts(loner) == []
