"""RSS and Atom feeds of the newest case studies and community examples."""

from django.utils.text import Truncator

from hub.feeds import FEED_LENGTH, ListingRssFeed

EXAMPLE_DESCRIPTION_WORDS = 60


class CaseStudyRssFeed(ListingRssFeed):
    def items(self):
        from casestudies.queries import case_study_queryset

        return case_study_queryset(self.index_page)[:FEED_LENGTH]

    def item_description(self, item):
        return item.summary or item.plain_summary


class CommunityExampleRssFeed(ListingRssFeed):
    """Published examples only, with what the reviewers published: never the sender's details."""

    def items(self):
        from casestudies.community_queries import published_examples

        return published_examples(self.index_page)[:FEED_LENGTH]

    def item_description(self, item):
        return item.summary or Truncator(item.what_we_did).words(EXAMPLE_DESCRIPTION_WORDS)
