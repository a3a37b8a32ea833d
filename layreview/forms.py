from django import forms
from django.utils.translation import gettext_lazy as _

from casestudies.forms import PlainTextField
from layreview.models import LayReviewLink

COMMENT_MAX = 2000


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Your decision"),
        choices=[
            (LayReviewLink.Decision.APPROVED, _("Approve it: it can go on to the final check")),
            (LayReviewLink.Decision.CHANGES, _("Ask the sender to change something")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose whether to approve the example or ask for changes")},
    )
    comment = PlainTextField(
        label=_("Your comments"),
        answer=_("Your comments"),
        help_text=_("If you ask for changes, say what should change. The sender will read this."),
        max_length=COMMENT_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
    )

    def clean(self):
        data = super().clean()
        if data.get("decision") == LayReviewLink.Decision.CHANGES and not data.get("comment"):
            self.add_error("comment", _("Say what should change, so the sender knows what to do"))
        return data
