"""SEARCH_URL settings, falling back when an engine is down, the read API, and live engines."""

import logging
import os
import re

import pytest
from django.core.management import call_command

from search.backend_settings import DATABASE_BACKEND, SearchURLError, search_backends_from_url
from tests.search.test_search_page import search_titles

# --- SEARCH_URL -----------------------------------------------------------------------------


def test_no_search_url_means_the_database_backend():
    assert search_backends_from_url("") == {"default": DATABASE_BACKEND}
    assert DATABASE_BACKEND["SEARCH_CONFIG"] == "english"


@pytest.mark.parametrize(
    ("url", "backend", "engine_url", "prefix"),
    [
        (
            "elasticsearch8://localhost:9200",
            "wagtail.search.backends.elasticsearch8",
            "http://localhost:9200",
            "hub_",
        ),
        (
            "es://search:9200/hubprod",
            "wagtail.search.backends.elasticsearch8",
            "http://search:9200",
            "hubprod_",
        ),
        (
            "opensearch2+https://user:secret@os.example.org:9200/hub",
            "wagtail.search.backends.opensearch2",
            "https://user:secret@os.example.org:9200",
            "hub_",
        ),
        (
            "elasticsearch9://127.0.0.1:9201",
            "wagtail.search.backends.elasticsearch9",
            "http://127.0.0.1:9201",
            "hub_",
        ),
    ],
)
def test_search_url_selects_an_engine_and_keeps_the_database_backend(url, backend, engine_url, prefix):
    backends = search_backends_from_url(url)
    assert backends["default"]["BACKEND"] == backend
    assert backends["default"]["URLS"] == [engine_url]
    assert backends["default"]["INDEX_PREFIX"] == prefix
    analyzer = backends["default"]["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]["default"]
    assert "hub_english_stemmer" in analyzer["filter"]
    # A taxonomy filter goes to the engine as the ids of its pages: room for a hub of many pages.
    assert backends["default"]["INDEX_SETTINGS"]["settings"]["index"]["max_terms_count"] >= 500_000
    assert backends["database"] == DATABASE_BACKEND


def test_unknown_engine_is_a_clear_configuration_error():
    with pytest.raises(SearchURLError):
        search_backends_from_url("solr://localhost:8983")


# --- Falling back when the engine cannot be reached ----------------------------------------


@pytest.fixture
def engine_down(settings):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "tests.search.failing_backend", "AUTO_UPDATE": False},
        "database": DATABASE_BACKEND,
    }


@pytest.mark.django_db
def test_searches_fall_back_to_the_database_and_log(client, corpus, engine_down, caplog):
    with caplog.at_level(logging.ERROR, logger="hub.search"):
        assert search_titles(client, q="co-producing") == ["Memory cafe partners"]
    assert "answering from the database backend" in caplog.text
    response = client.get("/en/search/suggest/", {"q": "memo"})
    assert response.json()["suggestions"][0]["title"] == "Memory cafe partners"
    api = client.get("/api/v2/pages/", {"search": "dementia"})
    assert api.status_code == 200
    assert [item["title"] for item in api.json()["items"]] == ["Memory cafe partners"]


# --- Read API v2 ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_api_search_with_filters(client, corpus):
    response = client.get("/api/v2/pages/", {"search": "people", "theme": "inclusion-and-diversity"})
    assert response.status_code == 200
    titles = sorted(item["title"] for item in response.json()["items"])
    assert titles == ["Memory cafe partners", "Paying public contributors on time"]

    response = client.get("/api/v2/pages/", {"search": "co-producing", "type": "casestudies.CaseStudyPage"})
    assert response.status_code == 200, response.content
    items = response.json()["items"]
    assert [item["title"] for item in items] == ["Memory cafe partners"]
    assert items[0]["meta"]["type"] == "casestudies.CaseStudyPage"

    response = client.get("/api/v2/pages/", {"region": "wales", "year": "2024"})
    assert [item["title"] for item in response.json()["items"]] == ["Testing a mood app with young people"]


@pytest.mark.django_db
def test_api_hides_drafts_and_private_pages(client, corpus):
    response = client.get("/api/v2/pages/", {"search": "dementia"})
    assert [item["title"] for item in response.json()["items"]] == ["Memory cafe partners"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {"search": ""},
        {"search": "'; DROP TABLE x; --"},
        {"search": "x" * 10_000},
        {"search": "dementia", "theme": "no-such-theme"},
        {"search": "dementia", "year": "abc"},
        {"search": "dementia", "sort": "sideways"},
        {"search": "dementia", "order": "-first_published_at"},
        {"search": "😀", "type": "blog.BlogPage"},
    ],
)
def test_api_bad_input_is_a_clean_answer(client, corpus, params):
    response = client.get("/api/v2/pages/", params)
    assert response.status_code in (200, 400)
    assert "Traceback" not in response.content.decode()


# --- Index maintenance ----------------------------------------------------------------------


@pytest.mark.django_db
def test_update_index_rebuilds_the_database_index(client, corpus):
    call_command("update_index", verbosity=0)
    assert search_titles(client, q="co-producing") == ["Memory cafe partners"]


# --- A live Elasticsearch / OpenSearch --------------------------------------------------------

SEARCH_URL = os.environ.get("SEARCH_URL", "")


@pytest.mark.skipif(not SEARCH_URL, reason="set SEARCH_URL to a live Elasticsearch or OpenSearch to run")
@pytest.mark.django_db
def test_live_engine_indexes_and_finds(client, corpus, settings):
    backends = search_backends_from_url(SEARCH_URL)
    backends["default"]["INDEX_PREFIX"] = "hubtest_"
    settings.WAGTAILSEARCH_BACKENDS = backends
    call_command("update_index", verbosity=0)
    assert search_titles(client, q="memory cafe") == ["Memory cafe partners"]
    assert "Paying public contributors on time" in search_titles(client, q="payments")
    # Filters and facet counts answered by the engine: the theme's own options stay offered.
    html = client.get("/en/search/?q=people&theme=inclusion-and-diversity").content.decode()
    assert "Memory cafe partners" in html and "Testing a mood app" not in html
    assert re.search(r"Digital technologies\s*<span[^>]*>\(1\)", html)
    corpus.memory.unpublish()
    assert search_titles(client, q="memory cafe") == []
