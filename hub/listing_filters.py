"""Filters for the section listings (events, opportunities, resources, impact), read from the
query string. Each returns a Q for the listing and records what it chose in ``active``, for
the "Filters in use" links; an unknown value matches nothing (and is shown as typed)."""

from django.db.models import Q

# "Online" includes what can be joined either way, and so does "In person".
FORMAT_MATCHES = {"online": ["online", "hybrid"], "in_person": ["in_person", "hybrid"], "hybrid": ["hybrid"]}


def choices_of(text_choices):
    """A TextChoices class as options for components/filter_select.html."""
    return [{"slug": value, "name": label} for value, label in text_choices.choices]


def term_filter(request, name, terms, field, active):
    """?name=<slug> among ``terms`` (themes, regions), as a condition on ``field``."""
    slug = request.GET.get(name, "").strip()
    if not slug:
        return Q()
    term = next((t for t in terms if t.slug == slug), None)
    active[name] = term
    return Q(**{field: term}) if term else Q(pk__in=[])


def choice_filter(request, name, options, field, active, matches=None):
    """?name=<value> among ``options``; ``matches`` maps a value to the stored values it covers."""
    value = request.GET.get(name, "").strip()
    if not value:
        return Q()
    chosen = next((option for option in options if option["slug"] == value), None)
    active[name] = chosen["name"] if chosen else None
    if chosen is None:
        return Q(pk__in=[])
    return Q(**{f"{field}__in": matches.get(value, [value]) if matches else [value]})
