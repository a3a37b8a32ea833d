"""Per-address limits on the public form, shared by every worker and kept across restarts.

Every post counts (refused ones too), and so does every submission taken in. Each check
first writes its own row and then counts the rows: with any number of workers, the n-th
post of the hour sees at least n rows, so no more than the limit ever get through.
"""

import hashlib
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from casestudies.models import FormPost

WINDOW = timedelta(hours=1)


def submissions_per_hour():
    return getattr(settings, "COMMUNITY_SUBMISSIONS_PER_HOUR", 5)


def posts_per_hour():
    return getattr(settings, "COMMUNITY_POSTS_PER_HOUR", 30)


def client_address(request):
    """The caller's address.

    Behind a reverse proxy every request comes from the proxy, so set
    COMMUNITY_TRUSTED_PROXY_HEADER to the header it writes (for example HTTP_X_REAL_IP or
    HTTP_X_FORWARDED_FOR). Without that setting no forwarded header is believed: anyone can
    send one. From X-Forwarded-For only the last entry, the one the proxy added, is used.
    """
    header = getattr(settings, "COMMUNITY_TRUSTED_PROXY_HEADER", "")
    forwarded = request.META.get(header, "") if header else ""
    address = forwarded.split(",")[-1].strip() if forwarded else ""
    return address or request.META.get("REMOTE_ADDR", "") or "unknown"


def _hash(request):
    return hashlib.sha256(client_address(request).encode()).hexdigest()


def _count_after_adding(request, *, accepted):
    now = timezone.now()
    FormPost.objects.filter(created_at__lt=now - WINDOW).delete()
    row = FormPost.objects.create(address_hash=_hash(request), accepted=accepted, created_at=now)
    recent = FormPost.objects.filter(address_hash=row.address_hash, created_at__gte=now - WINDOW)
    if accepted:
        recent = recent.filter(accepted=True)
    return row, recent.count()


def count_post(request):
    """Record one post to the form. True when this address has posted too often this hour."""
    _row, count = _count_after_adding(request, accepted=False)
    return count > posts_per_hour()


def reserve_submission(request):
    """Hold one of this hour's submissions for the address; None when none are left.

    Release it with release() if the submission is then not taken in after all.
    """
    row, count = _count_after_adding(request, accepted=True)
    if count > submissions_per_hour():
        row.delete()
        return None
    return row


def release(reservation):
    FormPost.objects.filter(pk=reservation.pk).delete()
