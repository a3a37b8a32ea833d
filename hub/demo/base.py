"""Shared machinery for the demo loaders: progress output, references and idempotent upserts."""

import datetime
import re
import uuid
from dataclasses import dataclass, field

from django.utils import timezone
from wagtail.blocks import StreamValue
from wagtail.fields import StreamField
from wagtail.models import Locale

# Block ids are derived from the page slug and position, so an unchanged page
# produces exactly the same StreamField data on every run.
BLOCK_ID_NAMESPACE = uuid.UUID("6f1c8a52-3f0e-4c1b-9d7e-2b5a0c4e8f11")


class Progress:
    """Writes what the loader is doing; silent at verbosity 0."""

    def __init__(self, stdout=None, verbosity=1, style=None):
        self.stdout = stdout
        self.verbosity = verbosity
        self.style = style

    def write(self, message, level=1):
        if self.stdout is not None and self.verbosity >= level:
            self.stdout.write(message)

    def step(self, message):
        self.write(message + "...")

    def item(self, label, index, total, title, outcome):
        self.write(f"  {label}: {index}/{total} {title} ({outcome})")

    def done(self, label, outcomes):
        counts = ", ".join(f"{outcomes.count(name)} {name}" for name in ("created", "updated", "unchanged"))
        self.write(f"  {label}: {len(outcomes)} ({counts})")


@dataclass
class Context:
    """What the builders share: the locale, progress output and what has been built so far."""

    locale: Locale
    progress: Progress
    images: dict = field(default_factory=dict)
    pages: dict = field(default_factory=dict)
    people: dict = field(default_factory=dict)
    documents: dict = field(default_factory=dict)
    terms: dict = field(default_factory=dict)
    new_stubs: set = field(default_factory=set)

    def page(self, slug):
        try:
            return self.pages[slug]
        except KeyError:
            raise LookupError(f"Demo content refers to page {slug!r} before it is built.") from None

    def image(self, key):
        return self.images[key]

    def person(self, name):
        return self.people[name]

    def term(self, kind, slug):
        return self.terms[kind][slug]

    def term_list(self, kind, slugs):
        return [self.terms[kind][slug] for slug in slugs]


# --- References resolved when a page is built -----------------------------------------


@dataclass(frozen=True)
class PageRef:
    slug: str


@dataclass(frozen=True)
class ImageRef:
    key: str


@dataclass(frozen=True)
class Rich:
    """Rich text written in a tiny plain-text format (see ``rich_html``)."""

    text: str


LINK_RE = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
BOLD_RE = re.compile(r"\*\*(.+?)\*\*")


def _escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _inline(text, ctx):
    def link(match):
        label, target = match.group(1), match.group(2)
        if target.startswith("page:"):
            return f'<a linktype="page" id="{ctx.page(target[5:]).pk}">{label}</a>'
        return f'<a href="{target}">{label}</a>'

    text = BOLD_RE.sub(r"<b>\1</b>", _escape(text))
    return LINK_RE.sub(link, text)


def rich_html(text, ctx):
    """Turn paragraphs separated by blank lines into Wagtail rich text.

    Lines starting with "- " become a bulleted list, "1. " a numbered one;
    ``[label](page:slug)`` links to a demo page and ``[label](https://...)`` to a web page.
    """
    parts = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in chunk.strip().splitlines()]
        if all(line.startswith("- ") for line in lines):
            items = "".join(f"<li>{_inline(line[2:], ctx)}</li>" for line in lines)
            parts.append(f"<ul>{items}</ul>")
        elif all(re.match(r"\d+\. ", line) for line in lines):
            items = "".join(f"<li>{_inline(line.split(' ', 1)[1], ctx)}</li>" for line in lines)
            parts.append(f"<ol>{items}</ol>")
        else:
            parts.append(f"<p>{_inline(' '.join(lines), ctx)}</p>")
    return "".join(parts)


def resolve(value, ctx):
    """Replace references in nested data with what the database needs."""
    if isinstance(value, PageRef):
        return ctx.page(value.slug).pk
    if isinstance(value, ImageRef):
        return ctx.image(value.key).pk
    if isinstance(value, Rich):
        return rich_html(value.text, ctx)
    if isinstance(value, dict):
        return {key: resolve(item, ctx) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [resolve(item, ctx) for item in value]
    return value


def stream(blocks, ctx, scope):
    """Raw StreamField data for block specs, with ids that stay the same between runs."""
    raw = []
    for index, (block_type, value) in enumerate(blocks):
        value = resolve(value, ctx)
        if block_type == "accordion":
            value = {
                "items": [
                    {
                        "type": "item",
                        "value": item,
                        "id": str(uuid.uuid5(BLOCK_ID_NAMESPACE, f"{scope}:{index}:{n}")),
                    }
                    for n, item in enumerate(value["items"])
                ]
            }
        raw.append(
            {
                "type": block_type,
                "value": value,
                "id": str(uuid.uuid5(BLOCK_ID_NAMESPACE, f"{scope}:{index}")),
            }
        )
    return raw


def at_nine(date):
    """A publication time for a date: nine in the morning, local time."""
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time(9, 0)))


