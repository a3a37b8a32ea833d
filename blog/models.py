"""Blog posts and the blog index, with filters and feeds."""

import math
from collections.abc import Mapping, Sequence

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from hub import api_fields as api
from hub.blocks import BodyStreamBlock
from hub.feeds import ListingFeeds
from hub.fragment_cache import lazy_context
from hub.models import BasePage, PagedListing

WORDS_PER_MINUTE = 200


def count_words(raw):
    """Count words in a StreamField's raw JSON without loading images or documents.

    ``StreamValue.raw_data`` is a sequence view, not a list, so test for the abstract types.
    """
    if isinstance(raw, str):
        return len(strip_tags(raw).split())
    if isinstance(raw, Mapping):
        # Skip block metadata (type, id) and count only the value.
        if "type" in raw and "value" in raw:
            return count_words(raw["value"])
        return sum(count_words(value) for value in raw.values())
    if isinstance(raw, Sequence):
        return sum(count_words(item) for item in raw)
    return 0


class BlogPageTag(TaggedItemBase):
    content_object = ParentalKey("blog.BlogPage", related_name="tagged_items", on_delete=models.CASCADE)


class BlogPageAuthor(Orderable):
    """An author of a post, in the order they are credited."""

    page = ParentalKey("blog.BlogPage", related_name="authors", on_delete=models.CASCADE)
    person = models.ForeignKey("hub.Person", on_delete=models.CASCADE, related_name="blog_authorships")

    panels = [FieldPanel("person")]

    class Meta(Orderable.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")


class BlogIndexPage(RoutablePageMixin, ListingFeeds, PagedListing, BasePage):
    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    api_fields = BasePage.api_fields + [APIField("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    content_panels = BasePage.content_panels + [FieldPanel("intro"), *PagedListing.listing_panels]

    parent_page_types = ["hub.HomePage"]
    subpage_types = ["blog.BlogPage"]

    class Meta:
        verbose_name = _("blog index page")

    def get_context(self, request, *args, **kwargs):
        from blog.queries import blog_listing

        context = super().get_context(request, *args, **kwargs)
        names = ("posts", "paginator", "themes", "active_filters", "authors")
        context.update(lazy_context(lambda: blog_listing(self, request), names))
        return context

    def feed_class(self):
        from blog.feeds import BlogRssFeed

        return BlogRssFeed


class BlogPage(BasePage):
    date = models.DateField(_("post date"), default=timezone.localdate)
    intro = models.TextField(
        _("introduction"), max_length=600, help_text=_("The opening paragraph, in plain English.")
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    hero_image_alt = models.CharField(
        _("hero image alt text"),
        max_length=250,
        blank=True,
        help_text=_("Describe the image for people who cannot see it. Required when there is a hero image."),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"))
    themes = ParentalManyToManyField("hub.Theme", blank=True, related_name="blog_pages")
    tags = ClusterTaggableManager(through=BlogPageTag, blank=True)

    api_fields = BasePage.api_fields + [
        APIField("date"),
        APIField("intro"),
        api.image("hero_image"),
        APIField("hero_image_alt"),
        APIField("body"),
        api.terms("themes"),
        APIField("tags"),
        api.authors("authors"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
        index.RelatedFields("authors", [index.RelatedFields("person", [index.SearchField("name")])]),
        index.RelatedFields("themes", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("tags", [index.SearchField("name"), index.FilterField("slug")]),
        index.FilterField("date"),
    ]
    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("date"), InlinePanel("authors", label=_("Authors"))], heading=_("Credits")
        ),
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading=_("Hero image")),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("themes"), FieldPanel("tags")], heading=_("Themes and tags")),
    ]

    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("blog post")
        verbose_name_plural = _("blog posts")

    def clean(self):
        super().clean()
        if self.hero_image_id and not self.hero_image_alt.strip():
            raise ValidationError(
                {"hero_image_alt": _("Describe the hero image for people who cannot see it.")}
            )

    @property
    def reading_time(self):
        """Whole minutes to read the intro and body at an easy pace (at least one)."""
        words = len(self.intro.split()) + count_words(self.body.raw_data)
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def get_context(self, request, *args, **kwargs):
        from blog.queries import related_posts

        context = super().get_context(request, *args, **kwargs)
        # Fetched only if drawn: from the fragment cache the whole post costs no query.
        context["related_posts"] = SimpleLazyObject(lambda: related_posts(self))
        return context
