from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search.admin_views import UnansweredSearchesReportView, can_view_report


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_report(request.user)


@hooks.register("register_admin_urls")
def register_unanswered_searches_urls():
    view = UnansweredSearchesReportView
    return [
        path("reports/searches-with-no-results/", view.as_view(), name="search_unanswered_report"),
        path(
            "reports/searches-with-no-results/results/",
            view.as_view(results_only=True),
            name="search_unanswered_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_unanswered_searches_menu_item():
    return ReportMenuItem(
        _("Searches with no results"),
        reverse("search_unanswered_report"),
        icon_name="search",
        order=1001,
    )
