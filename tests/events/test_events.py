"""Events and training: the listing decides upcoming and past by the clock, filters, calendar
files and each event's page, as a reader sees them."""

import datetime
import re
import zoneinfo

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from icalendar import Calendar

from events.models import EventPage
from tests.factories import EventIndexPageFactory, EventPageFactory, RegionFactory, ThemeFactory

pytestmark = pytest.mark.django_db

UK = zoneinfo.ZoneInfo("Europe/London")


@pytest.fixture
def events(site_tree):
    index = EventIndexPageFactory(parent=site_tree.home, title="Events", slug="events")
    training = ThemeFactory(name="Learning and development", slug="learning")
    wales = RegionFactory(name="Wales", slug="wales")
    soon = timezone.now() + datetime.timedelta(days=3)
    course = EventPageFactory(
        parent=index,
        title="Co-production course",
        slug="course",
        kind=EventPage.Kind.COURSE,
        starts_at=datetime.datetime(2030, 7, 3, 10, 0, tzinfo=UK),  # summer time: 09:00 UTC
        ends_at=datetime.datetime(2030, 7, 3, 16, 0, tzinfo=UK),
        format=EventPage.Format.IN_PERSON,
        venue="Temple of Peace",
        address="King Edward VII Avenue\nCardiff",
        bursary_places=4,
        bursary_details="<p>Bursaries cover travel.</p>",
        booking_url="https://tickets.example/course",
        region=wales,
        themes=[training],
    )
    webinar = EventPageFactory(parent=index, title="Paying people webinar", slug="webinar", starts_at=soon)
    hybrid = EventPageFactory(
        parent=index,
        title="Plain English workshop",
        slug="workshop",
        starts_at=soon + datetime.timedelta(days=1),
        format=EventPage.Format.HYBRID,
        venue="Engine Shed",
        address="Bristol",
        fully_booked=True,
        booking_url="https://tickets.example/workshop",
    )
    past = EventPageFactory(
        parent=index,
        title="Moving online webinar",
        slug="past",
        starts_at=timezone.now() - datetime.timedelta(days=30),
        recording_url="https://video.example/recording",
    )
    return index, course, webinar, hybrid, past


def section(html, heading):
    """The listing's titles under one heading ("Upcoming events" or "Past events")."""
    part = html.split(f">{heading}</h2>", 1)[1].split("<h2", 1)[0]
    return re.findall(r'nhsuk-card__link" href="[^"]+">([^<]+)</a>', part)


def test_upcoming_soonest_first_and_past_events_kept(client, events):
    html = client.get("/en/events/").content.decode()
    assert section(html, "Upcoming events") == [
        "Paying people webinar",
        "Plain English workshop",
        "Co-production course",
    ]
    assert section(html, "Past events") == ["Moving online webinar"]
    assert "4 bursary places" in html and "Fully booked" in html


def test_an_event_leaves_upcoming_when_it_ends_with_no_job_run(client, events, monkeypatch):
    later = timezone.now() + datetime.timedelta(days=5)
    monkeypatch.setattr("events.queries.timezone.now", lambda: later)
    html = client.get("/en/events/").content.decode()
    assert section(html, "Upcoming events") == ["Co-production course"]
    assert section(html, "Past events") == [
        "Plain English workshop",
        "Paying people webinar",
        "Moving online webinar",
    ]


@pytest.mark.parametrize(
    ("params", "upcoming"),
    [
        ({"theme": "learning"}, ["Co-production course"]),
        ({"format": "online"}, ["Paying people webinar", "Plain English workshop"]),  # hybrid is online too
        ({"format": "in_person"}, ["Plain English workshop", "Co-production course"]),
        ({"region": "wales"}, ["Co-production course"]),
        ({"theme": "no-such-theme"}, []),
        ({"format": "<script>"}, []),
    ],
)
def test_filters(client, events, params, upcoming):
    response = client.get("/en/events/", params)
    assert response.status_code == 200
    html = response.content.decode()
    assert section(html, "Upcoming events") == upcoming
    if not upcoming:
        assert "No upcoming events match your filters." in html
    assert "<script>" not in html.split("<main", 1)[1]


