"""A search page's question to Elasticsearch or OpenSearch, in one request: the matches, their
total and every facet's counts.

Wagtail compiles the words and the candidates (live, public, language, searchable types)
into the engine's query. The hub adds the chosen filters, as a ``post_filter`` on the type,
the year and each page type's nested term fields, and the facet counts, as aggregations over
every match, each filtered by the other facets' choices. No page ids travel from PostgreSQL.
"""

from django.conf import settings
from modelsearch import index
from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend
from wagtail.models import Page

from search.registry import searchable_content_types, taxonomy_fields, term_names, year_range

TYPE_FIELD = "content_type_id_filter"  # the page's own content type, as Wagtail indexes it
YEAR_FIELD = "first_published_at_filter"
MAX_TERMS = 200  # options counted per facet: far more than any facet offers


class EngineMatches(list):
    """The best matches' ids (a list, at most ``size``), with the engine's total and facet rows:
    (facet, value, label, count), as search.facets reads them from SQL."""

    def __init__(self, ids, total, facet_rows):
        super().__init__(ids)
        self.total = total
        self.facet_rows = facet_rows


def related_fields(model, relation):
    """The model's ``index.RelatedFields`` for a facet's relation (with ``FilterField("slug")``)."""
    return next(
        f
        for f in model.get_search_fields()
        if isinstance(f, index.RelatedFields) and f.field_name == relation
    )


def nested_paths(backend):
    """{facet key: [nested path, ...]}: one per page type with that facet, as the backend's
    mapping names it ("blog_blogpage__themes"; the terms' slugs are under "<path>.slug_filter")."""
    return {
        key: [backend.mapping_class(m).get_field_column_name(related_fields(m, r)) for m, r in pairs]
        for key, pairs in taxonomy_fields().items()
    }


def _year_range(year):
    start, end = year_range(year)
    return {"range": {YEAR_FIELD: {"gte": start.isoformat(), "lt": end.isoformat()}}}


def _any_of(clauses):
    return {"bool": {"should": clauses, "minimum_should_match": 1}}


def filter_clauses(filters, paths):
    """{facet key: the engine's filter for the reader's choices}: OR within a facet."""
    clauses = {}
    if filters.get("type"):
        types = searchable_content_types()
        clauses["type"] = {
            "terms": {TYPE_FIELD: [types[key][0].pk for key in filters["type"] if key in types]}
        }
    if filters.get("year"):
        clauses["year"] = _any_of([_year_range(int(year)) for year in filters["year"]])
    for key in paths:
        if filters.get(key):
            clauses[key] = _any_of(
                [
                    {"nested": {"path": p, "query": {"terms": {f"{p}.slug_filter": filters[key]}}}}
                    for p in paths[key]
                ]
            )
    return clauses


def aggregations(clauses, paths, facet_keys):
    """One filtered aggregation per facet: counted over the matches that pass every other facet's
    filter, so its own options stay offered with their counts."""
    aggs = {}
    for key in facet_keys:
        others = [clause for other, clause in clauses.items() if other != key]
        if key == "type":
            counts = {"values": {"terms": {"field": TYPE_FIELD, "size": MAX_TERMS}}}
        elif key == "year":
            # In the site's time zone, so years are counted as the database counts them.
            years = {"field": YEAR_FIELD, "calendar_interval": "year", "format": "yyyy", "min_doc_count": 1}
            counts = {"values": {"date_histogram": {**years, "time_zone": settings.TIME_ZONE}}}
        else:
            counts = {
                f"terms_{n}": {
                    "nested": {"path": p},
                    "aggs": {"values": {"terms": {"field": f"{p}.slug_filter", "size": MAX_TERMS}}},
                }
                for n, p in enumerate(paths[key])
            }
        aggs[key] = {"filter": {"bool": {"filter": others}}, "aggs": counts}
    return aggs


def search_body(backend, query, pages, filters, facet_keys, order_by_relevance=True, size=1000):
    """The request body: Wagtail's compiled query over ``pages`` (the unfiltered candidates), the
    reader's filters after it and the facets' aggregations beside it."""
    compiler = backend.search(query, pages, order_by_relevance=order_by_relevance).query_compiler
    paths = nested_paths(backend)
    clauses = filter_clauses(filters, paths)
    body = {
        "query": compiler.get_query(),
        "aggs": aggregations(clauses, paths, facet_keys),
        "size": size,
        "track_total_hits": True,
        "_source": False,
        "stored_fields": ["pk"],
    }
    if clauses:
        body["post_filter"] = {"bool": {"filter": list(clauses.values())}}
    if not order_by_relevance and compiler.get_sort():
        body["sort"] = compiler.get_sort()
    return body


def run(backend, body):
    """Send the body; Elasticsearch 8's client takes its parts as arguments, older ones a body."""
    index_name = backend.get_index_for_model(Page).name
    if isinstance(backend, Elasticsearch8SearchBackend):
        return backend.es.search(index=index_name, **body)
    return backend.es.search(index=index_name, body=body)


def _buckets(aggregation):
    """The buckets of a facet's aggregation: its own, or those of each page type's nested part."""
    if "values" in aggregation:
        return aggregation["values"]["buckets"]
    return [
        b
        for name, part in aggregation.items()
        if name.startswith("terms_")
        for b in part["values"]["buckets"]
    ]


def read_response(response, locale):
    """EngineMatches from the engine's answer: ids in order, the total and the facet rows."""
    hits = response["hits"]
    rows = [("total", "", "", hits["total"]["value"])]
    type_ids = {str(content_type.pk) for content_type, _ in searchable_content_types().values()}
    for key, aggregation in response.get("aggregations", {}).items():
        buckets = _buckets(aggregation)
        if key == "type":
            rows += [
                ("type", str(b["key"]), "", b["doc_count"]) for b in buckets if str(b["key"]) in type_ids
            ]
        elif key == "year":
            rows += [("year", b["key_as_string"], "", b["doc_count"]) for b in buckets]
        else:
            names = term_names(key, {b["key"] for b in buckets}, locale)
            rows += [(key, b["key"], names[b["key"]], b["doc_count"]) for b in buckets if b["key"] in names]
    return EngineMatches([int(hit["fields"]["pk"][0]) for hit in hits["hits"]], hits["total"]["value"], rows)
