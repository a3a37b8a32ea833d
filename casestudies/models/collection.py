"""'What you told us': a page that compiles approved community examples and shares them back."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from casestudies.example_chooser import CommunityExampleChooser
from hub import api_fields as api
from hub.blocks import RICH_TEXT_FEATURES
from hub.models import BasePage


class CollectionPage(RoutablePageMixin, BasePage):
    """Approved examples chosen by theme and date range, picked by hand, or both."""

    what_we_heard = RichTextField(
        _("what we heard"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("An editor's summary of what people told us, in plain English."),
    )
    themes = ParentalManyToManyField(
        "hub.Theme",
        blank=True,
        related_name="collections",
        help_text=_("Include approved examples with any of these themes. Leave empty for all themes."),
    )
    date_from = models.DateField(_("published on or after"), null=True, blank=True)
    date_to = models.DateField(_("published on or before"), null=True, blank=True)
    include_matching = models.BooleanField(
        _("include examples matching the themes and dates"),
        default=True,
        help_text=_("Untick to show only the examples picked by hand."),
    )
    shared_back_at = models.DateTimeField(null=True, blank=True, editable=False)

    api_fields = BasePage.api_fields + [
        api.rich_text("what_we_heard"),
        api.terms("themes"),
        APIField("date_from"),
        APIField("date_to"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("what_we_heard"),
        index.RelatedFields("themes", [index.SearchField("name"), index.FilterField("slug")]),
    ]
    content_panels = BasePage.content_panels + [
        FieldPanel("what_we_heard"),
        MultiFieldPanel(
            [
                FieldPanel("include_matching"),
                FieldPanel("themes"),
                FieldRowPanel([FieldPanel("date_from"), FieldPanel("date_to")]),
            ],
            heading=_("Examples chosen by theme and date"),
        ),
        InlinePanel("picked_examples", label=_("Examples picked by hand")),
    ]

    parent_page_types = ["casestudies.SharedLearningIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("collection of community examples")
        verbose_name_plural = _("collections of community examples")

    def clean(self):
        super().clean()
        if self.date_from and self.date_to and self.date_to < self.date_from:
            raise ValidationError({"date_to": _("The end date must be on or after the start date.")})

    def get_context(self, request, *args, **kwargs):
        from casestudies.community_queries import collection_groups

        context = super().get_context(request, *args, **kwargs)
        context.update(collection_groups(self))
        return context

    def get_cached_paths(self):
        """The proxy forgets the printable page, the CSV and the feed with the page itself."""
        return ["/", "/print/", "/csv/", "/feed/"]

    @path("print/")
    def print_view(self, request):
        return self.render(request, template="casestudies/collection_print.html")

    @path("csv/")
    def csv_view(self, request):
        from casestudies.views import collection_csv_view

        return collection_csv_view(request, self)

    @path("feed/")
    def feed_view(self, request):
        from casestudies.views import collection_feed_view

        return collection_feed_view(request, self)


class CollectionPick(Orderable):
    page = ParentalKey(CollectionPage, related_name="picked_examples", on_delete=models.CASCADE)
    example = models.ForeignKey(
        "casestudies.SharedLearningPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("community example"),
    )

    panels = [FieldPanel("example", widget=CommunityExampleChooser)]

    class Meta(Orderable.Meta):
        verbose_name = _("picked example")
        verbose_name_plural = _("picked examples")
