"""Relevance order on PostgreSQL that ranks a bounded window of matches in full.

Ranking reads each match's whole body vector, which is stored out of line, so ranking
all 22,000 matches of a common word at 100,000 pages took longer than the rest of the
search. Like a search engine's rescoring window, the hub ranks in full only the first
``RANK_WINDOW`` matches in a cheap order (pages with the words in their title first, then
the most recently indexed). The order of all the results is then:

1. the matches in the window, by Wagtail's full rank (the newest page first on a tie);
2. every other match, in the cheap order.

When the words match no more than ``RANK_WINDOW`` of the reader's candidate pages (every
search on a site of a few thousand pages) the order is exactly Wagtail's. The window is
fixed for a search, so pages of results never overlap or skip a match.
"""

from django.contrib.postgres.search import SearchVectorExact
from django.db.models import F, IntegerField
from django.db.models.functions import Cast

RANK_WINDOW = 1000


class RankWindow:
    def __init__(self, matches, search_query, rank_expression):
        """``matches``: the matching pages; ``rank_expression``: Wagtail's rank over IndexEntry fields."""
        self.cheap_order = matches.annotate(
            _entry_=F("index_entries__id"),
            _title_hit_=SearchVectorExact(F("index_entries__title"), search_query),
        ).order_by("-_title_hit_", "-_entry_")
        self.rank_expression = rank_expression
        # The index entry ids in the window, read once: by window(), or by the facet query
        # that already reads every match (search.engine._facet_rows).
        self.entry_ids = None

    def window(self):
        if self.entry_ids is None:
            self.entry_ids = list(self.cheap_order.values_list("_entry_", flat=True)[:RANK_WINDOW])
        return self.entry_ids

    def page_ids(self, start, stop):
        """Page ids from ``start`` to ``stop`` in the order above: at most two queries."""
        from modelsearch.backends.database.postgres.postgres import IndexEntry

        window = self.window()
        ids = []
        if start < len(window):
            ranked = (
                IndexEntry.objects.filter(pk__in=window)
                .annotate(_rank_=self.rank_expression, _page_=Cast("object_id", IntegerField()))
                .order_by("-_rank_", "-_page_")
                .values_list("_page_", flat=True)
            )
            ids += ranked[start : min(stop, len(window))]
        if stop > RANK_WINDOW and len(window) == RANK_WINDOW:
            ids += self.cheap_order.values_list("pk", flat=True)[max(start, RANK_WINDOW) : stop]
        return ids
