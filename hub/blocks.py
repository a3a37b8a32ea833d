"""Shared StreamField blocks. Every page body is one BodyStreamBlock."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120, help_text=_("Keep headings short and clear."))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3"))],
        default="h2",
        help_text=_("Use level 2 for sections and level 3 inside them."),
        search_index=False,  # "h2" is not a word anyone searches for
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        description = _("A section heading")
        preview_value = {"text": "What we learned", "level": "h2"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250,
        help_text=_("Describe the image for people who cannot see it. Required."),
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        description = _("An image with required alternative text and an optional caption")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(max_length=600)
    attribution = blocks.CharBlock(
        required=False,
        max_length=120,
        help_text=_("Who said it. Leave blank if they did not agree to be named."),
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        description = _("A quotation with who said it")
        preview_value = {
            "quote": "Being paid for my time told me my experience was valued.",
            "attribution": "Public contributor",
        }


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False, max_length=400)
    page = blocks.PageChooserBlock(required=False)
    external_url = blocks.URLBlock(required=False)
    button_text = blocks.CharBlock(max_length=60)

    def clean(self, value):
        value = super().clean(value)
        # A draft may be half-filled (Wagtail defers required checks when saving one);
        # the page or link is needed only to publish.
        if self.is_deferred_validation:
            return value
        if not value.get("page") and not value.get("external_url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or give a link."))}
            )
        return value

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        description = _("A highlighted box that points readers to one next step")
        preview_value = {
            "heading": "Share your example",
            "text": "Tell us how you involved people in research.",
            "external_url": "https://example.org/",
            "button_text": "Share your example",
        }


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(required=False, max_length=200, help_text=_("Defaults to the document's title."))

    class Meta:
        icon = "doc-full"
        template = "blocks/document_link_block.html"
        description = _("A link to a document, with its type and size")


class AccordionItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    content = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)


class AccordionBlock(blocks.StructBlock):
    items = blocks.ListBlock(AccordionItemBlock(), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/accordion_block.html"
        description = _("Sections that readers open one at a time (work without JavaScript)")
        preview_value = {
            "items": [
                {"title": "Who can take part?", "content": "<p>Anyone with lived experience.</p>"},
            ]
        }


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        description=_("Rich text"),
        preview_value="<p>Plain English helps everyone.</p>",
    )
    image = ImageBlock()
    quote = QuoteBlock()
    embed = EmbedBlock(
        icon="media",
        template="blocks/embed_block.html",
        description=_("A video or other media from a link"),
        max_width=800,
    )
    call_to_action = CallToActionBlock()
    document = DocumentLinkBlock()
    accordion = AccordionBlock()

    class Meta:
        block_counts = {}
