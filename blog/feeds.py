"""RSS and Atom feeds of the latest posts in one blog index."""

from hub.feeds import FEED_LENGTH, ListingRssFeed


class BlogRssFeed(ListingRssFeed):
    def items(self):
        from blog.queries import feed_queryset

        return feed_queryset(self.index_page)[:FEED_LENGTH]

    def item_description(self, item):
        return item.summary or item.intro

    def item_author_name(self, item):
        names = [author.person.display_name for author in item.authors.all()]
        return ", ".join(str(name) for name in names) or None
