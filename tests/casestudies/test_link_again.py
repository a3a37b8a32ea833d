"""'Email me my link again': the private link goes only to the address the example came from,
the page never says whether an address is known, and asking often sends no flood of emails."""

import pytest
from django.core import mail

from casestudies.models import OutgoingEmail, Submission
from casestudies.services.submit import submit_example
from casestudies.services.withdraw import withdraw_submission
from tests.casestudies import community_kit as kit

pytestmark = pytest.mark.django_db
community = kit.community


def shared(community, email, title="Recipe cards"):
    submission, _ = submit_example(
        community.index,
        {
            "title": title,
            "stage": "done",
            "what_we_did": "We wrote recipe cards together.",
            "credit_preference": "anonymous",
            "contact_name": "Amira",
            "contact_email": email,
            "consent_publish": True,
        },
    )
    return submission


def link_again_url(community):
    return community.index.url + community.index.reverse_subpage("link_again")


def ask(client, community, email, capture, **extra):
    with capture(execute=True):
        return client.post(link_again_url(community), {"email": email, "website": "", **extra})


def test_the_link_is_sent_to_the_address_the_example_came_from(
    client, community, django_capture_on_commit_callbacks
):
    first = shared(community, "amira@example.net", "Recipe cards")
    second = shared(community, "amira@example.net", "Walking group")
    shared(community, "someone@example.net", "Not hers")
    mail.outbox.clear()

    form = client.get(link_again_url(community))
    assert form.status_code == 200 and "no-store" in form["Cache-Control"]
    assert 'autocomplete="email"' in form.content.decode()

    response = ask(client, community, "  AMIRA@example.net ", django_capture_on_commit_callbacks)
    assert response.status_code == 302
    sent_page = client.get(response["Location"]).content.decode()
    assert "Check your email" in sent_page
    assert {m.to[0] for m in mail.outbox} == {"amira@example.net"}
    assert len(mail.outbox) == 2
    bodies = " ".join(m.body for m in mail.outbox)
    assert "/examples/status/" in bodies and "Recipe cards" in bodies and "Walking group" in bodies
    subjects = " ".join(m.subject for m in mail.outbox)
    assert first.reference in subjects and second.reference in subjects

    # The link in the email opens the status page.
    link = next(word for word in mail.outbox[0].body.split() if "/status/" in word)
    assert client.get(link.split("localhost", 1)[1]).status_code == 200


def test_the_answer_is_the_same_for_an_unknown_address_and_nothing_is_sent(
    client, community, django_capture_on_commit_callbacks
):
    shared(community, "amira@example.net")
    mail.outbox.clear()
    known = ask(client, community, "amira@example.net", django_capture_on_commit_callbacks)
    unknown = ask(client, community, "nobody@example.net", django_capture_on_commit_callbacks)
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert [m.to for m in mail.outbox] == [["amira@example.net"]]


def test_asking_again_within_the_hour_sends_nothing_more(
    client, community, django_capture_on_commit_callbacks
):
    shared(community, "amira@example.net")
    mail.outbox.clear()
    for _ in range(3):
        ask(client, community, "amira@example.net", django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1
    assert OutgoingEmail.objects.filter(kind="link_again").count() == 1


def test_a_withdrawn_example_gets_no_link(client, community, django_capture_on_commit_callbacks):
    withdraw_submission(shared(community, "amira@example.net"))
    mail.outbox.clear()
    ask(client, community, "amira@example.net", django_capture_on_commit_callbacks)
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("email", "message"),
    [("", "Enter your email address"), ("not an address", "Enter an email address in the correct format")],
)
def test_bad_input_gets_a_plain_message(
    client, community, email, message, django_capture_on_commit_callbacks
):
    response = ask(client, community, email, django_capture_on_commit_callbacks)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html and "Error:" in html
    assert 'href="#id_email"' in html


def test_bots_and_floods_are_refused(client, community, settings, django_capture_on_commit_callbacks):
    shared(community, "amira@example.net")
    mail.outbox.clear()
    assert (
        ask(
            client, community, "amira@example.net", django_capture_on_commit_callbacks, website="x"
        ).status_code
        == 400
    )
    settings.COMMUNITY_POSTS_PER_HOUR = 2
    ask(client, community, "a@example.net", django_capture_on_commit_callbacks)
    limited = ask(client, community, "amira@example.net", django_capture_on_commit_callbacks)
    assert limited.status_code == 429
    assert mail.outbox == []
    assert Submission.objects.count() == 1


def test_a_broken_status_link_offers_the_link_again(client, community):
    broken = client.get(community.index.url + "status/not-a-real-token/")
    assert broken.status_code == 404
    assert link_again_url(community) in broken.content.decode()
