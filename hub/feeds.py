"""RSS and Atom feeds of the pages a listing page holds, for readers who follow them."""

from functools import cache

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from wagtail.contrib.routable_page.models import path

FEED_LENGTH = 20


class ListingRssFeed(Feed):
    """A listing page's feed: its title, address and summary; ``items()`` says which pages."""

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.index_page.title

    def link(self):
        return self.index_page.get_full_url(self.request)

    def description(self):
        return self.index_page.summary or self.index_page.intro

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [theme.name for theme in item.themes.all()]


@cache
def atom_feed(rss_feed_class):
    """The Atom version of an RSS feed class."""

    class AtomFeed(rss_feed_class):
        feed_type = Atom1Feed

        def subtitle(self):
            return self.description()

    AtomFeed.__name__ = rss_feed_class.__name__.replace("Rss", "Atom")
    return AtomFeed


class ListingFeeds:
    """``feed/rss/`` and ``feed/atom/`` under a routable listing page, forgotten by the proxy with
    the listing itself. ``feed_class()`` gives the page's ``ListingRssFeed``."""

    def feed_class(self):
        raise NotImplementedError

    def get_cached_paths(self):
        return ["/", "/feed/rss/", "/feed/atom/"]

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        return self.feed_class()(self)(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        return atom_feed(self.feed_class())(self)(request)
