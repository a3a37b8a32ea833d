"""Take in a community example: draft page, private record and workflow, in one transaction."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import Truncator, slugify
from wagtail.images import get_image_model
from wagtail.models import Collection

from casestudies.models import ConsentVersion, SharedLearningPage, SharedLearningPhoto, Submission
from casestudies.photos import clean_copy
from casestudies.services.outbox import queue_email
from casestudies.services.tokens import status_url
from casestudies.services.workflow import ensure_workflow
from hub.models import SUMMARY_MAX_LENGTH

PAGE_FIELDS = [
    "title",
    "stage",
    "what_we_did",
    "who_was_involved",
    "what_changed",
    "advice",
    "topic",
    "region",
]
PHOTO_COLLECTION_NAME = "Community examples"


def credit_line(preference, credit_names, group_name):
    """What the page says about who sent it, as the sender chose."""
    if preference == SharedLearningPage.Credit.NAMED:
        return ", ".join(part for part in (credit_names.strip(), group_name.strip()) if part)
    if preference == SharedLearningPage.Credit.GROUP:
        return group_name.strip()
    return ""


def photo_collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=PHOTO_COLLECTION_NAME).first()
    return existing or root.add_child(name=PHOTO_COLLECTION_NAME)


def _slug_for(title, reference):
    base = slugify(title)[:60].strip("-") or "example"
    return f"{base}-{reference.lower()}"


def apply_answers(page, answers):
    """Copy the public answers onto a page object (not saved)."""
    for name in PAGE_FIELDS:
        if name in answers:
            setattr(page, name, answers[name])
    page.draft_title = page.title
    page.summary = Truncator(" ".join(page.what_we_did.split())).chars(SUMMARY_MAX_LENGTH)
    if "themes" in answers:
        page.themes.set(list(answers["themes"]))
    if "approaches" in answers:
        page.approaches.set(list(answers["approaches"]))
    return page


def _add_photos(page, photos, reference):
    if not photos:
        return
    Image = get_image_model()
    collection = photo_collection()
    for order, (upload, description) in enumerate(photos):
        # Stored without metadata and under a random name (casestudies.photos).
        stored = clean_copy(upload, upload.photo_format)
        image = Image(title=f"{reference} photo {order + 1}", file=stored, collection=collection)
        image.description = description
        image.save()
        page.photos.add(SharedLearningPhoto(image=image, alt_text=description, sort_order=order))


def submit_example(
    index_page,
    answers,
    *,
    photos=(),
    language_code="en",
    idempotency_key=None,
    channel=Submission.Channel.WEB,
    source_note="",
    entered_by=None,
):
    """Store a new example and start its review. Returns (submission, created).

    Sending the same idempotency key twice (a double click, a resubmitted form) returns
    the first submission and stores nothing new.
    """
    if idempotency_key:
        existing = Submission.objects.filter(idempotency_key=idempotency_key).first()
        if existing is not None:
            return existing, False
    try:
        with transaction.atomic():
            submission = _create(
                index_page, answers, photos, language_code, idempotency_key, channel, source_note, entered_by
            )
    except IntegrityError:
        existing = idempotency_key and Submission.objects.filter(idempotency_key=idempotency_key).first()
        if existing:
            return existing, False
        raise
    return submission, True


def _create(index_page, answers, photos, language_code, idempotency_key, channel, source_note, entered_by):
    # The private record is written first so a replayed idempotency key fails fast.
    submission = Submission.objects.create(
        contact_name=answers.get("contact_name", ""),
        contact_email=answers.get("contact_email", ""),
        group_name=answers.get("group_name", ""),
        credit_names=answers.get("credit_names", ""),
        consent_version=answers.get("consent_version") or ConsentVersion.current(),
        consent_publish=bool(answers.get("consent_publish")),
        consent_contact=bool(answers.get("consent_contact")),
        consent_pictured=bool(answers.get("consent_pictured")),
        channel=channel,
        source_note=source_note,
        entered_by=entered_by,
        language_code=language_code,
        idempotency_key=idempotency_key or None,
    )
    preference = answers.get("credit_preference") or SharedLearningPage.Credit.ANONYMOUS
    page = SharedLearningPage(
        live=False,
        slug=_slug_for(answers["title"], submission.reference),
        locale=index_page.locale,
        credit_preference=preference,
        credit_line=credit_line(preference, submission.credit_names, submission.group_name),
        owner=entered_by,
    )
    apply_answers(page, answers)
    _add_photos(page, photos, submission.reference)
    index_page.add_child(instance=page)
    page.save_revision(user=entered_by, log_action=True)
    submission.page = page
    submission.save(update_fields=["page"])

    workflow = ensure_workflow(index_page) or page.get_workflow()
    if workflow is not None:
        workflow.start(page, entered_by)
    submission.refresh_from_db(fields=["status"])
    queue_email(
        submission,
        "received",
        f"{submission.pk}:received",
        {"page": page, "status_url": status_url(submission, index_page), "received_at": timezone.now()},
    )
    return submission


def resubmit_example(submission, answers, *, user=None):
    """The submitter's edited answers after a change request: a new revision, and the review
    starts again from moderation, so consent, safeguarding and personal data are checked on
    the changed text too.

    Idempotent: a second "Send your changes" (a double click, two tabs) finds the example
    already back in review and changes nothing.
    """
    from casestudies.services.workflow import current_workflow_state

    with transaction.atomic():
        locked = Submission.objects.select_for_update().get(pk=submission.pk)
        if locked.status != Submission.Status.CHANGES_REQUESTED:
            return locked
        page = locked.page.get_latest_revision_as_object()
        apply_answers(page, answers)
        page.save_revision(user=user, log_action=True)
        state = current_workflow_state(locked.page)
        workflow = state.workflow if state is not None else locked.page.get_workflow()
        if state is not None:
            state.cancel(user=user)
        Submission.objects.filter(pk=locked.pk).update(
            status=Submission.Status.IN_REVIEW, updated_at=timezone.now()
        )
        if workflow is not None:
            workflow.start(locked.page, user)
    submission.refresh_from_db()
    return submission
