"""The abstract page every page type builds on: listing and social fields."""

from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from hub import api_fields as api

SUMMARY_MAX_LENGTH = 300


class BasePage(Page):
    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=SUMMARY_MAX_LENGTH,
        help_text=_("One or two plain-English sentences shown on cards and in search results."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on cards. Its alt text comes from the image's description."),
    )
    social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared on social media. Defaults to the listing image."),
    )

    api_fields = [APIField("summary"), api.image("listing_image", "fill-600x400")]
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=3),
        index.AutocompleteField("summary"),
        index.FilterField("locale_id"),
        index.FilterField("first_published_at"),
    ]
    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldPanel("seo_title"),
                FieldPanel("search_description"),
                FieldPanel("show_in_menus"),
            ],
            heading=_("For search engines and menus"),
        ),
        MultiFieldPanel(
            [FieldPanel("summary"), FieldPanel("listing_image"), FieldPanel("social_image")],
            heading=_("Listing and sharing"),
        ),
    ]

    class Meta:
        abstract = True

    def route(self, request, path_components):
        """Find a child page in one query, not two, when only one page type can go here.

        Wagtail loads the child as a plain Page and then its specific row; when the type is
        known (a blog index holds only posts) one query loads the specific page directly.
        A child of another type (created before the rules changed) falls back to Wagtail's lookup.
        """
        child_models = self.allowed_subpage_models()
        if path_components and len(child_models) == 1:
            try:
                subpage = child_models[0].objects.child_of(self).get(slug=path_components[0])
            except ObjectDoesNotExist:
                pass
            else:
                subpage._cached_parent_obj = self
                return subpage.route(request, path_components[1:])
        return super().route(request, path_components)

    def get_view_restrictions(self):
        """The view restrictions on this page and its ancestors, in one query instead of two.

        Same rules as Wagtail's: ancestors' paths are prefixes of this page's path, and an alias
        (or an alias ancestor) uses its source page's restrictions, never its own. None, without
        a query, when routing already found none under the current content version (hub/serving.py).
        """
        if getattr(self, "known_unrestricted", False):
            return PageViewRestriction.objects.none()
        paths = [self.path[: self.steplen * depth] for depth in range(1, self.depth + 1)]
        chain = Page.objects.filter(path__in=paths)
        return PageViewRestriction.objects.filter(
            Q(page_id__in=chain.filter(alias_of__isnull=True).values("pk"))
            | Q(page_id__in=chain.filter(alias_of__isnull=False).values("alias_of_id"))
        )

    @property
    def meta_description(self):
        return self.search_description or self.summary

    @property
    def share_image(self):
        return self.social_image or self.listing_image


class SectionIndexPage(BasePage):
    """A section's listing page (events, opportunities, resources): an introduction above the
    listing that ``listing(request)`` builds from the query string."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    api_fields = BasePage.api_fields + [APIField("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["hub.HomePage"]

    class Meta:
        abstract = True

    def listing(self, request):
        raise NotImplementedError

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.listing(request))
        return context
