"""Email alerts without an account: asking (double opt-in), confirming, the alert a new page
sends (once, in the reader's language, with a one-click unsubscribe), and leaving (which erases
the address)."""

import datetime
import io
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from alerts import services
from alerts.models import AlertSubscription
from casestudies.models import OutgoingEmail
from tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    OpportunityIndexPageFactory,
    OpportunityPageFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

FORM = "/en/alerts/"


@pytest.fixture
def themes(site_tree):
    return {
        "mental": ThemeFactory(name="Mental health", slug="mental-health"),
        "pay": ThemeFactory(name="Payment", slug="payment"),
    }


@pytest.fixture
def sections(site_tree):
    return {
        "events": EventIndexPageFactory(parent=site_tree.home, slug="events"),
        "opportunities": OpportunityIndexPageFactory(parent=site_tree.home, slug="opportunities"),
    }


def ask(client, **answers):
    data = {"email": "ada@example.org", "kinds": ["events"], "website": "", **answers}
    return client.post(FORM, data)


def confirm_link(email):
    return re.search(r"https?://\S+/alerts/confirm/\S+/", email.body).group(0)


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)


def subscribed(client, django_capture_on_commit_callbacks, **answers):
    """Ask and confirm, as a reader would; returns the subscription."""
    with django_capture_on_commit_callbacks(execute=True):
        ask(client, **answers)
    request = OutgoingEmail.objects.filter(kind=OutgoingEmail.Kind.ALERT).latest("created_at")
    client.post(path_of(confirm_link(request)))
    return AlertSubscription.objects.get(confirmed_at__isnull=False)


def publish_new(factory, django_capture_on_commit_callbacks, **fields):
    """A page created as a draft and then published by an editor, as in the admin."""
    page = factory(live=False, first_published_at=None, last_published_at=None, **fields)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    return page


def test_listings_link_to_the_form_with_their_kind_and_theme_chosen(client, sections, themes):
    html = client.get(sections["events"].url + "?theme=mental-health").content.decode()
    assert f'href="{FORM}?kind=events&amp;theme=mental-health"' in html
    assert f'href="{FORM}">Get email alerts</a>' in html  # and every page's footer links to it
    form = client.get(FORM + "?kind=events&theme=mental-health").content.decode()
    assert re.search(r'value="events"\s+checked', form) and re.search(
        r'value="mental-health"\s+checked', form
    )
    assert not re.search(r'value="opportunities"\s+checked', form)


def test_asking_stores_an_unconfirmed_request_and_sends_only_a_confirm_link(
    client, themes, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = ask(client, kinds=["events", "opportunities"], themes=["payment"])
    assert response.status_code == 302 and response["Location"] == "/en/alerts/check-your-email/"
    subscription = AlertSubscription.objects.get()
    assert not subscription.is_confirmed
    assert subscription.kinds == ["events", "opportunities"]
    assert list(subscription.themes.all()) == [themes["pay"]]
    [sent] = mail.outbox
    assert sent.to == ["ada@example.org"] and "Confirm your email alerts" in sent.subject
    assert "List-Unsubscribe" not in sent.extra_headers  # not subscribed yet
    page = client.get(path_of(confirm_link(sent)))
    assert "Confirm your email alerts" in page.content.decode() and "Payment" in page.content.decode()
    assert not AlertSubscription.objects.get().is_confirmed  # opening the link alone changes nothing


def test_confirming_starts_the_alerts_and_replaces_earlier_choices(
    client, themes, django_capture_on_commit_callbacks
):
    first = subscribed(client, django_capture_on_commit_callbacks, kinds=["events"])
    with django_capture_on_commit_callbacks(execute=True):
        ask(client, email="ADA@example.org", kinds=["opportunities"])
    assert AlertSubscription.objects.get(pk=first.pk).events  # unchanged until confirmed
    second = AlertSubscription.objects.get(confirmed_at=None)
    response = client.post(f"/en/alerts/confirm/{second.token}/")
    assert response.status_code == 302
    assert "Your email alerts are on" in client.get(response["Location"]).content.decode()
    [kept] = AlertSubscription.objects.all()
    assert kept.pk == second.pk and kept.kinds == ["opportunities"]


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"email": "", "kinds": []}, "Enter your email address"),
        ({"email": "not an address"}, "Enter an email address in the correct format"),
        ({"kinds": []}, "Choose at least one thing to hear about"),
        ({"kinds": ["everything"]}, "Select a valid choice"),
        ({"themes": ["no-such-theme"]}, "Choose themes from the list"),
        ({"website": "http://spam.example"}, "Leave this field empty"),
    ],
)
def test_bad_answers_are_shown_plainly_and_change_nothing(client, themes, answers, message):
    response = ask(client, **answers)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html and "There is a problem" in html
    assert not AlertSubscription.objects.exists() and not OutgoingEmail.objects.exists()


def test_one_address_cannot_be_flooded_with_confirm_emails(client, themes):
    for _ in range(5):
        assert ask(client).status_code == 302  # the same answer every time
    assert OutgoingEmail.objects.count() == services.MAX_UNCONFIRMED_PER_ADDRESS


def test_too_many_posts_from_one_connection_are_refused(client, themes, settings):
    settings.COMMUNITY_POSTS_PER_HOUR = 1
    ask(client)
    response = ask(client, email="other@example.org")
    assert response.status_code == 429
    assert AlertSubscription.objects.count() == 1


