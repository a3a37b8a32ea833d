"""Admin for translators: send a synced translation through the editorial workflow.

wagtail-localize's editor only offers "Publish" to people who may publish. A
translator (who may edit but not publish) uses "Submit translation for review"
in the page's "More" menu instead: the translation is saved as a draft and the
page's workflow starts, so an editor approves it before readers see it.

Hooks are registered from hub/wagtail_hooks.py, which imports this module.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.widgets import ListingButton
from wagtail.models import Page
from wagtail_localize.models import Translation

from hub.translation import submit_translation_for_review


def _translation_for(page):
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def submit_for_review_view(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    record = _translation_for(page)
    if record is None:
        messages.error(request, _("This page is not a synced translation."))
        return redirect("wagtailadmin_pages:edit", page.pk)
    if request.method == "POST":
        state = submit_translation_for_review(record, user=request.user)
        if state is None:
            messages.warning(
                request,
                _("'%(title)s' was saved as a draft. No workflow applies: an editor needs to publish it.")
                % {"title": page.get_admin_display_title()},
            )
        else:
            messages.success(
                request,
                _("'%(title)s' was submitted for review in the workflow '%(workflow)s'.")
                % {"title": page.get_admin_display_title(), "workflow": state.workflow.name},
            )
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return TemplateResponse(
        request,
        "hub/admin/submit_translation.html",
        {"page": page, "translation": record, "workflow": page.get_workflow()},
    )


@hooks.register("register_admin_urls")
def register_translation_review_urls():
    return [
        path(
            "translations/<int:page_id>/submit-for-review/",
            submit_for_review_view,
            name="hub_submit_translation_for_review",
        )
    ]


def submit_for_review_buttons(page, user, view_name=None, next_url=None):
    if page.is_root() or page.locale_id is None:
        return
    if not page.permissions_for_user(user).can_edit() or _translation_for(page) is None:
        return
    yield ListingButton(
        gettext_lazy("Submit translation for review"),
        reverse("hub_submit_translation_for_review", args=[page.pk]),
        priority=61,
        icon_name="resubmit",
    )


hooks.register("register_page_header_buttons", submit_for_review_buttons)
hooks.register("register_page_listing_more_buttons", submit_for_review_buttons)
