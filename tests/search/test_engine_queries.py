"""What the hub asks of Elasticsearch or OpenSearch: an index and analyzer per language, and the
reader's candidate pages as the engine's own filters.

No engine runs here, so these tests read the index settings, the mappings and the query bodies
Wagtail's Elasticsearch 8 backend builds; none of them contacts a server (the URL is a closed
port). The live-engine test in test_backends_and_api.py runs against a real one when
SEARCH_URL names it.
"""

from datetime import datetime

import pytest
from django.utils import translation
from django.utils.timezone import make_aware
from wagtail.models import Locale

from blog.models import BlogPage
from search.backends.config import search_backends_from_url
from search.engine import build_query, candidate_pages, search_backend

LANGUAGES = ["en", "cy", "ur", "pl"]


def analyzer(backend):
    return backend.settings["settings"]["analysis"]["analyzer"]["default"]["filter"]


@pytest.fixture
def engines(settings):
    backends = search_backends_from_url("elasticsearch8://127.0.0.1:9/hubtest", languages=LANGUAGES)
    for name, params in backends.items():
        if name != "database":
            params["AUTO_UPDATE"] = False  # nothing is sent to the closed port while pages change
    settings.WAGTAILSEARCH_BACKENDS = backends
    return backends


def test_each_language_has_its_own_backend_index_and_analyzer():
    backends = search_backends_from_url("elasticsearch8://127.0.0.1:9200/hub", languages=LANGUAGES)
    assert sorted(backends) == ["database", "default", "engine-cy", "engine-pl", "engine-ur"]
    prefixes = [backends[name]["INDEX_PREFIX"] for name in ("default", "engine-cy", "engine-ur", "engine-pl")]
    assert prefixes == ["hub_", "hub_cy_", "hub_ur_", "hub_pl_"]

    def filters(name):
        return backends[name]["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]["default"]["filter"]

    assert "hub_english_stemmer" in filters("default")
    for name in ("engine-cy", "engine-ur", "engine-pl"):
        assert not any("english" in f for f in filters(name)), name
    assert "asciifolding" in filters("engine-cy") and "hub_welsh_stop" in filters("engine-cy")
    assert "decimal_digit" in filters("engine-ur") and "asciifolding" not in filters("engine-ur")
    assert "asciifolding" in filters("engine-pl")


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "expected"), [("en", "hub_english_stemmer"), ("cy", "hub_welsh_stop")])
def test_a_search_uses_the_readers_language_index(engines, site_tree, language, expected):
    with translation.override(language):
        backend = search_backend()
    assert expected in analyzer(backend)
    index = backend.get_index_for_model(BlogPage)
    assert index.name == ("hubtest_" if language == "en" else f"hubtest_{language}_") + "wagtailcore_page"
    # Text fields take the index's default analyzer: the language's, not one set per field.
    mapping = backend.mapping_class(BlogPage).get_mapping()
    assert mapping["properties"]["_all_text"] == {"type": "text"}


def _filters(body):
    """Every leaf filter of the query, flattened: [{"term": {...}}, ...]."""
    found = []

    def walk(node):
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            leaves = {"term", "terms", "range", "prefix", "match"} & set(node)
            if leaves:
                found.append(node)
            for value in node.values():
                walk(value)

    walk(body["bool"].get("filter"))
    return found


@pytest.mark.django_db
def test_the_candidates_are_the_engines_own_filters_not_a_list_of_ids(engines, corpus):
    locale = Locale.get_default()
    with translation.override("en"):
        backend = search_backend()
        pages = candidate_pages(locale, {"type": ["blogpage"], "year": ["2024"]})
        body = backend.search(build_query(["panel"]), pages).query_compiler.get_query()
    filters = _filters(body)
    assert {"term": {"live_filter": True}} in filters
    assert {"term": {"locale_id_filter": locale.pk}} in filters
    assert any("content_type_id_filter" in f.get("terms", {}) for f in filters)
    dates = [f["range"].get("first_published_at_filter") for f in filters if "range" in f]
    assert {"gte": make_aware(datetime(2024, 1, 1))} in dates
    assert {"lt": make_aware(datetime(2025, 1, 1))} in dates
    # The private section is left out by path, as Wagtail's public() says.
    assert {"prefix": {"path_filter": corpus.private.path}} in filters
    # No candidate ids are sent.
    assert not [f for f in filters if "id_filter" in f.get("terms", {})]


@pytest.mark.django_db
def test_a_theme_filter_sends_only_the_pages_carrying_the_theme(engines, corpus):
    locale = Locale.get_default()
    with translation.override("en"):
        pages = candidate_pages(locale, {"theme": ["inclusion-and-diversity"]})
        body = search_backend().search(build_query(["people"]), pages).query_compiler.get_query()
    sent = set()
    for f in _filters(body):
        sent.update(f.get("terms", {}).get("id_filter", []))
    assert {corpus.memory.pk, corpus.payments.pk} <= sent
    assert corpus.apps_study.pk not in sent and corpus.about.pk not in sent
