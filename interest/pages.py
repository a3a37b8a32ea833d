"""What an event or opportunity page needs to take readers' interest: two routes and a rule."""

from wagtail.contrib.routable_page.models import path


class InterestFormMixin:
    """For a RoutablePage that defines ``accepts_interest`` (no booking link, not closed or full)."""

    @path("register-interest/", name="interest_form")
    def interest_form(self, request):
        from interest.views import interest_form_view

        return interest_form_view(request, self)

    @path("register-interest/sent/", name="interest_sent")
    def interest_sent(self, request):
        from interest.views import interest_sent_view

        return interest_sent_view(request, self)

    @property
    def interest_url(self):
        return self.url + self.reverse_subpage("interest_form")