def test_a_new_page_is_sent_once_to_matching_subscribers_only(
    client, sections, themes, django_capture_on_commit_callbacks
):
    subscribed(client, django_capture_on_commit_callbacks, kinds=["events"], themes=["mental-health"])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        ask(client, email="unconfirmed@example.org", kinds=["events"])
    mail.outbox.clear()

    event = publish_new(
        EventPageFactory,
        django_capture_on_commit_callbacks,
        parent=sections["events"],
        title="Mind and body workshop",
        themes=[themes["mental"]],
    )
    publish_new(
        EventPageFactory,
        django_capture_on_commit_callbacks,
        parent=sections["events"],
        title="Paying people",
        themes=[themes["pay"]],
    )
    publish_new(
        OpportunityPageFactory,
        django_capture_on_commit_callbacks,
        parent=sections["opportunities"],
        title="Mental health panel",
        themes=[themes["mental"]],
    )
    [alert] = mail.outbox
    assert alert.to == ["ada@example.org"] and "Mind and body workshop" in alert.subject
    assert event.full_url in alert.body
    subscription = AlertSubscription.objects.get(email="ada@example.org")
    unsubscribe = f"http://testserver/en/alerts/unsubscribe/{subscription.token}/"
    assert unsubscribe.split("/en/")[1] in alert.body
    assert alert.extra_headers["List-Unsubscribe"].endswith(f"/en/alerts/unsubscribe/{subscription.token}/>")
    assert alert.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()  # an edit is not news
        services.send_alerts(event)  # nor a second run of the same job
    assert mail.outbox == []


def test_no_themes_means_every_theme_and_a_closed_or_past_page_is_not_news(
    client, sections, themes, django_capture_on_commit_callbacks
):
    subscribed(client, django_capture_on_commit_callbacks, kinds=["opportunities", "events"])
    mail.outbox.clear()
    publish_new(
        OpportunityPageFactory,
        django_capture_on_commit_callbacks,
        parent=sections["opportunities"],
        title="Any theme role",
        themes=[themes["pay"]],
    )
    publish_new(
        OpportunityPageFactory,
        django_capture_on_commit_callbacks,
        parent=sections["opportunities"],
        title="Closed role",
        closes_on=timezone.localdate() - datetime.timedelta(days=1),
    )
    last_week = timezone.now() - datetime.timedelta(days=7)
    publish_new(
        EventPageFactory,
        django_capture_on_commit_callbacks,
        parent=sections["events"],
        title="Old talk",
        starts_at=last_week,
        ends_at=last_week + datetime.timedelta(hours=1),
    )
    assert [m.subject for m in mail.outbox] == [
        "New on Health and Care Research Engagement Hub: Any theme role"
    ]


def test_the_alert_is_in_the_subscribers_language(
    client, sections, themes, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/cy/alerts/", {"email": "ffion@example.org", "kinds": ["events"], "website": ""})
    request = mail.outbox[0]
    assert "/cy/alerts/confirm/" in request.body and "Confirm your email alerts" not in request.subject
    client.post(path_of(confirm_link(request)))
    mail.outbox.clear()
    publish_new(
        EventPageFactory, django_capture_on_commit_callbacks, parent=sections["events"], title="Gweminar"
    )
    [alert] = mail.outbox
    assert "Gweminar" in alert.subject and "/cy/alerts/unsubscribe/" in alert.body
    assert "New on" not in alert.subject


def test_unsubscribing_in_one_click_erases_the_address_everywhere(
    client, sections, themes, django_capture_on_commit_callbacks
):
    subscription = subscribed(client, django_capture_on_commit_callbacks, kinds=["events"])
    publish_new(EventPageFactory, django_capture_on_commit_callbacks, parent=sections["events"], title="Talk")
    assert OutgoingEmail.objects.filter(to="ada@example.org").count() == 2

    url = f"/en/alerts/unsubscribe/{subscription.token}/"
    page = client.get(url)
    assert page.status_code == 200 and "Stop your email alerts" in page.content.decode()
    assert AlertSubscription.objects.exists()  # a visit alone (a mail scanner) changes nothing

    # What a mail program sends for its own Unsubscribe button (RFC 8058): no form token.
    csrf_client = client.__class__(enforce_csrf_checks=True)
    response = csrf_client.post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 302 and response["Location"] == "/en/alerts/unsubscribed/"
    assert not AlertSubscription.objects.exists()
    assert not OutgoingEmail.objects.filter(to__icontains="ada").exists()
    assert not OutgoingEmail.objects.filter(body__icontains="ada@example.org").exists()
    gone = client.get(url)
    assert gone.status_code == 410 and "This link does not work" in gone.content.decode()


def test_unconfirmed_requests_are_erased_after_a_week(client, themes):
    ask(client)
    ask(client, email="kept@example.org")
    AlertSubscription.objects.filter(email="ada@example.org").update(
        created_at=timezone.now() - services.CONFIRM_WITHIN - datetime.timedelta(minutes=1)
    )
    old = AlertSubscription.objects.get(email="ada@example.org")
    assert client.get(f"/en/alerts/confirm/{old.token}/").status_code == 410
    call_command("erase_unconfirmed_alerts", stdout=io.StringIO())
    assert list(AlertSubscription.objects.values_list("email", flat=True)) == ["kept@example.org"]


def test_alert_pages_are_private_and_kept_out_of_search_engines(client, themes):
    for url in (FORM, "/en/alerts/check-your-email/", "/en/alerts/unsubscribed/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "private" in response["Cache-Control"], url
        assert 'name="robots" content="noindex' in response.content.decode(), url
