"""The resource library: guides, templates, toolkits, reflective questions and maps of
resources, each with its downloads and their accessible versions on the same page."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from hub import api_fields as api
from hub.blocks import BodyStreamBlock
from hub.models import BasePage, PagedListing, SectionIndexPage


class ResourceIndexPage(PagedListing, SectionIndexPage):
    content_panels = SectionIndexPage.content_panels + PagedListing.listing_panels
    subpage_types = ["resources.ResourcePage"]

    class Meta:
        verbose_name = _("resource library page")

    def listing(self, request):
        from resources.queries import resource_listing

        return resource_listing(self, request)


class ResourcePage(BasePage):
    class Kind(models.TextChoices):
        REFLECTIVE_QUESTIONS = "questions", _("Reflective questions")
        MAP = "map", _("Map of resources")
        GUIDE = "guide", _("Guide")
        TEMPLATE = "template", _("Template")
        TOOLKIT = "toolkit", _("Toolkit")

    class Audience(models.TextChoices):
        EVERYONE = "everyone", _("Everyone")
        PUBLIC = "public", _("Public contributors and community groups")
        RESEARCHERS = "researchers", _("Researchers and professionals")

    kind = models.CharField(_("type of resource"), max_length=10, choices=Kind.choices)
    audience = models.CharField(
        _("who it is for"), max_length=12, choices=Audience.choices, default=Audience.EVERYONE
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("about this resource"))
    themes = ParentalManyToManyField(
        "hub.Theme", blank=True, related_name="resources", verbose_name=_("areas of focus")
    )

    api_fields = BasePage.api_fields + [
        APIField("kind"),
        APIField("audience"),
        APIField("body"),
        api.terms("themes"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        # Each download's title and description, so documents are found by what they contain.
        index.RelatedFields(
            "downloads", [index.SearchField("title", boost=2), index.SearchField("description")]
        ),
        index.RelatedFields("themes", [index.SearchField("name"), index.FilterField("slug")]),
    ]
    content_panels = BasePage.content_panels + [
        FieldPanel("kind"),
        FieldPanel("audience"),
        FieldPanel("body"),
        InlinePanel("downloads", label=_("Downloads and accessible versions"), min_num=1),
        FieldPanel("themes"),
    ]

    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")


class ResourceDownload(Orderable):
    """One file (or recording) of a resource: the main version or an accessible alternative."""

    class Version(models.TextChoices):
        MAIN = "main", _("Main version")
        EASY_READ = "easy_read", _("Easy read")
        LARGE_PRINT = "large_print", _("Large print")
        EDITABLE = "editable", _("Editable (Word or OpenDocument)")
        AUDIO = "audio", _("Audio")
        BSL = "bsl", _("British Sign Language video")

    page = ParentalKey(ResourcePage, related_name="downloads", on_delete=models.CASCADE)
    version = models.CharField(_("version"), max_length=12, choices=Version.choices, default=Version.MAIN)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), max_length=600, blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("file"),
    )
    media_url = models.URLField(_("audio or video link"), blank=True)
    transcript = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("transcript"),
        help_text=_("Required for audio; for video, unless it has captions."),
    )
    has_captions = models.BooleanField(_("the video has captions"), default=False)

    panels = [
        FieldPanel("version"),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("document"),
        FieldPanel("media_url"),
        FieldPanel("has_captions"),
        FieldPanel("transcript"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("download")
        verbose_name_plural = _("downloads")

    def clean(self):
        super().clean()
        if not self.document_id and not self.media_url:
            raise ValidationError({"document": _("Choose a file, or give a link to the audio or video.")})
        is_recording = self.version in (self.Version.AUDIO, self.Version.BSL)
        if is_recording and self.media_url and not self.transcript_id and not self.has_captions:
            raise ValidationError({"transcript": _("Add a transcript, or say the video has captions.")})

    @property
    def file_format(self):
        return self.document.file_extension.upper() if self.document_id else ""
