"""A reader on a phone, keyboard only, asks for email alerts about new events from the demo's
events listing, confirms them from the email, gets an alert when an event is published, and
unsubscribes from the alert's link; a mail program's one-click unsubscribe works without a
form token. axe-core and the Nu validator check every state, the error state included."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from alerts.models import AlertSubscription
from tests.e2e.test_submission_journey import tab_to

pytestmark = pytest.mark.e2e

PHONE = {"width": 390, "height": 844}
READER = "nia@example.net"


def emails_to(address):
    return [message for message in mail.outbox if message.to == [address]]


def link_in(message, path):
    return re.search(rf"https?://\S+{path}\S+/", message.body).group(0)


def publish_event(title):
    from events.models import EventIndexPage
    from hub.models import Theme
    from tests.factories import EventPageFactory

    index = EventIndexPage.objects.get(locale__language_code="en")
    theme = Theme.objects.get(slug="inclusion-and-diversity", locale__language_code="en")
    event = EventPageFactory(
        parent=index, title=title, themes=[theme], live=False, first_published_at=None, last_published_at=None
    )
    event.save_revision().publish()
    return event


def test_a_reader_subscribes_confirms_gets_an_alert_and_unsubscribes_with_the_keyboard(
    demo_site, browser_page, visit, axe_check, html_check
):
    page = browser_page
    page.set_viewport_size(PHONE)
    visit("/en/events/")
    tab_to(page, "a:has-text('Get an email when we add an event')")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Get email alerts")
    expect(page.get_by_label("Events and training")).to_be_checked()
    axe_check(page)
    html_check(page, "alerts form")

    # A slip: no address. The choices stay, and the error names the field.
    tab_to(page, "#submit-button")
    with page.expect_response(lambda response: response.request.method == "POST") as refused:
        page.keyboard.press("Enter")
    page.wait_for_load_state("load")
    expect(page.locator(".nhsuk-error-summary")).to_contain_text("Enter your email address")
    expect(page.get_by_label("Events and training")).to_be_checked()
    assert page.title().startswith("Error:")
    axe_check(page)
    html_check(refused.value.text(), "alerts form, error")
    page.hub_problems.failed_requests.clear()  # that 400 was the form's own answer to the slip

    tab_to(page, "#id_email")
    page.keyboard.type(READER)
    tab_to(page, "input[value='inclusion-and-diversity']")
    page.keyboard.press("Space")
    tab_to(page, "#submit-button")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Check your email")
    axe_check(page)
    html_check(page, "alerts, check your email")

    [request] = emails_to(READER)
    visit(link_in(request, "/alerts/confirm/"))
    expect(page.locator("h1")).to_have_text("Confirm your email alerts")
    expect(page.locator(".nhsuk-summary-list")).to_contain_text("Inclusion and diversity")
    axe_check(page)
    html_check(page, "alerts, confirm")
    assert not AlertSubscription.objects.get(email=READER).is_confirmed  # opening the link is not enough
    tab_to(page, "button:has-text('Confirm')")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Your email alerts are on")
    axe_check(page)
    html_check(page, "alerts, confirmed")
    subscription = AlertSubscription.objects.get(email=READER)
    assert subscription.is_confirmed

    event = publish_event("Easy read writing workshop")
    [alert] = [message for message in emails_to(READER) if message is not request]
    assert "Easy read writing workshop" in alert.subject and event.full_url in alert.body
    unsubscribe = link_in(alert, "/alerts/unsubscribe/")
    assert alert.extra_headers["List-Unsubscribe"] == f"<{unsubscribe}>"

    visit(unsubscribe)
    expect(page.locator("h1")).to_have_text("Stop your email alerts")
    axe_check(page)
    html_check(page, "alerts, unsubscribe")
    tab_to(page, "button:has-text('Unsubscribe')")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("You have unsubscribed")
    axe_check(page)
    html_check(page, "alerts, unsubscribed")
    assert not AlertSubscription.objects.filter(email=READER).exists()


def test_a_mail_programs_one_click_unsubscribe_needs_no_form_token(demo_site, browser_page):
    from alerts import services

    subscription = services.subscribe("one.click@example.net", ["events"], [], "en")
    services.confirm(subscription)
    url = services.link(subscription, "alerts_unsubscribe")
    # What Gmail or Outlook sends when the reader presses their own Unsubscribe button (RFC 8058).
    response = browser_page.request.post(url, form={"List-Unsubscribe": "One-Click"}, max_redirects=0)
    assert response.status == 302
    assert not AlertSubscription.objects.filter(email="one.click@example.net").exists()
