"""Matching and ranking on Wagtail's database search index, in the hub's own SQL.

Wagtail's database backends keep one index entry per object (``wagtail.search.models.
IndexEntry``: title, body and autocomplete text, as tsvectors on PostgreSQL and in an FTS5
table on SQLite). The hub indexes through those backends, and reads the entries itself,
because it needs three things their query compilers do not offer:

* a word's light stem matched as the start of indexed words (``Prefix``), so "paying"
  finds "payment" and, on SQLite (no stemmer), "co-producing" finds "co-production";
* on PostgreSQL, a match answered from the GIN index of ``hub_search_document(title,
  body)`` (search/migrations/0003), where Wagtail's ``title || body`` reads every entry;
* only the page of results shown is ranked, while counts and facets read the matches
  unranked.

Queries are trees of modelsearch's own classes (``PlainText``, ``And``, ``Or``), so the
same tree goes to Elasticsearch or OpenSearch through Wagtail's public ``search()``.
"""

import operator
from functools import reduce

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
from django.db import connection
from django.db.models import F, Func, IntegerField
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from django.utils.translation import get_language
from modelsearch.backends.database.postgres.weights import get_sql_weights
from modelsearch.query import And, PlainText
from wagtail.search.models import IndexEntry

from search.index_backend import config_for_language
from search.registry import searchable_content_types

# SQLite FTS5 columns are (autocomplete, body, title); the autocomplete column holds the
# headline fields (title, summary), so weighting it and the title above the body ranks
# "title and summary above body", as PostgreSQL's field weights do.
SQLITE_WEIGHTS = "4.0, 1.0, 6.0"


class Prefix(PlainText):
    """A word stem matched as the start of indexed words; other backends see plain text."""

    def __init__(self, stem):
        super().__init__(stem, operator="and")


class HyphenatedPrefix(Prefix):
    """A hyphenated word being typed ("co-pro"), matched on PostgreSQL as the start of one
    hyphenated indexed word ("co-production"), not as "co" and any word starting "pro"."""


def _page_entries():
    types = [content_type.pk for content_type, _model in searchable_content_types().values()]
    return IndexEntry.objects.filter(content_type_id__in=types).annotate(
        page_id=Cast("object_id", IntegerField())
    )


class _TsQueryText(SearchQuery):
    """tsquery text cast as it is: ``to_tsquery`` would split "co-pro" into a phrase of its parts."""

    template = "(%(expressions)s)::tsquery"

    def __init__(self, text):
        super().__init__(text, search_type="raw")


def _tsquery(query, config):
    if isinstance(query, Prefix):
        text = "'" + query.query_string.replace("\\", "\\\\").replace("'", "''") + "':*"
        if isinstance(query, HyphenatedPrefix):
            return _TsQueryText(text)
        return SearchQuery(text, search_type="raw", config=config)
    if isinstance(query, PlainText):
        return SearchQuery(query.query_string, search_type="plain", config=config)
    combine = operator.and_ if isinstance(query, And) else operator.or_
    return reduce(combine, [_tsquery(part, config) for part in query.subqueries])


def _fts5(query):
    """An FTS5 match expression; every word is quoted, so nothing typed is FTS5 syntax."""
    if isinstance(query, PlainText):
        word = '"' + query.query_string.replace('"', '""') + '"'
        return word + "*" if isinstance(query, Prefix) else word
    joiner = " AND " if isinstance(query, And) else " OR "
    return "(" + joiner.join(_fts5(part) for part in query.subqueries) + ")"


class _PostgresMatch:
    def __init__(self, query, autocomplete):
        if autocomplete:  # the headline fields, indexed without stemming
            self.tsquery = _tsquery(query, "simple")
            document, self.ranks = F("autocomplete"), [(F("autocomplete"), 1.0)]
        else:
            self.tsquery = _tsquery(query, config_for_language(get_language()))
            document = Func(
                F("title"), F("body"), function="hub_search_document", output_field=SearchVectorField()
            )
            self.ranks = [(F("title"), F("title_norm")), (F("body"), 1.0)]
        self.entries = _page_entries().annotate(document=document).filter(document=self.tsquery)

    def page_ids(self):
        return self.entries.values("page_id")

    def ranked(self, candidates, start, stop):
        weights = get_sql_weights()  # the weights Wagtail gives each field's boost when indexing
        rank = reduce(
            operator.add,
            [SearchRank(vector, self.tsquery, weights=weights) * boost for vector, boost in self.ranks],
        )
        ranked = self.entries.filter(page_id__in=candidates.values("pk")).annotate(rank=rank)
        return list(ranked.order_by("-rank", "-page_id").values_list("page_id", flat=True)[start:stop])


class _SQLiteMatch:
    def __init__(self, query, autocomplete):
        self.expression = ("autocomplete : " if autocomplete else "") + _fts5(query)
        self.table = connection.ops.quote_name(f"{IndexEntry._meta.db_table}_fts")

    def page_ids(self):
        sql = f"SELECT rowid FROM {self.table} WHERE {self.table} MATCH %s"  # noqa: S608 - the model's table
        rows = RawSQL(sql, [self.expression])  # noqa: S611
        return _page_entries().filter(pk__in=rows).values("page_id")

    def ranked(self, candidates, start, stop):
        entries = connection.ops.quote_name(IndexEntry._meta.db_table)
        page_sql, page_params = _page_entries().values("pk").query.sql_with_params()
        candidate_sql, candidate_params = candidates.order_by().values("pk").query.sql_with_params()
        sql = (
            f"SELECT CAST(entry.object_id AS integer) AS page FROM {self.table} "  # noqa: S608 - model tables
            f"JOIN {entries} entry ON entry.id = {self.table}.rowid "
            f"WHERE {self.table} MATCH %s AND entry.id IN ({page_sql}) AND page IN ({candidate_sql}) "
            f"ORDER BY bm25({self.table}, {SQLITE_WEIGHTS}), page DESC LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [self.expression, *page_params, *candidate_params, stop - start, start])
            return [row[0] for row in cursor.fetchall()]


def match(query, autocomplete=False):
    """The index entries of pages matching ``query`` (a modelsearch query tree), in the reader's
    language: ``page_ids()``, a subquery of their page ids, and ``ranked(candidates, start,
    stop)``, that slice of the candidates among them, best first. ``autocomplete`` matches
    the headline fields instead of the whole text."""
    if connection.vendor == "postgresql":
        return _PostgresMatch(query, autocomplete)
    return _SQLiteMatch(query, autocomplete)
