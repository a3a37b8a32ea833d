"""The lay reviewer's page, at a private link: the example without personal data, and a decision.

Never cached, kept out of search engines and other sites' logs (referrer same-origin), and
answered the same way for a link that never existed, expired, was revoked or was used.
"""

from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache

from casestudies import ratelimit
from hub.http_cache import keep_private
from layreview.forms import DecisionForm
from layreview.models import LayReviewLink
from layreview.services import LinkNotUsable, decide, usable


def _unusable(request):
    return keep_private(TemplateResponse(request, "layreview/link_unusable.html", status=410))


@never_cache
def review_view(request, token):
    link = LayReviewLink.from_token(token)
    if not usable(link):
        return _unusable(request)
    form = DecisionForm(request.POST or None)
    limited = False
    if request.method == "POST":
        limited = ratelimit.count_post(request)
        if not limited and form.is_valid():
            try:
                decide(link, form.cleaned_data["decision"], form.cleaned_data["comment"])
            except LinkNotUsable:
                return _unusable(request)
            return HttpResponseRedirect(reverse("lay_review_done", args=[token]))
    response = TemplateResponse(
        request,
        "layreview/review.html",
        {"link": link, "example": link.page, "form": form, "rate_limited": limited},
        status=429 if limited else 400 if form.errors else 200,
    )
    return keep_private(response)


@never_cache
def done_view(request, token):
    link = LayReviewLink.from_token(token)
    if link is None or not link.decision:
        return _unusable(request)
    return keep_private(TemplateResponse(request, "layreview/done.html", {"link": link}))
