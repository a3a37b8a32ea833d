"""What readers see on a blog post and the blog index."""

import datetime

import pytest

from tests.factories import BlogPageFactory, ImageFactory, PersonFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def test_blog_index_shows_its_intro_and_cards(client, site_tree):
    index = site_tree.blog_index
    index.intro = "Stories from our partners."
    index.summary = "The hub's blog."
    index.save()
    BlogPageFactory(parent=index, title="Paying contributors", summary="Why and how we pay.")
    html = client.get(index.url).content.decode()
    assert "<h1>Blog</h1>" in html
    assert "Stories from our partners." in html
    assert "Paying contributors" in html and "Why and how we pay." in html
    assert '<meta name="description" content="The hub&#x27;s blog.">' in html


def test_blog_post_shows_its_content_and_credits(client, site_tree):
    hero = ImageFactory()
    theme = ThemeFactory(name="Learning and development", slug="learning")
    named = PersonFactory(name="Nadia Ali", role="researcher", job_title="Involvement lead")
    unnamed = PersonFactory(name="Hidden Person", role="carer", agreed_to_be_named=False)
    body_words = " ".join(["word"] * 400)
    post = BlogPageFactory(
        parent=site_tree.blog_index,
        title="What we learned from our lay panel",
        date=datetime.date(2025, 3, 14),
        intro="A year of working with a lay panel.",
        summary="Lessons from a lay panel.",
        hero_image=hero,
        hero_image_alt="Panel members laughing",
        body=[
            {"type": "heading", "value": {"text": "Start early", "level": "h2"}},
            {"type": "paragraph", "value": f"<p>Involve people from the start. {body_words}</p>"},
        ],
        themes=[theme],
        tags=["lay panels"],
        authors=[named, unnamed],
    )
    response = client.get(post.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>What we learned from our lay panel</h1>" in html
    assert "A year of working with a lay panel." in html
    assert '<time datetime="2025-03-14">14 March 2025</time>' in html
    assert "3 minute read" in html
    assert "Nadia Ali (Researcher, Involvement lead)" in html
    assert "Hidden Person" not in html and "Carer" in html
    assert 'alt="Panel members laughing"' in html
    assert "Start early" in html and "Involve people from the start." in html
    assert 'href="/en/blog/?theme=learning"' in html
    assert "lay panels" in html
    assert '<meta name="description" content="Lessons from a lay panel.">' in html


def test_blog_post_shows_related_posts(client, site_tree):
    theme = ThemeFactory()
    post = BlogPageFactory(parent=site_tree.blog_index, themes=[theme])
    BlogPageFactory(parent=site_tree.blog_index, title="A related post", themes=[theme])
    BlogPageFactory(parent=site_tree.blog_index, title="An unrelated post")
    BlogPageFactory(parent=site_tree.blog_index, title="A related draft", themes=[theme], live=False)
    html = client.get(post.url).content.decode()
    assert "Related posts" in html
    assert "A related post" in html
    assert "An unrelated post" not in html and "A related draft" not in html


def test_post_without_related_posts_has_no_empty_section(client, site_tree):
    post = BlogPageFactory(parent=site_tree.blog_index)
    assert "Related posts" not in client.get(post.url).content.decode()
