"""Wagtail's database search backend, taught one extra query type: ``Prefix``.

``Prefix`` is a plain-text word that the database backends match as a prefix of indexed
words. The hub sends the light stem of each word the reader typed, so "co-producing",
"co-produced" and "co-production" find each other on SQLite (whose FTS5 index has no
stemmer) and on PostgreSQL (where the English dictionary stems "producing" to "produc"
but "production" to "product"). Every other query type behaves exactly as in Wagtail.
Other backends (Elasticsearch, OpenSearch) see a ``Prefix`` as the ordinary ``PlainText``
it subclasses and stem it with their own analyzer.

Beyond that, on PostgreSQL matches come from a GIN index (search/migrations/0003) and a
relevance-ordered page of results ranks a bounded window (search/backends/rank_window.py);
on SQLite, ranking is one bm25 weighted by column.
"""

import operator
from functools import reduce

from django.db import connection
from modelsearch.backends.database import SearchBackend as _wagtail_database_backend
from modelsearch.query import PlainText


class Prefix(PlainText):
    def __init__(self, stem):
        super().__init__(stem, operator="and")


class HyphenatedPrefix(PlainText):
    """What a reader is typing when the last word is hyphenated: ["mental"] and "co-pro".

    On PostgreSQL the hyphenated word is matched as the start of one indexed hyphenated
    word ("co-production", "co-produced"), not as "co" and any word starting "pro", which
    matched almost every entry and was slow on a large hub. Other backends see the words
    with the hyphen as a space, as before.
    """

    def __init__(self, words, hyphenated):
        super().__init__(" ".join([*words, *hyphenated.split("-")]), operator="and")
        self.words = list(words)
        self.hyphenated = hyphenated


# The PostgreSQL function search/migrations/0003 creates and indexes: title || body.
DOCUMENT_FUNCTION = "hub_search_document"


def _escape_lexeme(text):
    return text.replace("\\", "\\\\").replace("'", "''")


def _postgres_backend(params):
    from django.contrib.postgres.search import SearchQuery, SearchVectorField
    from django.db.models import F, Func, IntegerField
    from django.db.models.functions import Cast
    from modelsearch.backends.database.postgres.postgres import (
        IndexEntry,
        PostgresAutocompleteQueryCompiler,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
    )
    from modelsearch.backends.database.postgres.query import Lexeme
    from modelsearch.query import Fuzzy, MatchAll, Not
    from modelsearch.utils import get_descendants_content_types_pks

    from search.backends.rank_window import RankWindow

    class HubPostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
        def build_tsquery_content(self, query, config=None, invert=False):
            if isinstance(query, Prefix):
                lexeme = Lexeme(query.query_string, invert=invert, prefix=True)
                return SearchQuery(lexeme, search_type="raw", config=config)
            return super().build_tsquery_content(query, config=config, invert=invert)

        def _document(self, prefix=""):
            """``hub_search_document(title, body)``: the expression search/migrations/0003 indexes.

            Wagtail matches ``(title || body) @@ query``, which no index covers, so every
            search scanned every index entry. The same vectors, joined by the function that
            the migration indexes with GIN, give the same matches from the index.
            """
            return Func(
                F(f"{prefix}title"),
                F(f"{prefix}body"),
                function=DOCUMENT_FUNCTION,
                output_field=SearchVectorField(),
            )

        def _matches(self, search_query):
            document = self._document("index_entries__")
            return self.queryset.annotate(_vector_=document).filter(_vector_=search_query)

        def search(self, config, start, stop, score_field=None, backend=None):
            if self.fields is not None or isinstance(self.query, (MatchAll, Not, Fuzzy)):
                return super().search(config, start, stop, score_field=score_field, backend=backend)
            search_query = self.build_tsquery(self.query, config=config)
            rank_expression = self._build_rank_expression(self.get_search_vectors(search_query), config)
            return self._apply_ordering_and_scoring(
                self._matches(search_query), rank_expression, start, stop, score_field
            )

        def _matching_entries(self, search_query):
            return (
                IndexEntry.objects.filter(
                    content_type_id__in=get_descendants_content_types_pks(self.queryset.model)
                )
                .annotate(_vector_=self._document())
                .filter(_vector_=search_query)
            )

        def matching_page_ids(self, backend):
            """A subquery of the ids of the pages whose index entries match (any page, not
            only the candidates): facet counts pair it with the search facts (search/facts.py)."""
            search_query = self.build_tsquery(self.query, config=self.get_config(backend))
            entries = self._matching_entries(search_query)
            return entries.values(hub_page=Cast("object_id", IntegerField()))

        def rank_window(self, backend, candidate_ids=None):
            """These matches in relevance order, ranking a bounded window (search/backends/rank_window.py).

            ``candidate_ids``, if given, is a subquery of the candidate pages' ids to check the
            window against instead of this search's page queryset (the same pages, read from
            the search facts on PostgreSQL, which answer a taxonomy filter from one column)."""
            config = self.get_config(backend)
            search_query = self.build_tsquery(self.query, config=config)
            entry_vectors = [(F("title"), F("title_norm")), (F("body"), 1.0)]
            rank_expression = self._build_rank_expression(entry_vectors, config)
            return RankWindow(
                self.queryset if candidate_ids is None else candidate_ids,
                self._matches(search_query),
                self._matching_entries(search_query),
                search_query,
                rank_expression,
            )

    class TsQueryText(SearchQuery):
        """A tsquery written as tsquery text (``'co-pro':*``) and cast, never parsed into words.

        ``to_tsquery`` would split a hyphenated word into a phrase of its parts.
        """

        template = "(%(expressions)s)::tsquery"

        def __init__(self, text):
            super().__init__(text, search_type="raw")

    class HubPostgresAutocompleteQueryCompiler(PostgresAutocompleteQueryCompiler):
        def build_tsquery_content(self, query, config=None, invert=False):
            if not isinstance(query, HyphenatedPrefix) or invert:
                return super().build_tsquery_content(query, config=config, invert=invert)
            typed = TsQueryText(f"'{_escape_lexeme(query.hyphenated)}':*")
            if not query.words:
                return typed
            words = [Lexeme(word) for word in query.words]
            return SearchQuery(reduce(operator.and_, words), search_type="raw", config=config) & typed

    class HubPostgresSearchBackend(PostgresSearchBackend):
        query_compiler_class = HubPostgresSearchQueryCompiler
        autocomplete_query_compiler_class = HubPostgresAutocompleteQueryCompiler

    return HubPostgresSearchBackend(params)


