"""'Check your answers': each answer of a valid share form as a label, a readable value and the
id of the field its "Change" link goes back to."""

from django import forms
from django.utils.translation import gettext as _

from casestudies.forms import PHOTO_SLOTS

# Tokens and the honeypot are not answers; photos are listed on their own.
NOT_SHOWN = {"form_token", "website"}


def _readable(field, value):
    if isinstance(field, forms.ModelMultipleChoiceField):
        return ", ".join(str(item) for item in value)
    if isinstance(field, forms.ModelChoiceField):
        return str(value) if value else ""
    if isinstance(field, forms.BooleanField):
        return _("Yes") if value else _("No")
    if isinstance(field, forms.ChoiceField):
        return str(dict(field.choices).get(value, value or ""))
    return str(value or "")


def answer_rows(form):
    """[{"label", "value", "field_id"}] in the form's order, for a form that is valid."""
    rows = []
    for name, field in form.fields.items():
        if name in NOT_SHOWN or name.startswith("photo_"):
            continue
        bound = form[name]
        rows.append(
            {
                "label": field.label,
                "value": _readable(field, form.cleaned_data.get(name)),
                "field_id": bound.id_for_label or bound.auto_id,
            }
        )
    return rows


def photo_rows(form):
    """[{"number", "description", "field_id"}] for the photos the form will send."""
    rows = []
    for slot in range(1, PHOTO_SLOTS + 1):
        upload = form.cleaned_data.get(f"photo_{slot}")
        if upload:
            rows.append(
                {
                    "number": slot,
                    "description": form.cleaned_data.get(f"photo_{slot}_description", ""),
                    "field_id": form[f"photo_{slot}"].id_for_label,
                }
            )
    return rows
