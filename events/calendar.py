"""Calendar files (RFC 5545) for events, made with the icalendar library.

Each event is one VEVENT with its start and end in its own time zone (TZID, with the
VTIMEZONE that defines it), so a calendar shows 10:00 UK time whatever the season.
"""

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event

from hub.public_address import absolute


def _event(page):
    event = Event()
    event.add("uid", f"event-{page.translation_key}@hub")
    event.add("dtstamp", timezone.now())
    event.add("summary", page.title)
    event.add("dtstart", page.local_start)
    event.add("dtend", page.local_end)
    event.add("url", absolute(page.url))
    where = ", ".join(part for part in [page.venue, " ".join(page.address.split())] if part)
    if page.is_online:
        where = f"{where} (and online)" if where else "Online"
    if where:
        event.add("location", where)
    description = [page.summary or "", absolute(page.url)]
    event.add("description", "\n\n".join(part for part in description if part))
    return event


def calendar_response(pages, name):
    calendar = Calendar()
    calendar.add("prodid", "-//Health and Care Research Engagement Hub//Events//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for page in pages:
        calendar.add_component(_event(page))
    calendar.add_missing_timezones()
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.ics"'
    return response
