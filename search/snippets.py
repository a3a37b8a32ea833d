"""Plain text of a page's searchable fields, read without extra database queries."""

from collections.abc import Mapping, Sequence

from django.utils.html import strip_tags
from modelsearch.index import SearchField
from wagtail.fields import StreamField

from search.text import contains_match, highlight

# Fields tried first for the snippet, in order, when they hold a matching word.
PREFERRED = ("summary", "plain_summary", "intro", "what_we_did", "search_description")


def _raw_text(raw):
    if isinstance(raw, str):
        return [strip_tags(raw)]
    if isinstance(raw, Mapping):
        if "type" in raw and "value" in raw:
            return _raw_text(raw["value"])
        return [text for value in raw.values() for text in _raw_text(value)]
    if isinstance(raw, Sequence):
        return [text for item in raw for text in _raw_text(item)]
    return []


def field_text(page, name):
    try:
        model_field = page._meta.get_field(name)
    except Exception:
        model_field = None
    value = getattr(page, name, "")
    if isinstance(model_field, StreamField):
        texts = _raw_text(value.raw_data)
        return " ".join(t.strip() for t in texts if t.strip() and not t.strip().isdigit())
    if isinstance(value, str):
        return " ".join(strip_tags(value).split())
    return ""


def text_fields(page):
    """(name, text) pairs: preferred fields first, then other search fields by boost."""
    names = [name for name in PREFERRED if hasattr(page, name)]
    search_fields = sorted(
        (f for f in page.get_search_fields() if isinstance(f, SearchField)),
        key=lambda f: -(f.boost or 1),
    )
    for search_field in search_fields:
        if search_field.field_name not in names and search_field.field_name != "title":
            names.append(search_field.field_name)
    for name in names:
        text = field_text(page, name)
        if text:
            yield name, text


def snippet(page, stems, size=40):
    """Escaped HTML: the first field holding a matching word, or the summary, with matches marked."""
    first = None
    for _name, text in text_fields(page):
        if first is None:
            first = text
        if contains_match(text, stems):
            return highlight(text, stems, size)
    return highlight(first or "", stems, size)
