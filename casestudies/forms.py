"""The public 'Share your example' form, the status-page edit form, and the staff entry form.

Everything people type is plain text: it is stored as given and shown escaped. Text that
looks like web code (tags, scripts) or carries hidden control characters is refused with
a plain-English message, so nothing surprising is ever stored.
"""

import re
import secrets
import time
import unicodedata

from django import forms
from django.conf import settings
from django.core import signing
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from casestudies import photos
from casestudies.models import ConsentVersion, SharedLearningPage, Submission
from casestudies.models.shared_learning import ANSWER_MAX, CREDIT_MAX, SHORT_ANSWER_MAX, TITLE_MAX
from casestudies.models.submission import EMAIL_MAX, GROUP_MAX, NAME_MAX
from casestudies.photos import PhotoField
from hub.models import Approach, Region, Theme, Topic

FORM_TOKEN_SALT = "casestudies.share-form"  # noqa: S105 - a signing salt, not a secret
PHOTO_SLOTS = 3
FORM_MAX_AGE = 60 * 60 * 24
MARKUP = re.compile(
    r"<\s*/?\s*[a-zA-Z!?][^>]*>|<\s*script|javascript\s*:|on[a-z]+\s*=\s*[\"']", re.IGNORECASE
)
# Bidirectional overrides and invisible formatting characters that can disguise text.
HIDDEN_CHARACTERS = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def min_fill_seconds():
    return getattr(settings, "COMMUNITY_FORM_MIN_SECONDS", 4)


def named(message, answer):
    """A translated message with the answer's name put in, e.g. "Your title must be...".

    Both are looked up when shown, so each reader sees them in their own language.
    """
    return lazy(lambda: str(message).replace("{answer}", str(answer)), str)()


def clean_plain_text(value, *, answer, multiline=True):
    """Normalise and check one typed answer. Raises ValidationError with a plain message."""
    if not value:
        return value
    value = unicodedata.normalize("NFC", value)
    if HIDDEN_CHARACTERS.search(value) or any(
        unicodedata.category(ch) == "Cc" and ch not in ("\n", "\r", "\t") for ch in value
    ):
        raise forms.ValidationError(
            named(
                _("{answer} has hidden characters in it. Please type it again rather than pasting it."),
                answer,
            ),
            code="hidden_characters",
        )
    if not multiline and ("\n" in value or "\r" in value):
        raise forms.ValidationError(named(_("Keep {answer} to one line."), answer), code="multiline")
    if MARKUP.search(value):
        raise forms.ValidationError(
            named(
                _(
                    "Write {answer} in plain text. Remove anything that looks like web code, such as <b> or <script>."
                ),
                answer,
            ),
            code="markup",
        )
    return value.replace("\r\n", "\n").strip()


class PlainTextField(forms.CharField):
    """Plain text. ``answer`` names it in error messages ("Your title"), as the NHS.UK pattern asks."""

    def __init__(self, *args, answer, multiline=True, **kwargs):
        self.multiline = multiline
        self.answer = answer
        kwargs["error_messages"] = {
            "max_length": named(
                _("{answer} must be %(limit_value)d characters or fewer. It has %(show_value)d."), answer
            ),
            **kwargs.get("error_messages", {}),
        }
        super().__init__(*args, **kwargs)

    def clean(self, value):
        value = super().clean(value)
        return clean_plain_text(value, answer=self.answer, multiline=self.multiline)


def choice_errors(required, answer):
    """Plain messages for a choice field: nothing chosen, or a choice that is not on the list."""
    invalid = named(_("Choose {answer} from the list"), answer)
    return {
        "required": required,
        "invalid_choice": invalid,
        "invalid_pk_value": invalid,
        "invalid_list": invalid,
    }


def make_form_token(consent_version=None):
    """A signed hidden value: when the form was opened, a key that makes a submit once-only,
    and the consent wording shown (so the reader is recorded as agreeing to what they read)."""
    data = {"t": time.time(), "k": secrets.token_hex(16)}
    if consent_version is not None:
        data["c"] = consent_version.pk
    return signing.dumps(data, salt=FORM_TOKEN_SALT)


