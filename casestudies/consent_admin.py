"""Staff publish a new consent wording in the admin; every submission keeps the one it agreed to.

The share form always shows the newest wording (`ConsentVersion.current()`). A wording that
someone has agreed to can no longer be changed or deleted, so the record of what each person
agreed to stays true. Each wording carries its Welsh, Urdu (and other) translations.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.snippets.views.snippets import SnippetViewSet

from casestudies.models import ConsentVersion

TRANSLATED = [(code, name) for code, name in settings.WAGTAIL_CONTENT_LANGUAGES if code != "en"]
STATEMENTS = [
    ("publish_text", _("Consent to publish")),
    ("contact_text", _("Consent to be contacted")),
    ("pictured_text", _("Permission from people pictured")),
]


def translation_field_name(code, name):
    return f"{name}_{code}"


class ConsentVersionFormBase(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        stored = self.instance.translations or {}
        for code, _language in TRANSLATED:
            for name, _label in STATEMENTS:
                self.initial.setdefault(
                    translation_field_name(code, name), stored.get(code, {}).get(name, "")
                )

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk and self.instance.submissions.exists() and self.has_changed():
            raise ValidationError(
                _("People have agreed to this wording, so it cannot be changed. Add a new version instead.")
            )
        return cleaned

    def save(self, commit=True):
        self.instance.translations = {
            code: {
                name: text
                for name, _label in STATEMENTS
                if (text := self.cleaned_data.get(translation_field_name(code, name), "").strip())
            }
            for code, _language in TRANSLATED
        }
        return super().save(commit)


def _translation_fields():
    return {
        translation_field_name(code, name): forms.CharField(
            label=f"{label} ({language})",
            required=False,
            widget=forms.Textarea(attrs={"rows": 3}),
            help_text=_("Leave empty to show the English wording in this language."),
        )
        for code, language in TRANSLATED
        for name, label in STATEMENTS
    }


# One text box per statement and language, declared so that the panels below can show them.
ConsentVersionForm = type("ConsentVersionForm", (ConsentVersionFormBase,), _translation_fields())


class ConsentVersionViewSet(SnippetViewSet):
    model = ConsentVersion
    icon = "doc-full"
    menu_label = _("Consent wordings")
    add_to_settings_menu = True
    list_display = ["version", "created_at", "used_by"]
    ordering = ["-created_at"]
    inspect_view_enabled = True
    edit_handler = ObjectList(
        [
            FieldPanel("version"),
            FieldPanel("publish_text"),
            FieldPanel("contact_text"),
            FieldPanel("pictured_text"),
            *[
                MultiFieldPanel(
                    [FieldPanel(translation_field_name(code, name)) for name, _label in STATEMENTS],
                    heading=language,
                )
                for code, language in TRANSLATED
            ],
        ],
        base_form_class=ConsentVersionForm,
    )
