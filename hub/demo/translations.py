"""Welsh and Urdu versions of the demo hub, made the way a translator would, through wagtail-localize.

Called at the end of ``load_demo_content``. Creates the Welsh, Urdu and Polish
locales, translates the taxonomy, and translates the pages listed in
``translation_text.PAGES`` into Welsh and Urdu: the home, about, case-study and
community-example pages, two case studies, and the involvement pages (events,
roles, resources, impact). Safe to run again: the
strings are updated in place and a page is only republished when its
translation changed.
"""

from wagtail.models import Page

from hub.models import Approach, Person, Region, ResearchStage, Theme, Topic
from hub.translation import apply_string_translations, ensure_locales, save_translation, translated_instance

from .translation_text import PAGES, TERMS, UNSURE

LANGUAGES = ("cy", "ur")
TAXONOMY = (Theme, Approach, ResearchStage, Topic, Region)


def _publish(record, locale_code, ctx):
    """Create or update the translated object from its strings; publish pages only when changed."""
    before = translated_instance(record)
    revision_before = getattr(before, "latest_revision_id", None)
    if isinstance(before, Page) and before.live and not _strings_changed_since(record, before):
        return before, "unchanged"
    after = save_translation(record, publish=True)
    outcome = "created" if before is None else "updated"
    if isinstance(after, Page) and after.latest_revision_id == revision_before:
        outcome = "unchanged"
    return after, outcome


def _strings_changed_since(record, page):
    from wagtail_localize.models import StringTranslation

    changed_at = page.last_published_at or page.latest_revision_created_at
    if changed_at is None:
        return True
    if record.source.last_updated_at and record.source.last_updated_at > changed_at:
        return True
    return StringTranslation.objects.filter(
        context__object_id=record.source.object_id,
        locale=record.target_locale,
        updated_at__gt=changed_at,
    ).exists()


def load_translations(ctx):
    ctx.progress.step("Translating into Welsh and Urdu")
    locales = ensure_locales()
    source_locale = ctx.locale
    for code in LANGUAGES:
        locale = locales[code]
        unsure = UNSURE.get(code, set())
        outcomes = []
        for model in TAXONOMY:
            for term in model.objects.filter(locale=source_locale):
                record = apply_string_translations(term, locale, TERMS[code], unsure=unsure)
                outcomes.append(_publish(record, code, ctx)[1])
        for person in Person.objects.filter(locale=source_locale):
            record = apply_string_translations(person, locale, {})
            outcomes.append(_publish(record, code, ctx)[1])
        ctx.progress.done(f"Taxonomy and people in {code}", outcomes)

        outcomes = []
        for slug, texts in PAGES.items():
            page = Page.objects.filter(locale=source_locale, slug=slug).order_by("depth").first()
            if page is None:
                continue
            record = apply_string_translations(page.specific, locale, texts.get(code, {}), unsure=unsure)
            translated, outcome = _publish(record, code, ctx)
            outcomes.append(outcome)
            ctx.progress.item(f"Pages in {code}", len(outcomes), len(PAGES), translated.title, outcome)
        ctx.progress.done(f"Pages in {code}", outcomes)
    ensure_locales(["pl"])