def consent_version_shown(token):
    """The consent wording a form was shown with, from its token; None if it cannot be told."""
    try:
        version_id = signing.loads(token or "", salt=FORM_TOKEN_SALT).get("c")
    except (signing.BadSignature, AttributeError):
        return None
    return ConsentVersion.objects.filter(pk=version_id).first() if version_id else None


def renew_form_token(old_token):
    """A fresh token for a form shown again, keeping its once-only key when the old one is genuine.

    A form left open longer than FORM_MAX_AGE can then still be sent after its errors are shown.
    """
    now = time.time()
    try:
        old = signing.loads(old_token or "", salt=FORM_TOKEN_SALT)
        key, opened = old["k"], float(old["t"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return make_form_token()
    # Someone who took long enough the first time need not wait again; a post that was too
    # quick keeps its own clock running.
    opened = min(opened, now) if now - opened < min_fill_seconds() else now - min_fill_seconds()
    renewed = {"t": opened, "k": key}
    if "c" in old:
        renewed["c"] = old["c"]
    return signing.dumps(renewed, salt=FORM_TOKEN_SALT)


def email_field(help_text):
    """The submitter's email address, with plain messages, as every public form asks for it."""
    return forms.EmailField(
        label=_("Your email address"),
        help_text=help_text,
        max_length=EMAIL_MAX,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": _("Enter your email address"),
            "invalid": _("Enter an email address in the correct format, like name@example.com"),
            "max_length": _("Your email address must be %(limit_value)d characters or fewer"),
        },
    )


class HoneypotMixin(forms.Form):
    """A field people never see (the template hides it); a bot that fills it is refused."""

    website = forms.CharField(required=False, label=_("Leave this empty"))

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("Leave this field empty"), code="honeypot")
        return ""


