"""The page editor shows reviewers what the sender agreed to, in the words they were shown."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class ConsentAnswersPanel(Panel):
    """Read-only: the consent answers of the submission behind a community example."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("What the sender agreed to"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "casestudies/admin/consent_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["submission"] = getattr(self.instance, "submission", None) if self.instance.pk else None
            return context
