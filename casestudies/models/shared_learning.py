"""Community examples sent in through the public form, and the index that takes them.

Every answer on a SharedLearningPage is plain text that the public wrote: it is stored
as given and shown escaped. Personal data (name, email) never lives here: it stays on
the private Submission record, so it never reaches page revisions or search.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Orderable, PagePermissionTester
from wagtail.search import index

from casestudies.consent_panel import ConsentAnswersPanel
from casestudies.models.collection import CollectionPage
from casestudies.photo_widgets import CommunityPhotoChooser
from hub import api_fields as api
from hub.feeds import ListingFeeds
from hub.fragment_cache import lazy_context
from hub.models import BasePage, PagedListing

# Field limits shared by the page, the public form and the status-page edit form.
TITLE_MAX = 120
ANSWER_MAX = 3000
SHORT_ANSWER_MAX = 1500
CREDIT_MAX = 200


class SharedLearningIndexPage(RoutablePageMixin, ListingFeeds, PagedListing, BasePage):
    """Lists published community examples and serves the public form and status pages."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    form_intro = models.TextField(
        _("form introduction"),
        blank=True,
        max_length=1000,
        help_text=_("Shown above the 'Share your example' form."),
    )

    api_fields = BasePage.api_fields + [APIField("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("form_intro"),
        *PagedListing.listing_panels,
    ]

    parent_page_types = ["hub.HomePage"]
    subpage_types = ["casestudies.SharedLearningPage", "casestudies.CollectionPage"]

    class Meta:
        verbose_name = _("community examples index page")

    @path("")
    def index_route(self, request):
        from casestudies.community_queries import shared_learning_listing

        names = ("examples", "paginator", "themes", "active_theme", "result_count")
        context = lazy_context(lambda: shared_learning_listing(self, request), names)
        context["share_url"] = self.url + self.reverse_subpage("share")
        context["link_again_url"] = self.url + self.reverse_subpage("link_again")
        return self.render(request, context_overrides=context)

    def feed_class(self):
        from casestudies.feeds import CommunityExampleRssFeed

        return CommunityExampleRssFeed

    @path("share/")
    def share(self, request):
        from casestudies.views import submission_form_view

        return submission_form_view(request, self)

    @path("share/check/", name="share_check")
    def share_check(self, request):
        from casestudies.views import submission_check_view

        return submission_check_view(request, self)

    @re_path(r"^share/received/(?P<token>[A-Za-z0-9_\-]+)/$")
    def received(self, request, token):
        from casestudies.views import submission_confirmation_view

        return submission_confirmation_view(request, self, token)

    @path("status/", name="link_again")
    def link_again(self, request):
        from casestudies.views import link_again_view

        return link_again_view(request, self)

    @path("status/sent/", name="link_again_sent")
    def link_again_sent(self, request):
        from casestudies.views import link_again_sent_view

        return link_again_sent_view(request, self)

    @re_path(r"^status/(?P<token>[A-Za-z0-9_\-]+)/$")
    def status(self, request, token):
        from casestudies.views import submission_status_view

        return submission_status_view(request, self, token)

    @re_path(r"^status/(?P<token>[A-Za-z0-9_\-]+)/edit/$")
    def status_edit(self, request, token):
        from casestudies.views import submission_edit_view

        return submission_edit_view(request, self, token)

    @re_path(r"^status/(?P<token>[A-Za-z0-9_\-]+)/withdraw/$")
    def status_withdraw(self, request, token):
        from casestudies.views import submission_withdraw_view

        return submission_withdraw_view(request, self, token)


class ReviewOnlyPermissionTester(PagePermissionTester):
    """Nobody publishes a community example directly, in the editor or by bulk action.

    Only the last stage's approval publishes it (casestudies.workflow_finish),
    so the consent, safeguarding and lay-panel checks cannot be skipped.
    """

    def can_publish(self):
        return False


class SharedLearningPage(BasePage):
    """One community example: what a group did or plans to do, in its own words."""

    class Stage(models.TextChoices):
        DONE = "done", _("We have done this")
        UNDERWAY = "underway", _("We are doing this now")
        PLANNED = "planned", _("We plan to do this")

    class Credit(models.TextChoices):
        NAMED = "named", _("Name the people involved")
        GROUP = "group", _("Name our group only")
        ANONYMOUS = "anonymous", _("Do not name anyone")

    stage = models.CharField(_("stage"), max_length=10, choices=Stage.choices, default=Stage.DONE)
    what_we_did = models.TextField(_("what you did or plan to do"), max_length=ANSWER_MAX)
    who_was_involved = models.TextField(_("who was involved and how"), max_length=ANSWER_MAX, blank=True)
    what_changed = models.TextField(_("what changed because of it"), max_length=ANSWER_MAX, blank=True)
    advice = models.TextField(_("advice for others"), max_length=SHORT_ANSWER_MAX, blank=True)
    themes = ParentalManyToManyField("hub.Theme", blank=True, related_name="shared_learning")
    approaches = ParentalManyToManyField("hub.Approach", blank=True, related_name="shared_learning")
    topic = models.ForeignKey(
        "hub.Topic", null=True, blank=True, on_delete=models.SET_NULL, related_name="shared_learning"
    )
    region = models.ForeignKey(
        "hub.Region", null=True, blank=True, on_delete=models.SET_NULL, related_name="shared_learning"
    )
    credit_preference = models.CharField(
        _("credit"), max_length=10, choices=Credit.choices, default=Credit.ANONYMOUS
    )
    credit_line = models.CharField(
        _("public credit"),
        max_length=CREDIT_MAX * 2,
        blank=True,
        help_text=_("Shown on the page, as the sender agreed. Empty when they chose not to be named."),
    )

    api_fields = BasePage.api_fields + [
        APIField("stage"),
        APIField("what_we_did"),
        APIField("who_was_involved"),
        APIField("what_changed"),
        APIField("advice"),
        api.terms("themes"),
        api.terms("approaches"),
        api.term("topic"),
        api.term("region"),
        APIField("credit_line"),
        api.photos("photos"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("what_we_did", boost=2),
        index.AutocompleteField("what_we_did"),
        index.SearchField("who_was_involved"),
        index.SearchField("what_changed"),
        index.SearchField("advice"),
        index.SearchField("credit_line"),
        index.RelatedFields("photos", [index.SearchField("caption"), index.SearchField("alt_text")]),
        index.RelatedFields("themes", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("approaches", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("topic", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("region", [index.SearchField("name"), index.FilterField("slug")]),
        index.FilterField("stage"),
        index.FilterField("topic_id"),
        index.FilterField("region_id"),
    ]
    content_panels = BasePage.content_panels + [
        ConsentAnswersPanel(),
        FieldPanel("stage"),
        FieldPanel("what_we_did"),
        FieldPanel("who_was_involved"),
        FieldPanel("what_changed"),
        FieldPanel("advice"),
        InlinePanel("photos", label=_("Photos")),
        MultiFieldPanel(
            [
                FieldPanel("themes"),
                FieldPanel("approaches"),
                FieldRowPanel([FieldPanel("topic"), FieldPanel("region")]),
            ],
            heading=_("Classification"),
        ),
        MultiFieldPanel([FieldPanel("credit_preference"), FieldPanel("credit_line")], heading=_("Credit")),
    ]

    parent_page_types = ["casestudies.SharedLearningIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("community example")
        verbose_name_plural = _("community examples")
        # Search counts pages per topic and region from these narrow (term, page) pairs
        # instead of reading the wide page rows (search.facets._facet_sql).
        indexes = [
            models.Index(fields=["topic", "page_ptr"], name="sharedlearning_topic_page"),
            models.Index(fields=["region", "page_ptr"], name="sharedlearning_region_page"),
        ]

    def permissions_for_user(self, user):
        return ReviewOnlyPermissionTester(user, self)

    def pages_listing_this(self):
        """The collections beside it may compile it: purged with it (hub/cache_purge.py)."""
        return CollectionPage.objects.sibling_of(self).live()


class SharedLearningPhoto(Orderable):
    """A photo sent with an example. Its alt text is written by the sender or a moderator."""

    page = ParentalKey(SharedLearningPage, related_name="photos", on_delete=models.CASCADE)
    image = models.ForeignKey("wagtailimages.Image", on_delete=models.CASCADE, related_name="+")
    alt_text = models.CharField(
        _("alternative text"), max_length=250, help_text=_("Describe the photo for people who cannot see it.")
    )
    caption = models.CharField(_("caption"), max_length=250, blank=True)

    panels = [
        FieldPanel("image", widget=CommunityPhotoChooser),
        FieldPanel("alt_text"),
        FieldPanel("caption"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")
