from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from interest.admin_views import InterestReportView, can_view


class InterestMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view(request.user)


@hooks.register("register_admin_urls")
def register_interest_report_urls():
    view = InterestReportView
    return [
        path("reports/interest/", view.as_view(), name="interest_report"),
        path("reports/interest/results/", view.as_view(results_only=True), name="interest_report_results"),
    ]


@hooks.register("register_reports_menu_item")
def register_interest_report_menu_item():
    return InterestMenuItem(
        _("Interest registrations"), reverse("interest_report"), icon_name="mail", order=1100
    )
