"""Admin wiring for community examples: report, staff entry, dashboard panel, log actions."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet

from casestudies import admin_views, photo_permissions, photo_views
from casestudies.consent_admin import ConsentVersionViewSet
from casestudies.reports import waiting_by_stage

# Photos sent with examples never reach the Images library, its chooser or its renditions.
photo_permissions.register()


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("community-submissions/", admin_views.submissions_report, name="casestudies_submissions_report"),
        path("community-submissions/new/", admin_views.staff_entry, name="casestudies_staff_entry"),
        path("community-photos/<int:image_id>/", photo_views.review_photo, name="casestudies_review_photo"),
    ]


class SubmissionsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("casestudies.view_submission")


@hooks.register("register_reports_menu_item")
def register_submissions_report_menu_item():
    return SubmissionsMenuItem(
        _("Community submissions"), reverse("casestudies_submissions_report"), icon_name="form", order=50
    )


class WaitingExamplesPanel(Component):
    name = "community_examples_waiting"
    template_name = "casestudies/admin/waiting_panel.html"
    order = 90

    def get_context_data(self, parent_context=None):
        return {"stages": waiting_by_stage(), "report_url": reverse("casestudies_submissions_report")}


@hooks.register("construct_homepage_panels")
def add_waiting_examples_panel(request, panels):
    if request.user.has_perm("casestudies.view_submission"):
        panels.append(WaitingExamplesPanel())


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(
        "casestudies.withdrawn",
        _("Withdrawn by submitter"),
        _("The submitter withdrew consent; details erased"),
    )
    actions.register_action(
        "casestudies.spam", _("Discarded as spam"), _("Community example discarded as spam; details erased")
    )
    actions.register_action(
        "casestudies.not_accepted", _("Not accepted"), _("Community example not accepted")
    )


@hooks.register("after_create_page")
def attach_community_workflow(request, page):
    """A new community-examples index gets the review workflow at once."""
    from casestudies.models import SharedLearningIndexPage
    from casestudies.services.workflow import ensure_workflow

    if isinstance(page.specific, SharedLearningIndexPage):
        ensure_workflow(page)


register_snippet(ConsentVersionViewSet)
