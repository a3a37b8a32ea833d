"""What a shared cache may keep: public pages for everyone, never anything personal."""

import pytest
from django.contrib.auth import get_user_model

from tests.casestudies import community_kit as kit
from tests.casestudies.community_kit import form_data, send, share_url
from tests.factories import BlogPageFactory

pytestmark = pytest.mark.django_db
community = kit.community

PUBLIC = "public, max-age=60, s-maxage=3600"
PRIVATE = "private, no-cache"


def test_an_anonymous_page_is_public_with_an_etag_and_no_cookie_variation(client, site_tree):
    BlogPageFactory(parent=site_tree.blog_index, title="Paying public contributors")
    response = client.get("/en/blog/")
    assert response.status_code == 200
    assert response["Cache-Control"] == PUBLIC
    assert response.has_header("ETag")
    assert "cookie" not in response.get("Vary", "").lower()
    assert not response.cookies


def test_a_reader_who_has_the_page_gets_304_not_modified(client, site_tree):
    etag = client.get("/en/blog/")["ETag"]
    again = client.get("/en/blog/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""


def test_an_address_with_a_query_string_is_kept_for_five_minutes_at_most(client, site_tree):
    response = client.get("/en/blog/?page=1")
    assert response["Cache-Control"] == "public, max-age=60, s-maxage=300"


def test_pages_the_clock_changes_are_kept_for_five_minutes_at_most(client, site_tree):
    """An event leaves "upcoming" when it ends and a role closes at midnight with no publish to
    purge them, so the proxy must not keep these for the usual hour."""
    from tests.factories import (
        EventIndexPageFactory,
        EventPageFactory,
        OpportunityIndexPageFactory,
        OpportunityPageFactory,
    )

    events = EventIndexPageFactory(parent=site_tree.home, slug="events")
    EventPageFactory(parent=events, slug="course")
    roles = OpportunityIndexPageFactory(parent=site_tree.home, slug="opportunities")
    OpportunityPageFactory(parent=roles, slug="panel")
    clock_sensitive = [
        "/en/events/",
        "/en/events/calendar/",
        "/en/events/course/",
        "/en/events/course/add-to-calendar/",
        "/en/opportunities/",
        "/en/opportunities/feed/rss/",
        "/en/opportunities/panel/",
    ]
    for path in clock_sensitive:
        response = client.get(path)
        assert response.status_code == 200, path
        assert response["Cache-Control"] == "public, max-age=60, s-maxage=300", path
    assert client.get("/en/blog/")["Cache-Control"] == PUBLIC
    # A form under such a page stays private.
    assert client.get("/en/opportunities/panel/register-interest/")["Cache-Control"].startswith("private")


def test_the_proxy_time_is_a_setting(client, site_tree, settings):
    settings.HUB_PROXY_CACHE_SECONDS = 120
    settings.HUB_BROWSER_CACHE_SECONDS = 10
    assert client.get("/en/blog/")["Cache-Control"] == "public, max-age=10, s-maxage=120"


def test_a_signed_in_editor_never_gets_a_public_page(client, site_tree):
    editor = get_user_model().objects.create_user("editor", password="x" * 12, is_staff=True)
    client.force_login(editor)
    response = client.get("/en/blog/")
    assert response.status_code == 200
    assert response["Cache-Control"] == PRIVATE


def test_a_reader_with_a_session_gets_a_private_page(client, site_tree):
    session = client.session
    session["anything"] = "kept"
    session.save()
    assert client.get("/en/blog/")["Cache-Control"] == PRIVATE


def test_not_found_is_not_kept(client, site_tree):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert response["Cache-Control"] == PRIVATE


def test_the_share_form_with_its_form_token_is_never_stored(client, community):
    response = client.get(share_url(community))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_a_private_status_page_is_never_stored(client, community, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        sent = send(client, community, form_data(community))
    client.cookies.clear()  # Opened later from the email, with no session.
    response = client.get(sent["Location"])
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_the_admin_login_page_is_private(client, db):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "public" not in response["Cache-Control"]
    assert "private" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
