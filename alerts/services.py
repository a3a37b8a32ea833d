"""Email alerts: asking for them (double opt-in), confirming, leaving, and telling subscribers
about a new page. Every email goes through the outbox, so a mail fault never fails a request,
and each alert has a dedupe key, so no worker sends it twice."""

from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale

from alerts.models import AlertSubscription, Kind
from casestudies.models import OutgoingEmail
from casestudies.services import outbox
from hub.public_address import absolute

# An unconfirmed request is deleted after this, with its address.
CONFIRM_WITHIN = timedelta(days=7)
# Confirm emails one address can be sent in that time: the form cannot be used to flood someone.
MAX_UNCONFIRMED_PER_ADDRESS = 3


def link(subscription, name):
    with translation.override(subscription.language_code):
        return absolute(reverse(name, args=[subscription.token]))


def subscribe(email, kinds, themes, language_code):
    """Store the request and send its confirm link; nothing else is sent until it is confirmed.

    Returns the request, or None when the address already has too many unconfirmed ones.
    """
    email = email.strip()
    since = timezone.now() - CONFIRM_WITHIN
    unconfirmed = AlertSubscription.objects.filter(
        email__iexact=email, confirmed_at=None, created_at__gte=since
    )
    if unconfirmed.count() >= MAX_UNCONFIRMED_PER_ADDRESS:
        return None
    with transaction.atomic():
        subscription = AlertSubscription.objects.create(
            email=email, language_code=language_code, **{kind: kind in kinds for kind in Kind.values}
        )
        subscription.themes.set(themes)
        _queue(
            subscription,
            "alert_confirm",
            f"alert-confirm:{subscription.pk}",
            {"confirm_url": link(subscription, "alerts_confirm"), "days": CONFIRM_WITHIN.days},
        )
    return subscription


def find(token, *, confirmed=None):
    """The subscription a link names, or None; unconfirmed ones only while they can be confirmed."""
    found = AlertSubscription.objects.filter(token=token).first()
    if found is None or (confirmed is not None and found.is_confirmed != confirmed):
        return None
    if not found.is_confirmed and found.created_at < timezone.now() - CONFIRM_WITHIN:
        return None
    return found


def confirm(subscription):
    """Start the alerts. A confirmed request replaces the address's earlier choices."""
    with transaction.atomic():
        AlertSubscription.objects.filter(
            email__iexact=subscription.email, confirmed_at__isnull=False
        ).exclude(pk=subscription.pk).delete()
        subscription.confirmed_at = timezone.now()
        subscription.save(update_fields=["confirmed_at"])


def unsubscribe(subscription):
    """Stop the alerts and erase the address, from the subscription and from the outbox."""
    with transaction.atomic():
        emails = OutgoingEmail.objects.filter(kind=OutgoingEmail.Kind.ALERT, to__iexact=subscription.email)
        emails.filter(state=OutgoingEmail.State.PENDING).update(state=OutgoingEmail.State.CANCELLED)
        # One being sent keeps going (the worker holds its copy) and is stored without the address.
        emails.update(to="", body="", headers={})
        AlertSubscription.objects.filter(email__iexact=subscription.email).delete()


def erase_unconfirmed(now=None):
    """Delete requests nobody confirmed in time. Returns how many."""
    cutoff = (now or timezone.now()) - CONFIRM_WITHIN
    deleted, _ = AlertSubscription.objects.filter(confirmed_at=None, created_at__lt=cutoff).delete()
    return deleted


def kind_of(page):
    """Which alert a page is news for, or None."""
    from casestudies.models import CaseStudyPage, SharedLearningPage
    from events.models import EventPage
    from opportunities.models import OpportunityPage

    if isinstance(page, EventPage):
        return None if page.is_past else Kind.EVENTS
    if isinstance(page, OpportunityPage):
        return None if page.is_closed else Kind.OPPORTUNITIES
    if isinstance(page, (CaseStudyPage, SharedLearningPage)):
        return Kind.EXAMPLES
    return None


def is_first_publication(page):
    """Wagtail sets both dates to the same moment the first time a page goes live. A
    translation takes its source's first date (hub.translation), so it is never news again."""
    return page.first_published_at is not None and page.first_published_at == page.last_published_at


def subscribers_for(page, kind):
    theme_keys = list(page.themes.values_list("translation_key", flat=True))
    return (
        AlertSubscription.objects.filter(confirmed_at__isnull=False, **{kind: True})
        .filter(Q(themes=None) | Q(themes__translation_key__in=theme_keys))
        .distinct()
    )


def send_alerts(page):
    """Queue one email per matching subscriber about a new page, in the subscriber's language
    (the page's translation when it is live). Safe to call again: each subscriber is sent it
    once. Returns how many subscribers it is for."""
    kind = kind_of(page)
    if kind is None:
        return 0
    # Each language's version and address, worked out once for all its subscribers.
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    versions = {languages[p.locale_id]: p for p in page.get_translations(inclusive=True).live().specific()}
    default = languages[page.locale_id]
    versions.setdefault(default, page)
    urls = {code: version.full_url for code, version in versions.items()}
    subscriptions = list(subscribers_for(page, kind))
    for subscription in subscriptions:
        code = subscription.language_code if subscription.language_code in versions else default
        context = {
            "page": versions[code],
            "page_url": urls[code],
            "in_other_language": code != subscription.language_code,
            "kind": Kind(kind).label,
            "unsubscribe_url": link(subscription, "alerts_unsubscribe"),
        }
        dedupe_key = f"alert:{subscription.pk}:{page.translation_key}"
        _queue(subscription, "alert_new_page", dedupe_key, context, unsubscribe=True)
    return len(subscriptions)


def _queue(subscription, template, dedupe_key, context, unsubscribe=False):
    """One email to a subscriber, in their language, through the outbox."""
    headers = {"Auto-Submitted": "auto-generated"}
    if unsubscribe:
        # RFC 8058: mail programs show an "Unsubscribe" button that posts to this address.
        headers["List-Unsubscribe"] = f"<{context['unsubscribe_url']}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    return outbox.queue(
        subscription.email,
        OutgoingEmail.Kind.ALERT,
        dedupe_key,
        template=template,
        context={"subscription": subscription, **context},
        language_code=subscription.language_code,
        headers=headers,
    )