# --- Snapshots: has anything changed? ---------------------------------------------------


def _strip_ids(value):
    if isinstance(value, dict):
        return {key: _strip_ids(item) for key, item in value.items() if key != "id"}
    if isinstance(value, list):
        return [_strip_ids(item) for item in value]
    return value


def _field_value(page, name):
    model_field = page._meta.get_field(name)
    if model_field.is_relation:
        return getattr(page, model_field.attname)
    value = getattr(page, name)
    if isinstance(value, StreamValue):
        # Normalise through each block, as saving does, so stored and fresh data compare equal.
        return _strip_ids(
            [{"type": child.block_type, "value": child.block.get_prep_value(child.value)} for child in value]
        )
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.UTC).isoformat()  # the same moment, in any time zone
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def snapshot(page, spec):
    data = {name: _field_value(page, name) for name in spec.fields}
    for name in spec.m2m:
        data[name] = sorted(obj.pk for obj in getattr(page, name).all())
    for name, rows in spec.children.items():
        keys = list(rows[0]) if rows else []
        data[name] = [tuple(_field_value(child, key) for key in keys) for child in getattr(page, name).all()]
    if spec.tags is not None:
        data["tags"] = sorted(tag.name for tag in page.tags.all())
    return data


# --- Pages ------------------------------------------------------------------------------


@dataclass
class PageSpec:
    """What a page should contain. ``children`` maps a child relation to a list of field dicts."""

    model: type
    slug: str
    fields: dict
    m2m: dict = field(default_factory=dict)
    children: dict = field(default_factory=dict)
    tags: list | None = None
    first_published_at: datetime.datetime | None = None


def find_page(parent, spec, ctx):
    return spec.model.objects.child_of(parent).filter(locale=ctx.locale, slug=spec.slug).first()


def ensure_stub(parent, spec, ctx):
    """Make sure a page exists (as an unpublished draft if new) so other pages can link to it.

    Only for page types whose fields are all optional apart from the title.
    """
    page = find_page(parent, spec, ctx)
    if page is None:
        page = spec.model(slug=spec.slug, locale=ctx.locale, title=spec.fields["title"], live=False)
        parent.add_child(instance=page)
        ctx.new_stubs.add(page.pk)
    ctx.pages[spec.slug] = page
    return page


def upsert_page(parent, spec, ctx, existing=None):
    """Create the page under ``parent`` or update it in place; publish a revision if it changed.

    Returns the page and "created", "updated" or "unchanged".
    """
    page = existing or find_page(parent, spec, ctx)
    created = page is None or page.pk in ctx.new_stubs
    if page is None:
        page = spec.model(slug=spec.slug, locale=ctx.locale, live=False)
    before = None if created else snapshot(page, spec)

    for name, value in spec.fields.items():
        if isinstance(spec.model._meta.get_field(name), StreamField):
            value = stream(value, ctx, f"{spec.slug}:{name}")
        elif isinstance(value, ImageRef):
            value = ctx.image(value.key)
        elif isinstance(value, PageRef):
            value = ctx.page(value.slug)
        else:
            value = resolve(value, ctx)
        setattr(page, name, value)
    for name, objects in spec.m2m.items():
        getattr(page, name).set(objects)
    for name, rows in spec.children.items():
        related_model = getattr(page, name).model
        setattr(page, name, [related_model(sort_order=i, **row) for i, row in enumerate(rows)])
    if spec.tags is not None:
        page.tags.set(spec.tags)
    if spec.first_published_at and (created or page.first_published_at is None):
        page.first_published_at = spec.first_published_at

    if page.pk is None:
        parent.add_child(instance=page)
    elif not created and before == snapshot(page, spec) and page.live and not page.has_unpublished_changes:
        ctx.pages[spec.slug] = page
        return page, "unchanged"

    page.save_revision().publish()
    ctx.pages[spec.slug] = page
    return page, "created" if created else "updated"


def upsert_pages(parent, specs, ctx, label):
    """Upsert a list of sibling pages, reporting progress as it goes."""
    outcomes = []
    for index, spec in enumerate(specs, start=1):
        page, outcome = upsert_page(parent, spec, ctx)
        outcomes.append(outcome)
        ctx.progress.item(label, index, len(specs), page.title, outcome)
    ctx.progress.done(label, outcomes)
    return outcomes


# --- Snippets ---------------------------------------------------------------------------


def upsert_object(model, lookup, values):
    """Create or update a plain model instance; returns the object and its outcome."""
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        obj = model(**lookup, **values)
        obj.save()
        return obj, "created"
    changed = [name for name, value in values.items() if _field_value(obj, name) != _plain(value)]
    if not changed:
        return obj, "unchanged"
    for name, value in values.items():
        setattr(obj, name, value)
    obj.save()
    return obj, "updated"


def _plain(value):
    if hasattr(value, "pk"):
        return value.pk
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.UTC).isoformat()  # the same moment, in any time zone
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value
