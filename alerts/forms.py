"""The email alerts form: an address, what to hear about, and (optionally) which themes."""

from django import forms
from django.utils.translation import gettext_lazy as _

from alerts.models import Kind
from casestudies.forms import HoneypotMixin, email_field
from hub.models import Theme


class AlertForm(HoneypotMixin):
    email = email_field(help_text=_("We will only use it to send you the alerts you choose."))
    kinds = forms.MultipleChoiceField(
        label=_("What would you like to hear about?"),
        choices=Kind.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one thing to hear about")},
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Which themes? (optional)"),
        help_text=_("Choose none to hear about every theme."),
        queryset=Theme.objects.none(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Choose themes from the list")},
    )

    def __init__(self, *args, locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themes"].queryset = Theme.objects.filter(locale=locale)
