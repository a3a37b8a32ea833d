"""A reader on a phone, keyboard only, registers interest in the demo's webinar and expresses
interest in a paid role, in Chromium: a slip first, then the real thing; the acknowledgement
email arrives. axe-core and the Nu validator check every state, the error state included."""

import re

import pytest
from playwright.sync_api import expect

from interest.models import InterestRegistration
from tests.e2e.test_submission_journey import tab_to

pytestmark = pytest.mark.e2e

PHONE = {"width": 390, "height": 844}
WEBINAR = "Paying public contributors: a lunchtime webinar"


def test_a_reader_registers_interest_in_a_webinar_with_the_keyboard_on_a_phone(
    demo_site, browser_page, visit, axe_check, html_check
):
    from django.core import mail

    page = browser_page
    page.set_viewport_size(PHONE)
    visit("/en/events/paying-public-contributors-webinar/")
    tab_to(page, "a:has-text('Register your interest')")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("h1")).to_contain_text("Register your interest")
    expect(page.locator("h1")).to_contain_text(WEBINAR)
    axe_check(page)
    html_check(page, "interest form")

    # A slip: no name. The answers typed stay, and each error names its field.
    tab_to(page, "#id_email")
    page.keyboard.type("sam@example.net")
    tab_to(page, "#submit-button")
    with page.expect_response(lambda response: response.request.method == "POST") as refused:
        page.keyboard.press("Enter")
    page.wait_for_load_state("load")
    expect(page.locator(".nhsuk-error-summary")).to_contain_text("Enter your name")
    expect(page.locator("#id_email")).to_have_value("sam@example.net")
    assert page.title().startswith("Error:")
    axe_check(page)
    html_check(refused.value.text(), "interest form, error")
    page.hub_problems.failed_requests.clear()  # that 400 was the form's own answer to the slip

    tab_to(page, "#id_name")
    page.keyboard.type("Sam Patel")
    tab_to(page, "#id_note")
    page.keyboard.type("Please send the slides before the webinar.")
    tab_to(page, "#submit-button")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Thank you: we have your details")
    axe_check(page)
    html_check(page, "interest sent")

    registration = InterestRegistration.objects.get(email="sam@example.net")
    assert registration.page.title == WEBINAR and registration.note.startswith("Please send")
    [email] = [m for m in mail.outbox if m.to == ["sam@example.net"]]
    assert WEBINAR in email.subject and "Sam Patel" in email.body


def test_a_reader_expresses_interest_in_a_paid_role(demo_site, browser_page, visit, axe_check):
    page = browser_page
    visit("/en/opportunities/?page=2")  # the dementia study's role closes last
    with page.expect_navigation():
        page.locator(".nhsuk-card__link").filter(has_text="dementia").click()
    with page.expect_navigation():
        page.get_by_role("link", name=re.compile("^Express interest")).click()
    page.get_by_label("Your name").fill("Aled Rees")
    page.get_by_label("Your email address").fill("aled.rees@example.net")
    with page.expect_navigation():
        page.get_by_role("button", name="Send").click()
    expect(page.locator("h1")).to_have_text("Thank you: we have your details")
    axe_check(page)
    assert InterestRegistration.objects.filter(email="aled.rees@example.net").exists()
