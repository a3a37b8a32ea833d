"""What the hub asks of Elasticsearch or OpenSearch: an index and analyzer per language, the
reader's candidate pages and chosen filters as the engine's own filters, and the facet counts as
its aggregations.

No engine runs here, so these tests read the index settings, the mappings and the query bodies
Wagtail's Elasticsearch 8 backend builds; none of them contacts a server (the URL is a closed
port). The live-engine test in test_backends_and_api.py runs against a real one when
SEARCH_URL names it.
"""

import re
from datetime import datetime

import pytest
from django.utils import translation
from django.utils.timezone import make_aware
from wagtail.models import Locale

from blog.models import BlogPage
from search.backend_settings import search_backends_from_url
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


def _walk(node):
    """Every dict in a request body."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item)


def _nested_paths(clause):
    return {node["nested"]["path"] for node in _walk(clause) if "nested" in node}


@pytest.mark.django_db
def test_filters_and_facet_counts_are_the_engines_own_no_page_ids_are_sent(engines, corpus):
    from search import engine_search
    from search.engine import FACET_KEYS

    filters = {"theme": ["inclusion-and-diversity"], "type": ["casestudypage", "blogpage"], "year": ["2023"]}
    with translation.override("en"):
        backend = search_backend()
        body = engine_search.search_body(
            backend, build_query(["people"]), candidate_pages(), filters, FACET_KEYS
        )
    # No page ids anywhere: not for the candidates, not for the theme.
    assert not [node for node in _walk(body) if "id_filter" in node.get("terms", {})]
    # The reader's choices filter the hits after the facets are counted.
    chosen = body["post_filter"]["bool"]["filter"]
    assert "casestudies_casestudypage__themes" in _nested_paths(chosen)
    assert {"terms": {"casestudies_casestudypage__themes.slug_filter": ["inclusion-and-diversity"]}} in list(
        _walk(chosen)
    )
    # Each facet is counted with every other facet's choice, never its own.
    theme = body["aggs"]["theme"]
    assert not _nested_paths(theme["filter"])  # the theme choice is left out of the theme counts
    assert any("content_type_id_filter" in node.get("terms", {}) for node in _walk(theme["filter"]))
    assert any("first_published_at_filter" in node.get("range", {}) for node in _walk(theme["filter"]))
    assert "casestudies_casestudypage__themes" in _nested_paths(body["aggs"]["type"]["filter"])
    assert not any(
        "content_type_id_filter" in n.get("terms", {}) for n in _walk(body["aggs"]["type"]["filter"])
    )
    # Regions are counted on every page type that has one.
    assert {part["nested"]["path"] for part in body["aggs"]["region"]["aggs"].values()} == {
        "casestudies_casestudypage__region",
        "casestudies_sharedlearningpage__region",
        "events_eventpage__region",
        "opportunities_opportunitypage__region",
    }
    assert body["track_total_hits"] is True


def _engine_answer(hits, total, aggregations):
    """A stand-in for Elasticsearch's answer (no engine runs here), shaped as its API documents."""
    return {
        "hits": {"total": {"value": total}, "hits": [{"fields": {"pk": [str(pk)]}} for pk in hits]},
        "aggregations": aggregations,
    }


@pytest.fixture
def engine_answers(monkeypatch):
    """engine_answers(answer) -> the requests sent: the real Elasticsearch client checks and
    encodes each request, which is kept, and is answered with ``answer`` where it would reach
    the network."""
    from elastic_transport import ApiResponseMeta, HttpHeaders, NodeConfig, ObjectApiResponse
    from elasticsearch import Elasticsearch

    sent = []

    def answer_with(answer):
        def perform_request(self, method, path, *, params=None, headers=None, body=None, **parts):
            sent.append({"method": method, "path": path, "params": params or {}, "body": body})
            meta = ApiResponseMeta(200, "1.1", HttpHeaders(), 0.0, NodeConfig("http", "127.0.0.1", 9))
            return ObjectApiResponse(body=answer, meta=meta)

        monkeypatch.setattr(Elasticsearch, "perform_request", perform_request)
        return sent

    return answer_with


