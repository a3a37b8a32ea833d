"""Render Django form fields with NHS.UK design-system classes and accessible descriptions."""

from django import template

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
