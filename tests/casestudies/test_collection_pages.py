"""Collections ('what you told us'): choosing examples, grouping, print, CSV, feed, share-back."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from casestudies.models import CollectionPage, CollectionPick, Submission
from casestudies.services.collections import collection_examples, share_back
from casestudies.services.submit import submit_example
from tests.casestudies import community_kit as kit
from tests.factories import SharedLearningPageFactory

pytestmark = pytest.mark.django_db
community = kit.community


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def new_collection(community, **fields):
    collection = CollectionPage(
        title=fields.pop("title", "What you told us"),
        slug=fields.pop("slug", "told-us"),
        live=False,
        **fields,
    )
    community.index.add_child(instance=collection)
    return collection


def test_examples_chosen_by_theme_and_date_and_by_hand(community):
    inclusion, learning, impact = community.themes[:3]
    old = SharedLearningPageFactory(
        parent=community.index,
        themes=[inclusion],
        first_published_at=timezone.now() - datetime.timedelta(days=400),
    )
    recent = SharedLearningPageFactory(parent=community.index, themes=[inclusion, impact])
    other = SharedLearningPageFactory(parent=community.index, themes=[learning])
    draft = SharedLearningPageFactory(parent=community.index, themes=[inclusion], live=False)
    collection = new_collection(community, date_from=timezone.localdate() - datetime.timedelta(days=30))
    collection.themes.set([inclusion, impact])
    collection.save()
    CollectionPick.objects.create(page=collection, example=other)
    ids = set(collection_examples(collection).values_list("pk", flat=True))
    assert ids == {recent.pk, other.pk}
    assert old.pk not in ids and draft.pk not in ids

    collection.include_matching = False
    assert set(collection_examples(collection).values_list("pk", flat=True)) == {other.pk}


def test_grouped_by_area_with_counts_print_csv_and_feed(client, community):
    inclusion, learning, impact = community.themes[:3]
    a = SharedLearningPageFactory(
        parent=community.index, title="Choir for carers", themes=[inclusion, impact]
    )
    SharedLearningPageFactory(parent=community.index, title="=cmd|' /C calc'!A0", themes=[impact])
    SharedLearningPageFactory(parent=community.index, title="Untagged example")
    collection = publish(new_collection(community, what_we_heard="<p>People asked to be paid fairly.</p>"))
    html = client.get(collection.url).content.decode()
    assert "People asked to be paid fairly." in html
    assert "Inclusion and diversity" in html and "Impact" in html and "Other examples" in html
    assert "2 examples" in html and "3 examples from community groups" in html
    assert html.index("Inclusion and diversity") < html.index("Impact") < html.index("Other examples")

    printable = client.get(collection.url + "print/")
    assert printable.status_code == 200 and "Choir for carers" in printable.content.decode()
    assert "nhsuk-header" not in printable.content.decode()

    csv_response = client.get(collection.url + "csv/")
    assert csv_response["Content-Type"].startswith("text/csv")
    body = csv_response.content.decode()
    assert "Choir for carers" in body and a.get_full_url() in body
    assert "'=cmd" in body  # spreadsheet formulas are neutralised

    feed = client.get(collection.url + "feed/")
    assert feed["Content-Type"].startswith("application/rss+xml")
    assert "<title>Choir for carers</title>" in feed.content.decode()


def _submitted_and_published(community, email, consent_contact):
    submission, _ = submit_example(
        community.index,
        {
            "title": f"Example from {email}",
            "stage": "done",
            "what_we_did": "We shared a meal and talked about research.",
            "themes": [community.themes[0]],
            "credit_preference": "anonymous",
            "contact_name": "Someone",
            "contact_email": email,
            "consent_publish": True,
            "consent_contact": consent_contact,
        },
    )
    submission.page.get_latest_revision().publish()
    return submission


def test_share_back_emails_only_those_who_agreed_and_only_once(community, django_capture_on_commit_callbacks):
    yes = _submitted_and_published(community, "yes@example.net", True)
    _submitted_and_published(community, "no@example.net", False)
    collection = new_collection(community)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        publish(collection)
    to = [m.to[0] for m in mail.outbox]
    assert to == ["yes@example.net"]
    assert "What you told us" in mail.outbox[0].subject
    assert collection.get_full_url() in mail.outbox[0].body
    with django_capture_on_commit_callbacks(execute=True):
        assert share_back(collection) == 1  # the same email again, not a new one
        publish(collection)
    assert len(mail.outbox) == 1
    assert CollectionPage.objects.get(pk=collection.pk).shared_back_at is not None
    assert Submission.objects.get(pk=yes.pk).emails.filter(kind="collection").count() == 1


def test_withdrawn_examples_leave_collections_and_get_no_email(community, django_capture_on_commit_callbacks):
    from casestudies.services.withdraw import withdraw_submission

    gone = _submitted_and_published(community, "gone@example.net", True)
    withdraw_submission(gone)
    collection = new_collection(community)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        publish(collection)
    assert mail.outbox == []
    assert not collection_examples(collection).exists()
