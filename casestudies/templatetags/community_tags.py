"""Render Django form fields with NHS.UK design-system classes and accessible descriptions."""

from django import template
from django.urls import reverse
from django.utils.html import format_html

register = template.Library()

INPUT_CLASSES = {
    "text": "nhsuk-input",
    "email": "nhsuk-input",
    "textarea": "nhsuk-textarea",
    "select": "nhsuk-select",
    "file": "nhsuk-file-upload__input",
}


def described_by(field):
    # auto_id ("id_stage"), not id_for_label: a radio group has no single input to label.
    ids = []
    if field.help_text:
        ids.append(f"{field.auto_id}-hint")
    if field.errors:
        ids.append(f"{field.auto_id}-error")
    return " ".join(ids)


@register.simple_tag
def nhsuk_widget(field):
    """The field's input with design-system classes, error state and aria-describedby."""
    kind = field.widget_type
    css = INPUT_CLASSES.get(kind, "")
    if field.errors and css and kind != "file":
        css += f" {css}--error"
    attrs = {"class": css} if css else {}
    if described := described_by(field):
        attrs["aria-describedby"] = described
    if field.errors:
        attrs["aria-invalid"] = "true"
    return field.as_widget(attrs=attrs)


@register.filter
def first_input_id(field):
    """Where an error-summary link should jump: the first box of a checkbox or radio group."""
    if field.widget_type in ("checkboxselectmultiple", "radioselect"):
        return f"{field.id_for_label or 'id_' + field.html_name}_0"
    return field.id_for_label


@register.filter
def describedby(field):
    return described_by(field)


PHOTO_WIDTH = 800


@register.simple_tag(takes_context=True)
def example_photo(context, photo, page):
    """A community example's photo: a public rendition once the example is published; in a
    draft or a preview, drawn by the reviewers-only view so it never exists at a public URL."""
    request = context.get("request")
    if page.live and not getattr(request, "is_preview", False):
        rendition = photo.image.get_rendition(f"width-{PHOTO_WIDTH}")
        return rendition.img_tag({"class": "nhsuk-image__img", "alt": photo.alt_text})
    width, height = photo.image.width, photo.image.height
    if width > PHOTO_WIDTH:
        width, height = PHOTO_WIDTH, max(1, round(height * PHOTO_WIDTH / width))
    return format_html(
        '<img src="{}" width="{}" height="{}" alt="{}" class="nhsuk-image__img">',
        reverse("casestudies_review_photo", args=[photo.image_id]),
        width,
        height,
        photo.alt_text,
    )
