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
window costs three small queries whatever the number of matches: the window, which of
its pages are candidates, and their ranks.
"""

from django.contrib.postgres.search import SearchVectorExact
from django.db.models import F, IntegerField
from django.db.models.functions import Cast

RANK_WINDOW = 1000


class RankWindow:
    def __init__(self, candidates, pages, entries, search_query, rank_expression):
        """``candidates``: the reader's candidate pages; ``pages``: those matching the words;
        ``entries``: the index entries matching them; ``rank_expression``: Wagtail's rank over
        index entry fields."""
        self.candidates = candidates
        self.entries = entries
        self.rank_expression = rank_expression
        self.entry_order = entries.annotate(
            hub_title_hit=SearchVectorExact(F("title"), search_query)
        ).order_by("-hub_title_hit", "-pk")
        self.page_order = pages.annotate(
            hub_entry=F("index_entries__id"),
            hub_title_hit=SearchVectorExact(F("index_entries__title"), search_query),
        ).order_by("-hub_title_hit", "-hub_entry")
        self._window = None
        self._window_entries = None

    def window(self):
        """The entry ids in the window that belong to candidate pages, in the cheap order."""
        if self._window is None:
            entries = list(self.entry_order.values_list("pk", "object_id")[:RANK_WINDOW])
            page_ids = {int(object_id) for _entry, object_id in entries}
            candidates = set(self.candidates.filter(pk__in=page_ids).values_list("pk", flat=True))
            self._window_entries = [entry for entry, _object_id in entries]
            self._window = [entry for entry, object_id in entries if int(object_id) in candidates]
        return self._window

    def page_ids(self, start, stop):
        """Page ids from ``start`` to ``stop`` in the order above."""
        window = self.window()
        ids = []
        if start < len(window):
            ranked = (
                self.entries.model.objects.filter(pk__in=window)
                .annotate(hub_rank=self.rank_expression, hub_page=Cast("object_id", IntegerField()))
                .order_by("-hub_rank", "-hub_page")
                .values_list("hub_page", flat=True)
            )
            ids += ranked[start : min(stop, len(window))]
        if stop > len(window) and len(self._window_entries) == RANK_WINDOW:
            rest = self.page_order.exclude(hub_entry__in=self._window_entries).values_list("pk", flat=True)
            ids += rest[max(start, len(window)) - len(window) : stop - len(window)]
        return ids