def _buckets(**counts):
    return {"buckets": [{"key": key, "doc_count": n} for key, n in counts.items()]}


@pytest.mark.django_db
def test_the_search_page_shows_the_engines_matches_and_facet_counts(engines, corpus, client, engine_answers):
    from search.registry import searchable_content_types

    case_study_type = searchable_content_types()["casestudypage"][0].pk
    answer = _engine_answer(
        [corpus.memory.pk],
        1,
        {
            "type": {"values": {"buckets": [{"key": case_study_type, "doc_count": 7}]}},
            "year": {"values": {"buckets": [{"key_as_string": "2023", "doc_count": 7}]}},
            "theme": {
                "terms_0": {"values": _buckets(**{"inclusion-and-diversity": 4, "digital-technologies": 2})},
                "terms_1": {"values": _buckets(**{"inclusion-and-diversity": 1})},
            },
            "approach": {"terms_0": {"values": _buckets(**{"co-production": 3})}},
            "topic": {"terms_0": {"values": _buckets(dementia=3)}},
            "region": {"terms_0": {"values": _buckets(**{"north-west": 3, "no-such-region": 9})}},
        },
    )
    sent = engine_answers(answer)
    html = client.get("/en/search/?q=people&theme=inclusion-and-diversity").content.decode()

    [request] = sent
    assert (request["method"], request["path"]) == ("POST", "/hubtest_wagtailcore_page/_search")
    assert sorted(request["body"]) == [
        "_source",
        "aggs",
        "post_filter",
        "query",
        "size",
        "stored_fields",
        "track_total_hits",
    ]
    assert not [node for node in _walk(request["body"]) if "id_filter" in node.get("terms", {})]
    assert "Memory cafe partners" in html
    # Counts as the engine gave them: a theme summed over its page types; an unknown term left out.
    options = [
        re.sub(r"<[^>]+>", "", label) for label in re.findall(r'checkboxes__label"[^>]*>(.*?)</label>', html)
    ]
    assert options == [
        "Case studies (7)",
        "Inclusion and diversity (5)",
        "Digital technologies (2)",
        "Co-production (3)",
        "Dementia (3)",
        "North West (3)",
        "2023 (7)",
    ]


@pytest.mark.django_db
def test_when_the_engine_cannot_be_reached_the_database_answers_with_the_filters(engines, corpus, client):
    html = client.get("/en/search/?q=dementia&theme=inclusion-and-diversity").content.decode()
    assert "Memory cafe partners" in html  # found by the database backend, filtered by theme
    assert "Testing a mood app" not in html


@pytest.mark.django_db
def test_the_read_apis_search_sends_its_filters_to_the_engine_not_page_ids(
    engines, corpus, client, engine_answers
):
    sent = engine_answers(_engine_answer([corpus.memory.pk], 1, {}))
    response = client.get("/api/v2/pages/?search=people&theme=inclusion-and-diversity")
    assert [item["title"] for item in response.json()["items"]] == ["Memory cafe partners"]
    [request] = sent
    chosen = request["body"]["post_filter"]["bool"]["filter"]
    assert "casestudies_casestudypage__themes" in _nested_paths(chosen)
    assert not [node for node in _walk(request["body"]) if "id_filter" in node.get("terms", {})]


def test_every_faceted_relation_indexes_its_terms_slugs_for_the_engine():
    """A page type with a facet's relation (themes, topic, ...) is faceted by the engine only if
    its search fields index the terms' slugs to filter on."""
    from modelsearch import index

    from search.engine_search import related_fields
    from search.registry import taxonomy_fields

    pairs = [pair for pairs in taxonomy_fields().values() for pair in pairs]
    assert len(pairs) >= 6
    for model, relation in pairs:
        subfields = related_fields(model, relation).fields
        assert any(isinstance(f, index.FilterField) and f.field_name == "slug" for f in subfields), (
            model,
            relation,
        )
