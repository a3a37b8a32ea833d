"""Input that cannot be stored is a clear 400; health checks say whether the hub can serve."""

import pytest
from django.db import connection
from django.test import override_settings

from tests.factories import BlogPageFactory

pytestmark = pytest.mark.django_db

BAD_REQUEST_TEXT = "Sorry, we could not read that address"

# Production's cache backend with a real Redis client, pointed at a port where nothing listens.
UNREACHABLE_REDIS = {"BACKEND": "hub.cache_backend.ForgivingRedisCache", "LOCATION": "redis://127.0.0.1:9/0"}


@pytest.mark.parametrize(
    "address",
    [
        "/en/blog/?tag=%00",
        "/en/blog/?tag=care%00home",
        "/api/v2/pages/?locale=%00",
        "/en/search/?q=%00",
        "/en/search/?%00=1",
        "/en/blog/%00/",
    ],
)
def test_a_nul_byte_anywhere_in_the_address_is_a_400_with_the_hubs_page(client, site_tree, address):
    response = client.get(address)
    assert response.status_code == 400
    assert BAD_REQUEST_TEXT in response.content.decode()


def test_the_same_addresses_without_the_nul_byte_still_work(client, site_tree):
    BlogPageFactory(parent=site_tree.blog_index)
    assert client.get("/en/blog/?tag=care").status_code == 200
    assert client.get("/api/v2/pages/?locale=en").status_code == 200


def test_healthz_answers_while_the_process_is_up(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_readyz_answers_when_the_database_and_cache_answer(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


def test_readyz_is_503_when_the_cache_does_not_answer(client):
    # A real Redis client pointed at a port where nothing listens: the connection is refused.
    with override_settings(CACHES={"default": UNREACHABLE_REDIS}):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "ok", "cache": "failed"}


def test_with_redis_down_pages_are_still_served_from_the_database(client, site_tree):
    post = BlogPageFactory(parent=site_tree.blog_index, title="Meeting in the library")
    with override_settings(CACHES={"default": UNREACHABLE_REDIS}):
        listing = client.get(site_tree.blog_index.url)
        page = client.get(post.url)
    assert listing.status_code == 200 and "Meeting in the library" in listing.text
    assert page.status_code == 200 and "Meeting in the library" in page.text


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_with_the_database_down_readers_get_the_hubs_503_page(client, site_tree):
    """The database's address is changed to a closed port and the connection dropped: a real outage."""
    saved_port = connection.settings_dict["PORT"]
    connection.close()
    connection.settings_dict["PORT"] = "9"
    try:
        page = client.get("/en/blog/")
        ready = client.get("/readyz")
    finally:
        connection.close()
        connection.settings_dict["PORT"] = saved_port
    assert page.status_code == 503
    assert "Sorry, the service is unavailable" in page.content.decode()
    assert page["Retry-After"] == "60"
    assert ready.status_code == 503 and ready.json()["database"] == "failed"


@pytest.mark.parametrize("address", ["/en/", "/en/search/", "/healthz", "/admin/login/"])
def test_every_response_switches_off_browser_features_the_hub_does_not_use(client, site_tree, address):
    policy = client.get(address)["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in policy
