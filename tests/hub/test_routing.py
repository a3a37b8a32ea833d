"""Pages are found by their path from a remembered route, and never by a route older than the tree."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests.factories import BlogPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def page_queries(client, path):
    """The queries that walk the tree (a child looked up by its slug), and the response."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    return [q for q in queries if '"wagtailcore_page"."slug" =' in q["sql"]], response


def test_a_deep_page_is_found_without_walking_the_tree_once_its_route_is_known(client, site_tree):
    guide = StandardPageFactory(parent=site_tree.home, title="Get involved", slug="get-involved")
    StandardPageFactory(parent=guide, title="Payment for your time", slug="payment")
    walked, first = page_queries(client, "/en/get-involved/payment/")
    remembered, second = page_queries(client, "/en/get-involved/payment/")

    assert first.status_code == second.status_code == 200
    assert "Payment for your time" in second.text
    assert len(walked) == 2  # one lookup per level below the home page
    assert remembered == []


def test_a_pages_own_routes_are_kept(client, site_tree):
    BlogPageFactory(parent=site_tree.blog_index, title="Paying contributors")
    for _ in range(2):
        response = client.get("/en/blog/feed/rss/")
        assert response.status_code == 200
        assert "Paying contributors" in response.text


def test_a_known_page_is_served_without_reading_it_or_its_restrictions_again(client, site_tree):
    StandardPageFactory(parent=site_tree.home, title="Payment for your time", slug="payment")
    client.get("/en/payment/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/payment/")

    assert "Payment for your time" in response.text
    tables = " ".join(q["sql"] for q in queries)
    assert "wagtailcore_pageviewrestriction" not in tables
    assert "hub_standardpage" not in tables


def test_an_unpublished_page_is_gone_once_the_change_is_committed(
    client, site_tree, django_capture_on_commit_callbacks
):
    post = BlogPageFactory(parent=site_tree.blog_index, title="Paying contributors", slug="paying")
    assert client.get("/en/blog/paying/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        post.unpublish()
    assert client.get("/en/blog/paying/").status_code == 404


def test_a_known_page_made_private_asks_for_its_password_at_once(
    client, site_tree, django_capture_on_commit_callbacks
):
    page = StandardPageFactory(parent=site_tree.home, title="Panel notes", slug="panel-notes")
    assert "Panel notes" in client.get("/en/panel-notes/").text
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="s3cret-panel"
        )

    response = client.get("/en/panel-notes/")
    assert "Panel notes" not in response.text
    assert 'name="password"' in response.text


def test_a_moved_page_is_served_at_its_new_path_only(client, site_tree, django_capture_on_commit_callbacks):
    guide = StandardPageFactory(parent=site_tree.home, title="Get involved", slug="get-involved")
    payment = StandardPageFactory(parent=site_tree.home, title="Payment for your time", slug="payment")
    assert client.get("/en/payment/").status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        payment.move(guide, pos="last-child")

    old_address = client.get("/en/payment/")  # Wagtail's redirect from the old path, not the page
    assert (old_address.status_code, old_address["Location"]) == (301, "/en/get-involved/payment/")
    assert "Payment for your time" in client.get("/en/get-involved/payment/").text


def test_signed_in_editors_route_as_wagtail_does(client, site_tree, admin_user):
    StandardPageFactory(parent=site_tree.home, title="Payment for your time", slug="payment")
    client.force_login(admin_user)
    walked, _ = page_queries(client, "/en/payment/")
    again, response = page_queries(client, "/en/payment/")
    assert response.status_code == 200
    assert len(again) == len(walked) == 1
