"""Collections of approved examples ('what you told us'), and telling contributors about them."""

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from casestudies.models import CollectionPage, SharedLearningIndexPage, SharedLearningPage, Submission
from casestudies.services.outbox import queue_email
from casestudies.services.tokens import status_url
from hub.queries import public_pages


def collection_examples(collection):
    """Live examples in a collection: those matching its themes and dates, plus those picked by hand."""
    # The privacy check inside the query, not a query of its own (hub.queries.public_pages).
    base = public_pages(SharedLearningPage.objects.live())
    picked_ids = [pick.example_id for pick in collection.picked_examples.all()]
    condition = Q(pk__in=picked_ids)
    if collection.include_matching:
        matching = base.descendant_of(collection.get_parent())
        theme_ids = [theme.pk for theme in collection.themes.all()]
        if theme_ids:
            matching = matching.filter(themes__in=theme_ids)
        if collection.date_from:
            matching = matching.filter(first_published_at__date__gte=collection.date_from)
        if collection.date_to:
            matching = matching.filter(first_published_at__date__lte=collection.date_to)
        condition |= Q(pk__in=matching.values("pk"))
    return base.filter(condition).distinct()


def collection_published(page):
    """Called whenever any page is published; shares a collection back the first time."""
    if isinstance(page, CollectionPage):
        share_back(page)


def share_back(collection):
    """Email everyone whose example is in the collection and who agreed to be contacted. Once each."""
    index_page = SharedLearningIndexPage.objects.filter(pk=collection.get_parent().pk).first()
    example_ids = collection_examples(collection).values("pk")
    submissions = Submission.objects.filter(
        page_id__in=example_ids, consent_contact=True, erased_at__isnull=True
    ).exclude(contact_email="")
    queued = 0
    with transaction.atomic():
        for submission in submissions.select_related("page"):
            email = queue_email(
                submission,
                "collection",
                f"{submission.pk}:collection:{collection.pk}",
                {
                    "collection": collection,
                    "collection_url": collection.get_full_url(),
                    "page": submission.page,
                    "status_url": status_url(submission, index_page) if index_page else "",
                },
            )
            queued += email is not None
        if collection.shared_back_at is None:
            CollectionPage.objects.filter(pk=collection.pk).update(shared_back_at=timezone.now())
    return queued
