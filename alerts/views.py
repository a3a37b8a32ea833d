"""Email alert pages: the form, "check your email", confirm and unsubscribe. Never cached,
kept out of search engines and other sites' logs: the links carry the reader's secret."""

from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from wagtail.models import Locale

from alerts import services
from alerts.forms import AlertForm
from alerts.models import Kind
from casestudies import ratelimit
from hub.http_cache import keep_private


def _page(request, template, context=None, status=200):
    return keep_private(TemplateResponse(request, f"alerts/{template}.html", context or {}, status=status))


def _unusable(request):
    return _page(request, "link_unusable", {"days": services.CONFIRM_WITHIN.days}, status=410)


@never_cache
def subscribe_view(request):
    initial = {
        "kinds": [kind for kind in request.GET.getlist("kind") if kind in Kind.values],
        "themes": request.GET.getlist("theme"),
    }
    form = AlertForm(request.POST or None, initial=initial, locale=Locale.get_active())
    limited = False
    if request.method == "POST":
        limited = ratelimit.count_post(request)
        if not limited and form.is_valid():
            data = form.cleaned_data
            services.subscribe(data["email"], data["kinds"], data["themes"], get_language())
            # The same answer whether or not the address was already subscribed: it stays private.
            return HttpResponseRedirect(reverse("alerts_sent"))
    status = 429 if limited else 400 if form.errors else 200
    context = {"form": form, "rate_limited": limited, "days": services.CONFIRM_WITHIN.days}
    return _page(request, "subscribe", context, status)


def sent_view(request):
    return _page(request, "sent", {"days": services.CONFIRM_WITHIN.days})


@never_cache
def confirm_view(request, token):
    subscription = services.find(token)
    if subscription is None:
        return _unusable(request)
    if request.method == "POST" and not subscription.is_confirmed:
        services.confirm(subscription)
        return HttpResponseRedirect(reverse("alerts_confirm", args=[token]))
    return _page(request, "confirm", {"subscription": subscription})


# Mail programs post here with no form token when a reader presses their "Unsubscribe" button
# (RFC 8058); the secret in the address is what proves the request.
@csrf_exempt
@never_cache
def unsubscribe_view(request, token):
    subscription = services.find(token, confirmed=True)
    if request.method == "POST":
        if subscription is not None:
            services.unsubscribe(subscription)
        return HttpResponseRedirect(reverse("alerts_unsubscribed"))
    if subscription is None:
        return _unusable(request)
    return _page(request, "unsubscribe", {"subscription": subscription})


def unsubscribed_view(request):
    return _page(request, "unsubscribed")
