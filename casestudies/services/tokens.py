"""Signed private links to a submission's status page. No account needed, nothing guessable."""

import base64

from django.conf import settings
from django.core import signing

from casestudies.models import Submission

SALT = "casestudies.submission-status"


class InvalidStatusToken(Exception):
    """The link was changed, has expired, or no longer matches the submission."""


def max_age():
    return getattr(settings, "COMMUNITY_STATUS_LINK_MAX_AGE", 60 * 60 * 24 * 365)


def make_status_token(submission):
    """A signed, timestamped token, re-encoded so it fits in one Wagtail URL segment ([A-Za-z0-9_-])."""
    signed = signing.dumps(
        {"s": submission.pk, "n": submission.token_nonce, "v": submission.token_version},
        salt=SALT,
        compress=True,
    )
    return base64.urlsafe_b64encode(signed.encode()).decode().rstrip("=")


def read_status_token(token):
    """Return the submission a token names, or raise InvalidStatusToken."""
    try:
        signed = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
    except (ValueError, UnicodeDecodeError) as error:
        raise InvalidStatusToken("malformed") from error
    try:
        data = signing.loads(signed, salt=SALT, max_age=max_age())
    except signing.SignatureExpired as error:
        raise InvalidStatusToken("expired") from error
    except signing.BadSignature as error:
        raise InvalidStatusToken("bad signature") from error
    if not isinstance(data, dict):
        raise InvalidStatusToken("malformed")
    submission = Submission.objects.select_related("page", "consent_version").filter(pk=data.get("s")).first()
    if (
        submission is None
        or submission.token_nonce != data.get("n")
        or submission.token_version != data.get("v")
    ):
        raise InvalidStatusToken("no such submission")
    return submission


def status_url(submission, index_page, *, full=True):
    """The private status-page address for a submission, under its index page."""
    path = index_page.reverse_subpage("status", kwargs={"token": make_status_token(submission)})
    base = index_page.get_full_url() if full else index_page.url
    return base + path