# SQLite FTS5 columns are (autocomplete, body, title). The autocomplete column holds the
# headline fields (title, summary, plain-English summary), so weighting it and the title
# above the body gives SQLite the "title and summary above body" ranking PostgreSQL gets
# from field boosts.
SQLITE_COLUMN_WEIGHTS = (4.0, 1.0, 6.0)


def _sqlite_backend(params):
    from django.db.models import F
    from modelsearch.backends.database.sqlite.query import BM25, Lexeme, SearchQueryExpression
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteFTSIndexEntry,
        SQLiteSearchBackend,
        SQLiteSearchQueryCompiler,
    )

    class WeightedBM25(BM25):
        def as_sql(self, compiler, connection, function=None, template=None):
            weights = ", ".join(str(float(w)) for w in SQLITE_COLUMN_WEIGHTS)
            return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, {weights})", []

    class HubSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
        def get_index_vectors(self):
            # One weighted bm25 over all columns. Wagtail's version adds bm25 x title_norm,
            # which lets any page with a short title outrank pages that match in their title.
            return [(F("index_entry__body"), 1.0)]

        def build_tsrank(self, vector, query, config=None, boost=1.0):
            # FTS5's bm25() scores a row against the whole MATCH expression, and is negative
            # (lower is better). Wagtail composes one per sub-query, (1 + a) x (1 + b) - 1 for
            # "every word", which with negative scores puts weak matches above strong ones.
            # One weighted bm25 orders the rows as FTS5 ranks them.
            return WeightedBM25() * boost if boost != 1.0 else WeightedBM25()

        def build_search_query_content(self, query, config=None):
            if isinstance(query, Prefix):
                return SearchQueryExpression(Lexeme(query.query_string, prefix=True), config=config)
            return super().build_search_query_content(query, config=config)

    class HubSQLiteSearchBackend(SQLiteSearchBackend):
        query_compiler_class = HubSQLiteSearchQueryCompiler

    return HubSQLiteSearchBackend(params)


def SearchBackend(params):  # noqa: N802 - Wagtail looks for this name
    if connection.vendor == "postgresql":
        return _postgres_backend(params)
    backend = _wagtail_database_backend(params)
    if type(backend).__name__ == "SQLiteSearchBackend":
        return _sqlite_backend(params)
    return backend
