"""The blog index: filters by theme, tag and author, pagination and bad query strings."""

import datetime
import re

import pytest

from hub.models import DEFAULT_ITEMS_PER_PAGE as POSTS_PER_PAGE
from tests.factories import BlogPageFactory, PersonFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def card_titles(response):
    """The titles of the post cards on a listing page, in order."""
    html = response.content.decode()
    return re.findall(r'<a class="nhsuk-card__link" href="[^"]*">([^<]*)</a>', html)


@pytest.fixture
def posts(site_tree):
    index = site_tree.blog_index
    inclusion = ThemeFactory(name="Inclusion and diversity", slug="inclusion")
    digital = ThemeFactory(name="Digital technologies", slug="digital")
    ada = PersonFactory(name="Ada Byron")
    ben = PersonFactory(name="Ben Okri")
    day = datetime.date(2025, 1, 1)
    made = {
        "inclusion": BlogPageFactory(
            parent=index, title="Reaching new groups", themes=[inclusion], authors=[ada], date=day
        ),
        "digital": BlogPageFactory(
            parent=index,
            title="Online panels",
            themes=[digital],
            tags=["online"],
            authors=[ben],
            date=day + datetime.timedelta(days=1),
        ),
        "both": BlogPageFactory(
            parent=index,
            title="Digital inclusion",
            themes=[inclusion, digital],
            tags=["online", "access"],
            authors=[ada, ben],
            date=day + datetime.timedelta(days=2),
        ),
    }
    BlogPageFactory(parent=index, title="Unpublished draft", themes=[inclusion], authors=[ada], live=False)
    return {"index": index, "inclusion": inclusion, "digital": digital, "ada": ada, "ben": ben, **made}


def test_index_lists_live_posts_newest_first(client, posts):
    response = client.get(posts["index"].url)
    assert response.status_code == 200
    assert card_titles(response) == ["Digital inclusion", "Online panels", "Reaching new groups"]
    assert "3 posts" in response.content.decode()


def test_filter_by_theme(client, posts):
    response = client.get(posts["index"].url, {"theme": "inclusion"})
    assert card_titles(response) == ["Digital inclusion", "Reaching new groups"]
    html = response.content.decode()
    assert "2 posts" in html and "match your filters" in html
    assert "Theme: Inclusion and diversity" in html  # shown as an active filter


def test_filter_by_tag(client, posts):
    response = client.get(posts["index"].url, {"tag": "access"})
    assert card_titles(response) == ["Digital inclusion"]


def test_filter_by_author(client, posts):
    response = client.get(posts["index"].url, {"author": posts["ben"].pk})
    assert card_titles(response) == ["Digital inclusion", "Online panels"]


def test_filters_combine(client, posts):
    response = client.get(posts["index"].url, {"theme": "inclusion", "author": posts["ben"].pk})
    assert card_titles(response) == ["Digital inclusion"]


def test_author_filter_lists_only_people_with_live_posts_here(client, posts):
    PersonFactory(name="Cara Nobody")
    html = client.get(posts["index"].url).content.decode()
    assert "Ada Byron" in html and "Ben Okri" in html
    assert "Cara Nobody" not in html


def test_author_who_did_not_agree_is_listed_by_role(client, site_tree):
    shy = PersonFactory(name="Hidden Name", role="carer", agreed_to_be_named=False)
    BlogPageFactory(parent=site_tree.blog_index, authors=[shy])
    html = client.get(site_tree.blog_index.url).content.decode()
    assert "Hidden Name" not in html
    assert f'<option value="{shy.pk}">Carer</option>' in html


@pytest.mark.parametrize(
    "query",
    [
        {"theme": "nope"},
        {"tag": "nope"},
        {"author": "abc"},
        {"author": "999999"},
        {"author": "-1"},
        {"author": "99999999999999999999999"},
        {"author": "²"},
        {"theme": "inclusion", "author": "abc"},
    ],
)
def test_unknown_filter_values_show_no_posts_and_a_way_back(client, posts, query):
    response = client.get(posts["index"].url, query)
    assert response.status_code == 200
    assert card_titles(response) == []
    html = response.content.decode()
    assert "No posts match your filters." in html
    assert "Clear all filters" in html


def test_empty_filter_values_are_ignored(client, posts):
    response = client.get(posts["index"].url, {"theme": "", "author": " ", "tag": ""})
    assert len(card_titles(response)) == 3


@pytest.fixture
def many_posts(site_tree):
    start = datetime.date(2024, 1, 1)
    for n in range(POSTS_PER_PAGE * 2 + 5):  # 25 posts: pages of 10, 10, 5
        BlogPageFactory(
            parent=site_tree.blog_index, title=f"Post {n:02d}", date=start + datetime.timedelta(days=n)
        )
    return site_tree.blog_index


@pytest.mark.parametrize(
    ("page", "first_title", "count"),
    [
        (None, "Post 24", 10),
        ("2", "Post 14", 10),
        ("3", "Post 04", 5),
        ("abc", "Post 24", 10),
        ("", "Post 24", 10),
        ("-1", "Post 04", 5),
        ("99999", "Post 04", 5),
    ],
)
def test_pagination_never_fails(client, many_posts, page, first_title, count):
    response = client.get(many_posts.url, {"page": page} if page is not None else {})
    assert response.status_code == 200
    titles = card_titles(response)
    assert titles[0] == first_title
    assert len(titles) == count
    assert "25 posts" in response.content.decode()


def test_pagination_links_keep_the_filters(client, site_tree):
    theme = ThemeFactory(slug="impact", name="Impact")
    for _ in range(POSTS_PER_PAGE + 1):
        BlogPageFactory(parent=site_tree.blog_index, themes=[theme])
    html = client.get(site_tree.blog_index.url, {"theme": "impact"}).content.decode()
    assert "?theme=impact&amp;page=2" in html
    assert "Page 1 of 2" in html
