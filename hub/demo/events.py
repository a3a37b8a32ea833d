"""Events and training: a co-production course with bursary places, a webinar, a fully
booked workshop and a past webinar with its recording.

Upcoming events are dated from today, so the demo always has something coming up; the past
one has a fixed date. Loading again on the same day changes nothing.
"""

import datetime
import zoneinfo

from django.apps import apps
from django.utils import timezone

from .base import ImageRef, PageSpec, at_nine, upsert_pages
from .streams import para

UK = zoneinfo.ZoneInfo("Europe/London")


def uk_time(date, hour, minute=0):
    return datetime.datetime.combine(date, datetime.time(hour, minute), tzinfo=UK)


def in_days(days):
    return timezone.localdate() + datetime.timedelta(days=days)


def event_index_spec():
    return PageSpec(
        apps.get_model("events", "EventIndexPage"),
        "events",
        {
            "title": "Events and training",
            "show_in_menus": True,
            "summary": "Courses, workshops and webinars about involving people in research, "
            "with bursary places for public contributors.",
            "intro": "Learn with others who involve patients, carers and communities in research. "
            "Most events are free for public contributors, and some have bursary places that cover "
            "your travel and time.",
            "listing_image": ImageRef("kaleidoscope"),
            "items_per_page": 2,  # short pages, so the demo shows its listings paginated
        },
        first_published_at=at_nine(datetime.date(2019, 2, 4)),
    )


def _event(slug, fields, themes, region=None, ctx=None):
    return PageSpec(
        apps.get_model("events", "EventPage"),
        slug,
        {**fields, "region": ctx.term("regions", region) if region else None},
        m2m={"themes": ctx.term_list("themes", themes)},
        first_published_at=at_nine(datetime.date(2026, 5, 1)),
    )


def event_specs(ctx):
    course_day = in_days(21)
    webinar_day = in_days(35)
    workshop_day = in_days(56)
    past_day = datetime.date(2026, 6, 10)
    return [
        _event(
            "co-production-in-research-course",
            {
                "title": "Co-production in health and social care research: a one-day course",
                "kind": "course",
                "starts_at": uk_time(course_day, 10),
                "ends_at": uk_time(course_day, 16),
                "format": "in_person",
                "venue": "Engine Shed",
                "address": "Station Approach\nBristol\nBS1 6QH",
                "map_url": "https://www.openstreetmap.org/search?query=BS1%206QH",
                "summary": "A day on sharing power in research: what co-production means, how to start, "
                "and how to work through the hierarchies that get in the way.",
                "audience": "Researchers, health and care professionals, and members of the public who "
                "want to co-produce research. No experience needed.",
                "body": [
                    para(
                        "The course was written by public contributors who have co-produced research, "
                        "with researchers and a public involvement lead. You will work through "
                        "reflective questions about sharing power, in small groups that mix "
                        "researchers and public contributors."
                    ),
                    para(
                        "- what makes co-production different from consultation\n"
                        "- sharing decisions from the first idea to the final report\n"
                        "- paying and supporting public contributors\n"
                        "- what to do when hierarchies get in the way"
                    ),
                ],
                "access": "<p>The venue has step-free access, a hearing loop and a quiet room. Lunch is "
                "provided: tell us about any diet you need. If you need anything else to take part, "
                "such as a BSL interpreter or a carer's place, tell us when you book.</p>",
                "cost": "£60 for researchers and professionals; free for public contributors",
                "bursary_places": 4,
                "bursary_details": "<p>Bursaries cover your travel and a payment for your time. They are "
                "for public contributors and carers who would not otherwise be able to come. Say you "
                "would like one when you book; we reply within a week.</p>",
                "booking_url": "https://www.eventbrite.co.uk/",
                "capacity": 24,
                "fully_booked": False,
            },
            ["learning-and-development", "inclusion-and-diversity"],
            "south-west",
            ctx,
        ),
        _event(
            "paying-public-contributors-webinar",
            {
                "title": "Paying public contributors: a lunchtime webinar",
                "kind": "webinar",
                "starts_at": uk_time(webinar_day, 12, 30),
                "ends_at": uk_time(webinar_day, 13, 30),
                "format": "online",
                "online_details": "We email the joining link the day before. Live captions are on.",
                "summary": "How to pay people for their time quickly and fairly, and what to do "
                "about benefits and tax.",
                "audience": "Researchers and involvement leads who pay public contributors, and public "
                "contributors who want to know their rights.",
                "access": "<p>Live captions throughout. The recording and a transcript go on this page "
                "afterwards.</p>",
                "cost": "",
                "capacity": 100,
            },
            ["fit-for-purpose-processes"],
            None,
            ctx,
        ),
        _event(
            "plain-english-summaries-workshop",
            {
                "title": "Writing plain-English summaries people want to read",
                "kind": "workshop",
                "starts_at": uk_time(workshop_day, 10),
                "ends_at": uk_time(workshop_day, 12, 30),
                "format": "hybrid",
                "venue": "Temple of Peace",
                "address": "King Edward VII Avenue\nCardiff\nCF10 3AP",
                "online_details": "You can also join online: we email the link when you book.",
                "summary": "Bring a summary you are writing and rewrite it with public contributors.",
                "audience": "Anyone who writes about research for the public.",
                "access": "<p>Step-free access and a hearing loop. Welsh speakers are welcome to work "
                "in Welsh.</p>",
                "cost": "",
                "booking_url": "https://www.eventbrite.co.uk/",
                "capacity": 16,
                "fully_booked": True,
            },
            ["learning-and-development"],
            "wales",
            ctx,
        ),
        _event(
            "involvement-online-webinar",
            {
                "title": "Involvement when we could not meet: lessons from moving online",
                "kind": "webinar",
                "starts_at": uk_time(past_day, 14),
                "ends_at": uk_time(past_day, 15),
                "format": "online",
                "online_details": "",
                "summary": "Three projects on what worked, and who was left out, when involvement "
                "moved online.",
                "audience": "Anyone running involvement online.",
                "access": "<p>The recording has captions.</p>",
                "cost": "",
                "recording_url": "https://www.youtube.com/",
            },
            ["digital-technologies"],
            None,
            ctx,
        ),
    ]


def load_events(ctx, home):
    ctx.progress.step("Creating events and training")
    upsert_pages(home, [event_index_spec()], ctx, "Sections")
    upsert_pages(ctx.page("events"), event_specs(ctx), ctx, "Events")
