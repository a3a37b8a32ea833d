from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from casestudies.example_chooser import CommunityExampleChooser
from layreview.models import LayReviewLink


class LayReviewLinkViewSet(SnippetViewSet):
    """Staff issue a link per reviewer and example, copy it from the list, and revoke it there."""

    model = LayReviewLink
    icon = "link"
    menu_label = _("Lay review links")
    add_to_admin_menu = False
    list_display = [
        "reviewer_name",
        Column("page", label=_("Community example"), accessor="page.title"),
        Column("status", label=_("Status")),
        DateColumn("expires_at", label=_("Works until")),
        Column("full_url", label=_("Link to send")),
    ]
    list_filter = ["revoked", "decision"]
    search_fields = ["reviewer_name"]
    panels = [
        FieldPanel("page", widget=CommunityExampleChooser),
        FieldPanel("reviewer_name"),
        FieldPanel("expires_at"),
        FieldPanel("revoked"),
    ]


register_snippet(LayReviewLinkViewSet)
