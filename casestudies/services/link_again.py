"""'Email me my link again': a new copy of each private status link, sent to the address
the example came from.

The page answers the same whatever is typed, so it never tells anyone whether an address
has sent an example. At most one copy per example per hour goes out, however often it is asked.
"""

from django.utils import timezone

from casestudies.models import Submission
from casestudies.services.outbox import queue_email
from casestudies.services.tokens import status_url


def send_links_again(index_page, email):
    """Queue one email per example sent from this address to this index. Returns how many."""
    hour = timezone.now().strftime("%Y%m%d%H")
    submissions = Submission.objects.filter(
        contact_email__iexact=email.strip(), erased_at__isnull=True, page__path__startswith=index_page.path
    ).select_related("page")
    queued = 0
    for submission in submissions:
        email_row = queue_email(
            submission,
            "link_again",
            f"{submission.pk}:link_again:{hour}",
            {"page": submission.page, "status_url": status_url(submission, index_page)},
        )
        queued += email_row is not None
    return queued
