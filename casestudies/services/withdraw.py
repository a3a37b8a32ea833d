"""A submitter withdraws consent, or a reviewer discards spam: take the page down, erase the
personal data and photos, keep a record of what happened."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from casestudies.models import OutgoingEmail, Submission
from casestudies.services.outbox import queue_email
from casestudies.services.workflow import current_workflow_state
from hub import cache_purge

ERASED = ""


def delete_photos(page):
    """Delete the example's photos: each image, its original file and every rendition.

    Wagtail removes the files from storage once the transaction commits; the caching proxy
    then forgets every rendition's address.
    """
    images = [photo.image for photo in page.photos.select_related("image")]
    cache_purge.purge_urls(
        settings.HUB_PUBLIC_URL + rendition.url for image in images for rendition in image.renditions.all()
    )
    page.photos.all().delete()
    for image in images:
        image.delete()


@transaction.atomic
def withdraw_submission(submission, *, user=None, reason="withdrawn by the submitter"):
    """Unpublish the page, stop the review, erase personal data, and log it. Idempotent.

    The submitter gets one email saying so; the outbox erases its address once it is sent.
    """
    return _take_down(
        submission, Submission.Status.WITHDRAWN, "casestudies.withdrawn", user, reason, confirm=True
    )


@transaction.atomic
def discard_as_spam(submission, *, user=None):
    """End the review silently: no email goes to whatever address the sender typed.

    The draft stays in the admin's history, without its photos and the sender's details.
    """
    return _take_down(submission, Submission.Status.SPAM, "casestudies.spam", user, "discarded as spam")


def _take_down(submission, status, log_action, user, reason, *, confirm=False):
    submission = Submission.objects.select_for_update().get(pk=submission.pk)
    if submission.status in (Submission.Status.WITHDRAWN, Submission.Status.SPAM):
        return submission
    page = submission.page.specific if submission.page else None
    confirmation = _queue_confirmation(submission, page) if confirm else None
    if page is not None:
        state = current_workflow_state(page)
        if state is not None:
            state.cancel(user=user)
        if page.live:
            page.unpublish(user=user, log_action=True)
        _clear_credit_and_photos(page)
        log(
            instance=page,
            action=log_action,
            user=user,
            data={"reference": submission.reference, "reason": reason},
        )
    _erase_personal_data(submission, status, keep=confirmation)
    return submission


def _queue_confirmation(submission, page):
    return queue_email(
        submission,
        OutgoingEmail.Kind.WITHDRAWN,
        f"{submission.pk}:withdrawn",
        {"title": page.title if page else ""},
    )


def _clear_credit_and_photos(page):
    """The public credit may name people: clear it from the page and every revision."""
    page.credit_line = ""
    page.credit_preference = page.Credit.ANONYMOUS
    page.save(update_fields=["credit_line", "credit_preference"])
    for revision in page.revisions.all():
        if revision.content.get("credit_line") or revision.content.get("photos"):
            revision.content["credit_line"] = ""
            revision.content["photos"] = []
            revision.save(update_fields=["content"])
    delete_photos(page)


def _erase_personal_data(submission, status, keep=None):
    now = timezone.now()
    submission.contact_name = ERASED
    submission.contact_email = ERASED
    submission.group_name = ERASED
    submission.credit_names = ERASED
    submission.consent_publish = False
    submission.consent_contact = False
    submission.status = status
    if status == Submission.Status.WITHDRAWN:
        submission.withdrawn_at = now
    submission.erased_at = now
    submission.save()
    # Emails hold names and addresses too: cancel the unsent ones and erase them all, except
    # the confirmation of this withdrawal, which the outbox erases once it has been sent.
    others = submission.emails.exclude(pk=keep.pk) if keep else submission.emails.all()
    others.filter(state=OutgoingEmail.State.PENDING).update(state=OutgoingEmail.State.CANCELLED)
    others.update(to="", body="", last_error="")
