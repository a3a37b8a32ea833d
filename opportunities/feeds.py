"""RSS and Atom feeds of open opportunities, newest first, each saying when it closes and what it pays."""

from django.utils.formats import date_format
from django.utils.translation import gettext

from hub.feeds import FEED_LENGTH, ListingRssFeed


class OpportunityRssFeed(ListingRssFeed):
    def items(self):
        from opportunities.queries import open_opportunities

        return open_opportunities(self.index_page).order_by("-first_published_at", "-pk")[:FEED_LENGTH]

    def item_description(self, item):
        return gettext("%(summary)s Closes on %(date)s. Payment: %(rate)s.") % {
            "summary": item.summary,
            "date": date_format(item.closes_on, "j F Y"),
            "rate": item.payment_rate,
        }
