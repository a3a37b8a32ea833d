"""Structured co-production case studies and their index."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from hub import api_fields as api
from hub.blocks import RICH_TEXT_FEATURES, BodyStreamBlock
from hub.feeds import ListingFeeds
from hub.fragment_cache import lazy_context
from hub.models import BasePage, PagedListing
from search.text import WORD_RE

PLAIN_SUMMARY_MAX_LENGTH = 500
SHORT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class CaseStudyPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "casestudies.CaseStudyPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class CaseStudyTeamMember(Orderable):
    """Someone involved in the work, and the part they played in it."""

    page = ParentalKey("casestudies.CaseStudyPage", related_name="team", on_delete=models.CASCADE)
    person = models.ForeignKey("hub.Person", on_delete=models.CASCADE, related_name="case_study_roles")
    role_in_project = models.CharField(
        _("role in this work"),
        max_length=160,
        help_text=_("What they did, e.g. 'co-designed the interview questions'."),
    )

    panels = [FieldPanel("person"), FieldPanel("role_in_project")]

    class Meta(Orderable.Meta):
        verbose_name = _("team member")
        verbose_name_plural = _("team members")


class ResearchOutput(Orderable):
    """A link to funded research or its outputs: award, DOI, trial registration or web page."""

    class Kind(models.TextChoices):
        AWARD = "award", _("Funding award ID")
        DOI = "doi", _("DOI")
        ISRCTN = "isrctn", _("ISRCTN trial registration")
        URL = "url", _("Web page")

    PATTERNS = {
        Kind.DOI: (
            re.compile(r"^10\.\d{4,9}/\S+$"),
            _("A DOI starts with 10. and a slash, e.g. 10.3310/abcd1234."),
        ),
        Kind.ISRCTN: (re.compile(r"^ISRCTN\d{8}$"), _("An ISRCTN is the letters ISRCTN and 8 digits.")),
        Kind.URL: (re.compile(r"^https?://\S+$"), _("Give a full web address starting with https://.")),
        Kind.AWARD: (
            re.compile(r"^[A-Za-z0-9][A-Za-z0-9/._-]{1,59}$"),
            _("Use letters, numbers, dots, dashes or slashes."),
        ),
    }
    LINK_TEMPLATES = {
        Kind.DOI: "https://doi.org/{}",
        Kind.ISRCTN: "https://www.isrctn.com/{}",
        Kind.URL: "{}",
    }

    page = ParentalKey("casestudies.CaseStudyPage", related_name="research_outputs", on_delete=models.CASCADE)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    identifier = models.CharField(_("identifier or address"), max_length=255)
    label = models.CharField(_("label"), max_length=200, blank=True, help_text=_("e.g. 'Final report'."))

    panels = [FieldRowPanel([FieldPanel("kind"), FieldPanel("identifier")]), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("research output")
        verbose_name_plural = _("research outputs")

    def clean(self):
        super().clean()
        self.identifier = (self.identifier or "").strip()
        pattern, message = self.PATTERNS.get(self.kind, (None, None))
        if pattern and not pattern.match(self.identifier):
            raise ValidationError({"identifier": message})

    def searchable_identifier(self):
        """The identifier as the words a search splits a pasted one into: "10.3310/ypmh2204"
        is indexed as "10 3310 ypmh2204" too, which PostgreSQL would keep as two odd tokens."""
        return f"{self.identifier} {' '.join(WORD_RE.findall(self.identifier))}"

    @property
    def url(self):
        template = self.LINK_TEMPLATES.get(self.kind)
        return template.format(self.identifier) if template else ""


class CaseStudyIndexPage(RoutablePageMixin, ListingFeeds, PagedListing, BasePage):
    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    api_fields = BasePage.api_fields + [APIField("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    content_panels = BasePage.content_panels + [FieldPanel("intro"), *PagedListing.listing_panels]

    parent_page_types = ["hub.HomePage"]
    subpage_types = ["casestudies.CaseStudyPage"]

    class Meta:
        verbose_name = _("case study index page")

    def get_context(self, request, *args, **kwargs):
        from casestudies.queries import case_study_listing

        context = super().get_context(request, *args, **kwargs)
        names = ("case_studies", "paginator", "filter_options", "active_filters", "result_count")
        context.update(lazy_context(lambda: case_study_listing(self, request), names))
        return context

    def feed_class(self):
        from casestudies.feeds import CaseStudyRssFeed

        return CaseStudyRssFeed


class CaseStudyPage(BasePage):
    plain_summary = models.TextField(
        _("plain-English summary"),
        max_length=PLAIN_SUMMARY_MAX_LENGTH,
        help_text=_(
            "Required. What happened and why it matters, in words anyone can follow (at most 500 characters)."
        ),
    )
    challenge = RichTextField(
        _("the challenge"),
        features=SHORT_FEATURES,
        blank=True,
        help_text=_("What problem or question the work set out to tackle."),
    )
    who_was_involved = RichTextField(
        _("who was involved"),
        features=SHORT_FEATURES,
        blank=True,
        help_text=_("Which people and groups took part, and how they were recruited and supported."),
    )
    approaches = ParentalManyToManyField("hub.Approach", blank=True, related_name="case_studies")
    research_stages = ParentalManyToManyField("hub.ResearchStage", blank=True, related_name="case_studies")
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("what happened"))
    change_for_research = RichTextField(
        _("what changed for the research"),
        features=SHORT_FEATURES,
        blank=True,
        help_text=_("How involvement changed the questions, design, conduct or reporting."),
    )
    change_for_people = RichTextField(
        _("what changed for the people involved"),
        features=SHORT_FEATURES,
        blank=True,
        help_text=_("Skills, confidence, connections or other differences for contributors."),
    )
    change_for_services = RichTextField(
        _("what changed for services"),
        features=SHORT_FEATURES,
        blank=True,
        help_text=_("Any difference for health or care services, policy or practice."),
    )
    lessons_learned = RichTextField(_("lessons learned"), features=RICH_TEXT_FEATURES, blank=True)
    payment_and_recognition = models.TextField(
        _("payment and recognition"),
        blank=True,
        max_length=1000,
        help_text=_(
            "How contributors were paid, thanked or credited, e.g. payment rates, vouchers, co-authorship."
        ),
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Leave blank if the work is ongoing.")
    )
    themes = ParentalManyToManyField("hub.Theme", blank=True, related_name="case_studies")
    topic = models.ForeignKey(
        "hub.Topic", null=True, blank=True, on_delete=models.SET_NULL, related_name="case_studies"
    )
    region = models.ForeignKey(
        "hub.Region", null=True, blank=True, on_delete=models.SET_NULL, related_name="case_studies"
    )
    tags = ClusterTaggableManager(through=CaseStudyPageTag, blank=True)

    api_fields = BasePage.api_fields + [
        APIField("plain_summary"),
        api.rich_text("challenge"),
        api.rich_text("who_was_involved"),
        APIField("body"),
        api.rich_text("change_for_research"),
        api.rich_text("change_for_people"),
        api.rich_text("change_for_services"),
        api.rich_text("lessons_learned"),
        APIField("payment_and_recognition"),
        APIField("start_date"),
        APIField("end_date"),
        api.terms("themes"),
        api.terms("approaches"),
        api.terms("research_stages"),
        api.term("topic"),
        api.term("region"),
        APIField("tags"),
        api.team("team"),
        api.research_outputs("research_outputs"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("plain_summary", boost=3),
        index.AutocompleteField("plain_summary"),
        index.SearchField("challenge", boost=1.5),
        index.SearchField("who_was_involved"),
        index.SearchField("body"),
        index.SearchField("change_for_research"),
        index.SearchField("change_for_people"),
        index.SearchField("change_for_services"),
        index.SearchField("lessons_learned"),
        index.SearchField("payment_and_recognition"),
        index.RelatedFields(
            "team",
            [
                index.SearchField("role_in_project"),
                index.RelatedFields("person", [index.SearchField("name")]),
            ],
        ),
        # A researcher may paste an award ID, DOI or ISRCTN: it should find its case study first.
        index.RelatedFields(
            "research_outputs",
            [index.SearchField("searchable_identifier", boost=5), index.SearchField("label")],
        ),
        index.RelatedFields("themes", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("approaches", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("research_stages", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("topic", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("region", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("topic_id"),
        index.FilterField("region_id"),
        index.FilterField("start_date"),
    ]
    content_panels = BasePage.content_panels + [
        FieldPanel("plain_summary"),
        FieldPanel("challenge"),
        MultiFieldPanel(
            [FieldPanel("who_was_involved"), InlinePanel("team", label=_("Team members"))],
            heading=_("Who was involved"),
        ),
        MultiFieldPanel(
            [FieldPanel("approaches"), FieldPanel("research_stages")],
            heading=_("How people were involved"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("change_for_research"),
                FieldPanel("change_for_people"),
                FieldPanel("change_for_services"),
            ],
            heading=_("What changed because of involvement"),
        ),
        FieldPanel("lessons_learned"),
        FieldPanel("payment_and_recognition"),
        InlinePanel("research_outputs", label=_("Research outputs")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("themes"),
                FieldRowPanel([FieldPanel("topic"), FieldPanel("region")]),
                FieldPanel("tags"),
            ],
            heading=_("Dates and classification"),
        ),
    ]

    parent_page_types = ["casestudies.CaseStudyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("case study")
        verbose_name_plural = _("case studies")
        # Search counts pages per topic and region from these narrow (term, page) pairs
        # instead of reading the wide page rows (search.facets._facet_sql).
        indexes = [
            models.Index(fields=["topic", "page_ptr"], name="casestudy_topic_page"),
            models.Index(fields=["region", "page_ptr"], name="casestudy_region_page"),
        ]

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date must be on or after the start date.")})
        # An empty summary is already caught as a required field; this catches only spaces,
        # so an editor whose summary was rejected for length is not also told it is missing.
        if self.plain_summary and not self.plain_summary.strip():
            raise ValidationError({"plain_summary": _("Write a plain-English summary.")})

    @property
    def has_changes(self):
        return any([self.change_for_research, self.change_for_people, self.change_for_services])
