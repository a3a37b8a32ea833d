"""The "register your interest" form: a name, an email address, and anything we should know."""

from django import forms
from django.utils.translation import gettext_lazy as _

from casestudies.forms import HoneypotMixin, PlainTextField, email_field
from interest.models import NAME_MAX, NOTE_MAX


class InterestForm(HoneypotMixin):
    name = PlainTextField(
        label=_("Your name"),
        answer=_("Your name"),
        multiline=False,
        max_length=NAME_MAX,
        widget=forms.TextInput(attrs={"autocomplete": "name", "spellcheck": "false"}),
        error_messages={"required": _("Enter your name")},
    )
    email = email_field(help_text=_("We will only use it to write to you about this."))
    note = PlainTextField(
        label=_("Anything we should know (optional)"),
        answer=_("What we should know"),
        help_text=_(
            "For example, support you need to take part, such as a hearing loop or a quiet room, or a question."
        ),
        max_length=NOTE_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    wants_bursary = forms.BooleanField(label=_("I would like to ask for a bursary place"), required=False)

    def __init__(self, *args, offers_bursary=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not offers_bursary:
            del self.fields["wants_bursary"]
