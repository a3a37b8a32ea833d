"""The form on its own address (``<page>/register-interest/``), never cached: it carries a form
token, and what a reader typed is theirs alone."""

from django.http import HttpResponseRedirect
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache

from casestudies import ratelimit
from hub.http_cache import keep_private
from interest.forms import InterestForm
from interest.services import register


@never_cache
def interest_form_view(request, page):
    if not page.accepts_interest:
        return HttpResponseRedirect(page.url)  # the page says why: closed, past or fully booked
    offers_bursary = bool(getattr(page, "bursary_places", None))
    form = InterestForm(request.POST or None, offers_bursary=offers_bursary)
    limited = False
    if request.method == "POST":
        limited = ratelimit.count_post(request)
        if not limited and form.is_valid():
            register(page, form.cleaned_data, get_language() or page.locale.language_code)
            return HttpResponseRedirect(page.url + page.reverse_subpage("interest_sent"))
    response = page.render(
        request,
        template="interest/interest_form.html",
        context_overrides={"form": form, "rate_limited": limited},
    )
    if limited or form.errors:
        response.status_code = 429 if limited else 400
    return keep_private(response)


def interest_sent_view(request, page):
    return keep_private(page.render(request, template="interest/interest_sent.html"))
