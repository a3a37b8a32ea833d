"""Relevance order on PostgreSQL that ranks a bounded window of matches in full.

Ranking reads each match's whole body vector, which is stored out of line, so ranking
all 22,000 matches of a common word at 100,000 pages took longer than the rest of the
search. Like a search engine's rescoring window, the hub ranks in full only a window of
matches chosen cheaply from the index entries alone: the first ``RANK_WINDOW`` entries
matching the words, those with the words in their title first, then the most recently
indexed. The order of all the results is then:

1. the reader's candidate pages in the window, by Wagtail's full rank (newest page first
   on a tie);
2. every other matching candidate, title matches first, then the most recently indexed.

When the words match no more than ``RANK_WINDOW`` index entries (every search on a site
of a few thousand pages) the order is exactly Wagtail's. The window is fixed for a
search, so pages of results never overlap or skip a match. A page of results inside the
window is one query whatever the number of matches.
"""

from django.contrib.postgres.search import SearchVectorExact
from django.db.models import F, IntegerField
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from django.utils.functional import cached_property

RANK_WINDOW = 1000


class RankWindow:
    def __init__(self, candidates, pages, entries, search_query, rank_expression):
        """``candidates``: the reader's candidate pages (or their search facts, keyed by page
        id); ``pages``: those matching the words;
        ``entries``: the index entries matching them; ``rank_expression``: Wagtail's rank over
        index entry fields."""
        self.candidates = candidates
        self.entries = entries
        self.rank_expression = rank_expression
        self.pages = pages
        self.search_query = search_query
        self.entry_order = entries.annotate(
            hub_title_hit=SearchVectorExact(F("title"), search_query)
        ).order_by("-hub_title_hit", "-pk")
        self._window = None

    @cached_property
    def page_order(self):
        """The matching pages in the window's cheap order, for the matches beyond it."""
        return self.pages.annotate(
            hub_entry=F("index_entries__id"),
            hub_title_hit=SearchVectorExact(F("index_entries__title"), self.search_query),
        ).order_by("-hub_title_hit", "-hub_entry")

    def window(self):
        """The ids of the index entries in the window, in the cheap order (read once)."""
        if self._window is None:
            self._window = list(self.entry_order.values_list("pk", flat=True)[:RANK_WINDOW])
        return self._window

    def page_ids(self, start, stop):
        """Page ids from ``start`` to ``stop`` in the order above.

        One query for a page of results inside the window: the window (from the index
        entries alone, read into an array once, so PostgreSQL looks its entries up by
        key instead of joining every entry to it), then the ranks of those of its
        entries whose pages are candidates.
        """
        # SQL compiled by Django from the window's queryset, with its parameters kept apart.
        window_sql, params = self.entry_order.values("pk")[:RANK_WINDOW].query.sql_with_params()
        in_window = RawSQL(f"SELECT unnest(ARRAY({window_sql}))", params)  # noqa: S611
        ranked = (
            self.entries.model.objects.filter(pk__in=in_window)
            .annotate(hub_page=Cast("object_id", IntegerField()))
            .filter(hub_page__in=self.candidates.order_by().values("pk"))
            .annotate(hub_rank=self.rank_expression)
            .order_by("-hub_rank", "-hub_page")
            .values_list("hub_page", flat=True)
        )
        ids = list(ranked[start:stop])
        if len(ids) == stop - start:
            return ids
        window = self.window()
        if len(window) < RANK_WINDOW:
            return ids
        # The window's candidates ran out, and matches outside the window follow.
        ranked_count = start + len(ids) if ids else ranked.count()
        rest = self.page_order.exclude(hub_entry__in=window).values_list("pk", flat=True)
        return ids + list(rest[max(start, ranked_count) - ranked_count : stop - ranked_count])