def test_add_to_calendar_gives_one_event_in_uk_time(client, events):
    response = client.get("/en/events/course/add-to-calendar/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    vevents = calendar.walk("VEVENT")
    assert len(vevents) == 1
    event = vevents[0]
    assert str(event["SUMMARY"]) == "Co-production course"
    start = event.decoded("DTSTART")
    assert (start.hour, str(start.tzinfo)) == (10, "Europe/London")
    assert start.astimezone(datetime.UTC).hour == 9  # British Summer Time
    assert event["DTSTART"].params["TZID"] == "Europe/London"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/London"]
    assert str(event["URL"]).endswith("/en/events/course/")
    assert "Temple of Peace" in str(event["LOCATION"])


def test_calendar_feed_has_only_upcoming_events(client, events):
    response = client.get("/en/events/calendar/")
    calendar = Calendar.from_ical(response.content)
    summaries = sorted(str(event["SUMMARY"]) for event in calendar.walk("VEVENT"))
    assert summaries == ["Co-production course", "Paying people webinar", "Plain English workshop"]
    assert len({str(event["UID"]) for event in calendar.walk("VEVENT")}) == 3


def test_event_page_says_when_where_cost_bursaries_and_how_to_book(client, events):
    html = client.get("/en/events/course/").content.decode()
    assert "Wednesday 3 July 2030, 10:00</time> to <time" in html and "16:00</time> UK time" in html
    assert "Temple of Peace" in html and "King Edward VII Avenue<br>Cardiff" in html
    assert "There are 4 bursary places" in html and "Bursaries cover travel." in html
    assert 'href="https://tickets.example/course">Book a place' in html
    assert 'href="/en/events/course/add-to-calendar/" download>Add to your calendar' in html
    assert ">Free<" in html  # no cost given


def test_a_fully_booked_event_offers_no_booking(client, events):
    html = client.get("/en/events/workshop/").content.decode()
    assert "All places have been taken" in html
    assert "tickets.example/workshop" not in html


def test_a_past_event_says_so_and_links_its_recording(client, events):
    html = client.get("/en/events/past/").content.decode()
    assert "This event has taken place." in html
    assert 'href="https://video.example/recording">Watch the recording' in html
    assert "add-to-calendar" not in html and "Book a place" not in html


def test_an_event_must_end_after_it_starts_and_say_where_it_is(events):
    _index, course, *_ = events
    course.ends_at = course.starts_at - datetime.timedelta(hours=1)
    with pytest.raises(ValidationError) as error:
        course.full_clean()
    assert "The end must be after the start." in str(error.value)
    course.ends_at = course.starts_at + datetime.timedelta(hours=1)
    course.venue = ""
    with pytest.raises(ValidationError) as error:
        course.full_clean()
    assert "Give the venue and its address" in str(error.value)


def test_events_are_searchable_and_in_the_sitemap(client, events):
    html = client.get("/en/search/", {"q": "co-production course"}).content.decode()
    assert ">Co-production course</a>" in re.sub(r"</?mark>", "", html)
    assert 'value="eventpage"' in html  # a content type to filter by
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/en/events/course/</loc>" in sitemap


def test_upcoming_and_past_events_each_have_their_own_pages(client, events):
    index = events[0]
    index.items_per_page = 2
    index.save_revision().publish()
    EventPageFactory(
        parent=index,
        title="Older webinar",
        slug="older",
        starts_at=timezone.now() - datetime.timedelta(days=90),
    )

    html = client.get("/en/events/").content.decode()
    assert section(html, "Upcoming events") == ["Paying people webinar", "Plain English workshop"]
    assert section(html, "Past events") == ["Moving online webinar", "Older webinar"]
    assert 'aria-label="Pages of upcoming events"' in html
    assert 'aria-label="Pages of past events"' not in html  # two past events fit on one page

    # A page number past the end, as after a filter, shows the last page.
    html = client.get("/en/events/", {"page": "2", "format": "in_person"}).content.decode()
    assert section(html, "Upcoming events") == ["Plain English workshop", "Co-production course"]
    html = client.get("/en/events/", {"page": "2"}).content.decode()
    assert section(html, "Upcoming events") == ["Co-production course"]
    assert 'href="?page=1"' in html and '<meta name="robots" content="noindex, follow">' in html

    # Past events turn their pages with ?past=, leaving the upcoming page where it is.
    EventPageFactory(
        parent=index,
        title="Oldest webinar",
        slug="oldest",
        starts_at=timezone.now() - datetime.timedelta(days=400),
    )
    html = client.get("/en/events/", {"page": "2", "past": "2"}).content.decode()
    assert section(html, "Upcoming events") == ["Co-production course"]
    assert section(html, "Past events") == ["Oldest webinar"]
    assert 'href="?page=2&amp;past=1"' in html


@pytest.mark.parametrize(
    ("posted", "stored", "error"),
    [("3", 3, None), ("0", 10, "greater than or equal to 1"), ("51", 10, "less than or equal to 50")],
)
def test_an_editor_sets_items_per_page_within_bounds(
    client, django_user_model, events, posted, stored, error
):
    from django.contrib.auth.models import Group

    from tests.admin_forms import edit_url, form_errors, page_form, publish

    index = events[0]
    editor = django_user_model.objects.create_user("editor", "editor@staff.example.org", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert "Items per page" in client.get(edit_url(index)).content.decode()

    data = page_form(title=index.title, slug=index.slug, intro="", items_per_page=posted)
    response = client.post(edit_url(index), publish(data))
    index.refresh_from_db()
    assert index.items_per_page == stored
    if error:
        assert error in form_errors(response)["items_per_page"][0]
    else:
        assert response.status_code == 302
