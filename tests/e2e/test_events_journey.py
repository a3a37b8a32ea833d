"""A reader finds a training course in Chromium: from the menu to the events listing, a filter
on and off, the course's page, and its calendar file. Each page is checked by axe-core and
the Nu validator, on a desktop and on a phone."""

import re

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

COURSE = "Co-production in health and social care research: a one-day course"


def test_a_reader_finds_a_course_and_adds_it_to_their_calendar(
    demo_site, browser_page, visit, axe_check, html_check
):
    page = browser_page
    visit("/en/")
    with page.expect_navigation():
        page.locator("header").get_by_role("link", name="Events and training").first.click()
    expect(page.locator("h1")).to_have_text("Events and training")
    upcoming = page.locator(".hub-event-list").first.locator(".nhsuk-card__link")
    expect(upcoming).to_have_count(2)  # two a page: the third is on the next
    expect(page.get_by_text("4 bursary places")).to_be_visible()
    axe_check(page)
    html_check(page, "events")

    # Only events a reader can join online (a hybrid one too), then every event again.
    page.get_by_label("Online or in person").select_option("online")
    with page.expect_navigation():
        page.get_by_role("button", name="Apply filters").click()
    titles = upcoming.all_inner_texts()
    assert COURSE not in titles and len(titles) == 2
    with page.expect_navigation():
        page.locator(".hub-active-filters__link").first.click()
    expect(upcoming).to_have_count(2)

    # The next page of upcoming events has the third; the past event stays below it.
    upcoming_pages = page.get_by_role("navigation", name="Pages of upcoming events")
    with page.expect_navigation():
        upcoming_pages.get_by_role("link", name="Next page").click()
    expect(upcoming).to_have_count(1)
    expect(page.get_by_text("Fully booked")).to_be_visible()
    expect(page.locator(".hub-event-list").last).to_contain_text("Involvement when we could not meet")
    axe_check(page)
    with page.expect_navigation():
        upcoming_pages.get_by_role("link", name="Previous page").click()
    expect(upcoming).to_have_count(2)

    # The course: when, where, bursaries and how to book.
    with page.expect_navigation():
        page.get_by_role("link", name=COURSE).click()
    expect(page.locator("h1")).to_have_text(COURSE)
    expect(page.locator(".hub-key-facts")).to_contain_text("UK time")
    expect(page.get_by_role("heading", name="Bursary places")).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("^Book a place"))).to_have_attribute(
        "href", re.compile("^https://")
    )
    axe_check(page)
    html_check(page, "event")

    # "Add to your calendar" downloads one event in UK time.
    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile("^Add to your calendar")).click()
    calendar = Calendar.from_ical(open(download_info.value.path(), "rb").read())  # noqa: PTH123, SIM115
    events = calendar.walk("VEVENT")
    assert [str(event["SUMMARY"]) for event in events] == [COURSE]
    assert events[0]["DTSTART"].params["TZID"] == "Europe/London"

    # On a phone the page still passes, and the past event keeps its recording.
    page.set_viewport_size({"width": 390, "height": 844})
    visit("/en/events/involvement-online-webinar/")
    expect(page.get_by_text("This event has taken place.")).to_be_visible()
    expect(page.get_by_role("link", name="Watch the recording")).to_be_visible()
    axe_check(page)