class AnswersMixin(forms.Form):
    """The public answers shared by the submission form and the status-page edit form."""

    title = PlainTextField(
        label=_("Give your example a short title"),
        help_text=_("For example, 'Recipe cards written with a carers' group'."),
        answer=_("Your title"),
        max_length=TITLE_MAX,
        multiline=False,
        error_messages={"required": _("Enter a short title for your example")},
    )
    stage = forms.ChoiceField(
        label=_("Have you done this yet?"),
        choices=SharedLearningPage.Stage.choices,
        widget=forms.RadioSelect,
        error_messages=choice_errors(
            _("Select whether you have done this yet"), _("whether you have done this")
        ),
    )
    what_we_did = PlainTextField(
        label=_("What did you do, or what do you plan to do?"),
        answer=_("What you did"),
        max_length=ANSWER_MAX,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": _("Tell us what you did or plan to do")},
    )
    who_was_involved = PlainTextField(
        label=_("Who was involved, and how? (optional)"),
        help_text=_(
            "For example, which groups took part and what part they played. Please do not give names."
        ),
        answer=_("Who was involved"),
        max_length=ANSWER_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    what_changed = PlainTextField(
        label=_("What changed because of it? (optional)"),
        answer=_("What changed"),
        max_length=ANSWER_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    advice = PlainTextField(
        label=_("What advice would you give others? (optional)"),
        answer=_("Your advice"),
        max_length=SHORT_ANSWER_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Which areas does your example cover? (optional)"),
        help_text=_("Select all that apply."),
        queryset=Theme.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages=choice_errors("", _("the areas")),
    )
    approaches = forms.ModelMultipleChoiceField(
        label=_("How did you work with people? (optional)"),
        help_text=_("Select all that apply."),
        queryset=Approach.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages=choice_errors("", _("how you worked with people")),
    )
    topic = forms.ModelChoiceField(
        label=_("Health or care topic (optional)"),
        queryset=Topic.objects.none(),
        required=False,
        empty_label=_("Choose a topic"),
        error_messages=choice_errors("", _("a topic")),
    )
    region = forms.ModelChoiceField(
        label=_("Where did this happen? (optional)"),
        queryset=Region.objects.none(),
        required=False,
        empty_label=_("Choose a region"),
        error_messages=choice_errors("", _("a region")),
    )

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        # Formatted here, not at import, so the hint is in the reader's language.
        self.fields["what_we_did"].help_text = _(
            "Tell us in your own words. You can write up to %(max)d characters."
        ) % {"max": ANSWER_MAX}
        for name, model in (
            ("themes", Theme),
            ("approaches", Approach),
            ("topic", Topic),
            ("region", Region),
        ):
            queryset = model.objects.order_by("sort_order", "name")
            if locale is not None:
                queryset = queryset.filter(locale=locale)
            self.fields[name].queryset = queryset


class SubmissionForm(HoneypotMixin, AnswersMixin):
    group_name = PlainTextField(
        label=_("Your group or organisation (optional)"),
        answer=_("Your group's name"),
        max_length=GROUP_MAX,
        required=False,
        multiline=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    credit_preference = forms.ChoiceField(
        label=_("How should we credit your example?"),
        choices=SharedLearningPage.Credit.choices,
        widget=forms.RadioSelect,
        error_messages=choice_errors(
            _("Select how we should credit your example"), _("how we should credit your example")
        ),
    )
    credit_names = PlainTextField(
        label=_("Names to show (optional)"),
        help_text=_("Only if you chose to name people. Everyone named must have agreed."),
        answer=_("The names to show"),
        max_length=CREDIT_MAX,
        required=False,
        multiline=False,
    )
    contact_name = PlainTextField(
        label=_("Your name"),
        help_text=_("We will not publish this."),
        answer=_("Your name"),
        max_length=NAME_MAX,
        multiline=False,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Enter your name")},
    )
    contact_email = email_field(
        help_text=_("We will only use this to tell you about your example. We will not publish it.")
    )
    consent_publish = forms.BooleanField(
        required=True, error_messages={"required": _("You must agree that we can publish your example")}
    )
    consent_contact = forms.BooleanField(required=False)
    consent_pictured = forms.BooleanField(required=False)
    form_token = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, consent_version=None, **kwargs):
        super().__init__(*args, **kwargs)
        shown = consent_version_shown(self.data.get(self.add_prefix("form_token"))) if self.is_bound else None
        self.consent_version = consent_version or shown or ConsentVersion.current()
        wording = self.consent_version.wording(translation.get_language())
        self.fields["consent_publish"].label = wording["publish_text"]
        self.fields["consent_contact"].label = wording["contact_text"]
        self.fields["consent_pictured"].label = wording["pictured_text"]
        if not self.is_bound:
            self.initial.setdefault("form_token", make_form_token(self.consent_version))
        for slot in range(1, PHOTO_SLOTS + 1):
            self.fields[f"photo_{slot}"] = PhotoField(
                number=slot,
                label=_("Photo %(number)d (optional)") % {"number": slot},
                help_text=_("A JPEG, PNG or WebP photo, up to %(size)s and %(megapixels)d megapixels.")
                % {"size": filesizeformat(photos.max_bytes()), "megapixels": photos.max_megapixels()},
                required=False,
            )
            self.fields[f"photo_{slot}_description"] = PlainTextField(
                label=_("Describe photo %(number)d (optional)") % {"number": slot},
                help_text=_("Say what it shows, for people who cannot see it."),
                answer=_("The description of photo %(number)d") % {"number": slot},
                max_length=250,
                required=False,
                multiline=False,
            )

    def renew_token(self):
        """Before the form is shown again with errors: a fresh token, so it can still be sent."""
        self.data = self.data.copy()
        self.data[self.add_prefix("form_token")] = renew_form_token(
            self.data.get(self.add_prefix("form_token"))
        )

    def photo_slots(self):
        return [
            (self[f"photo_{slot}"], self[f"photo_{slot}_description"]) for slot in range(1, PHOTO_SLOTS + 1)
        ]

    @property
    def photos_to_choose_again(self):
        """After errors, browsers cannot re-fill file boxes, and the hub keeps no photo from a form
        that was not sent: the page says which photos must be chosen again."""
        if not self.is_bound or not self.errors:
            return []
        chosen = [self.files.get(self.add_prefix(f"photo_{slot}")) for slot in range(1, PHOTO_SLOTS + 1)]
        # Photos a draft already keeps (see casestudies/share_draft.py) need not be chosen again.
        return [slot for slot, upload in enumerate(chosen, 1) if upload and not hasattr(upload, "kept_photo")]

    def clean_form_token(self):
        expired = _("This form has expired or was changed. Please check your answers and send it again.")
        try:
            data = signing.loads(self.cleaned_data["form_token"], salt=FORM_TOKEN_SALT, max_age=FORM_MAX_AGE)
        except signing.BadSignature as error:
            raise forms.ValidationError(expired, code="bad_form_token") from error
        age = time.time() - data["t"]
        if age > FORM_MAX_AGE:
            raise forms.ValidationError(expired, code="bad_form_token")
        if age < min_fill_seconds():
            raise forms.ValidationError(
                _(
                    "That was quicker than we expect a person to fill in the form. Please check your answers and send it again."
                ),
                code="too_fast",
            )
        self.idempotency_key = data["k"]
        return self.cleaned_data["form_token"]

    def _clean_photo(self, slot):
        upload = self.cleaned_data.get(f"photo_{slot}")
        description = self.cleaned_data.get(f"photo_{slot}_description")
        if not upload:
            if description and f"photo_{slot}" not in self.errors:
                # A description without its photo: the photo was never chosen, or was lost.
                self.add_error(
                    f"photo_{slot}",
                    _("Choose photo %(number)d, or delete its description") % {"number": slot},
                )
            return None
        if not description:
            self.add_error(
                f"photo_{slot}_description", _("Describe what photo %(number)d shows") % {"number": slot}
            )
            return None
        return upload, description

    def clean(self):
        cleaned = super().clean()
        photos = [self._clean_photo(slot) for slot in range(1, PHOTO_SLOTS + 1)]
        cleaned["photos"] = [photo for photo in photos if photo]
        if cleaned["photos"] and not cleaned.get("consent_pictured"):
            self.add_error(
                "consent_pictured",
                _(
                    "Confirm that everyone who can be recognised in your photos has agreed to them being published"
                ),
            )
        preference = cleaned.get("credit_preference")
        if preference == SharedLearningPage.Credit.NAMED and not cleaned.get("credit_names"):
            self.add_error(
                "credit_names", _("Enter the names to show, or choose a different way to credit your example")
            )
        if preference == SharedLearningPage.Credit.GROUP and not cleaned.get("group_name"):
            self.add_error(
                "group_name", _("Enter your group's name, or choose a different way to credit your example")
            )
        cleaned["consent_version"] = self.consent_version
        return cleaned


class StaffSubmissionForm(SubmissionForm):
    """A staff member enters an example for a group: from a workshop, a phone call or a letter."""

    channel = forms.ChoiceField(
        label=_("How did this example reach us?"),
        choices=[c for c in Submission.Channel.choices if c[0] != Submission.Channel.WEB],
    )
    source_note = PlainTextField(
        label=_("Where it came from (optional)"),
        answer=_("Where it came from"),
        help_text=_("For example, 'Carers' café workshop, Leeds, 3 March'."),
        max_length=300,
        required=False,
        multiline=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact_email"].required = False
        self.fields["contact_email"].help_text = _("Leave empty if the group has no email address.")
        del self.fields["website"]

    def clean_form_token(self):
        try:
            data = signing.loads(self.cleaned_data["form_token"], salt=FORM_TOKEN_SALT, max_age=FORM_MAX_AGE)
        except signing.BadSignature as error:
            raise forms.ValidationError(
                _("This form has expired. Please send it again."), code="bad_form_token"
            ) from error
        self.idempotency_key = data["k"]
        return self.cleaned_data["form_token"]


class EditAnswersForm(AnswersMixin):
    """The submitter's answers, editable from the status page when changes are requested."""

    @classmethod
    def initial_from_page(cls, page):
        return {
            "title": page.title,
            "stage": page.stage,
            "what_we_did": page.what_we_did,
            "who_was_involved": page.who_was_involved,
            "what_changed": page.what_changed,
            "advice": page.advice,
            "themes": list(page.themes.all()),
            "approaches": list(page.approaches.all()),
            "topic": page.topic,
            "region": page.region,
        }


class LinkAgainForm(HoneypotMixin):
    """'Email me my link again': the address the example was sent from, nothing else."""

    email = email_field(help_text=_("The address you gave when you shared your example."))
