"""Translating pages and snippets with wagtail-localize: the hub's services.

* ``ensure_locales`` makes the Wagtail locales for every configured language.
* ``apply_string_translations`` records translated strings for an object, as a
  translator does in the editor or with a PO file.
* ``submit_translation_for_review`` saves a translation as a draft and starts the
  page's editorial workflow, so a translated page is published only when it is
  approved, like any other change.
* ``changed_strings`` and ``notify_translators`` tell translators what changed when
  a source page is published again; they then use wagtail-localize's "Sync
  translated pages" to bring the translations up to date.
* ``localise_relations`` points a fresh translation's taxonomy terms at the terms
  in its own language.

The signal handlers that call these live in hub/signals.py.
"""

import json
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import DraftStateMixin, Locale, Page, Revision, TranslatableMixin
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments.extract import extract_segments

logger = logging.getLogger(__name__)

TRANSLATORS_GROUP = "Translators"

# Marks a string the demo translator was unsure of. wagtail-localize shows the
# tool name beside the string in its editor, so reviewers can find them.
NEEDS_REVIEW_TOOL = "Needs review by a fluent speaker"


def ensure_locales(codes=None):
    """A Locale for each configured content language (or each of ``codes``); returns {code: Locale}."""
    codes = codes or [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in codes}


def source_for(obj):
    """The TranslationSource for ``obj``, brought up to date with the object's current content."""
    source, created = TranslationSource.get_or_create_from_instance(obj)
    if not created and _source_changed(source):
        source.update_from_db()
    return source


def _source_changed(source):
    """Whether the object's content differs from what ``source`` holds (updating stamps it as new)."""
    instance = source.get_source_instance()
    if isinstance(instance, ClusterableModel):
        current = instance.to_json()
    else:
        current = json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder)
    return json.loads(current) != json.loads(source.content_json)


@transaction.atomic
def apply_string_translations(obj, locale, strings, user=None, unsure=()):
    """Record translations for ``obj`` into ``locale``; returns the enabled Translation.

    ``strings`` maps source text to translated text; strings not in it stay
    untranslated (the source text is shown until a translator fills them in).
    Texts in ``unsure`` are flagged for review in wagtail-localize's editor.
    """
    source = source_for(obj)
    target, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    if not target.enabled:
        target.enabled = True
        target.save(update_fields=["enabled"])
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = strings.get(segment.string.data)
        if not text:
            continue
        flagged = segment.string.data in unsure or text in unsure
        tool_name = NEEDS_REVIEW_TOOL if flagged else ""
        existing = StringTranslation.objects.filter(
            translation_of=segment.string, locale=locale, context=segment.context
        ).first()
        if existing and existing.data == text and existing.tool_name == tool_name and not existing.has_error:
            continue  # unchanged: keep its date, so the translated page is not republished
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": text,
                "translation_type": (
                    StringTranslation.TRANSLATION_TYPE_MACHINE
                    if flagged
                    else StringTranslation.TRANSLATION_TYPE_MANUAL
                ),
                "tool_name": tool_name,
                "last_translated_by": user,
                "updated_at": timezone.now(),
                "has_error": False,
                "field_error": "",
            },
        )
    return target


def translated_instance(translation_record):
    """The target page (specific) or snippet of a Translation, or None if not created yet."""
    try:
        instance = translation_record.get_target_instance()
    except Exception:  # noqa: BLE001 - wagtail-localize raises the model's DoesNotExist
        return None
    return instance.specific if isinstance(instance, Page) else instance


@transaction.atomic
def save_translation(translation_record, user=None, publish=True):
    """Create or update the translated object from its strings, publishing it now if ``publish``.

    wagtail-localize's ``save_target(publish=True)`` defers publishing to
    ``transaction.on_commit``, with the revision still holding the page instance
    as it was when the revision was saved. Inside a longer transaction (the demo
    loader, a test) that has two effects: the translation is not live until the
    outer transaction commits (never, in a test), and publishing then writes that
    stale instance's tree fields back, so a translated parent that has gained
    children meanwhile gets ``numchild = 0`` and its children stop routing. So
    the draft is saved here and its revision, loaded fresh, published at once.
    Returns the translated instance.
    """
    source_instance = translation_record.source.as_instance()
    if not isinstance(source_instance, DraftStateMixin):
        translation_record.save_target(user=user, publish=True)
        return translated_instance(translation_record)
    translation_record.save_target(user=user, publish=False)
    instance = translated_instance(translation_record)
    if publish:
        revision = Revision.objects.get(pk=instance.latest_revision_id)
        revision.publish(user=user)
        instance = translated_instance(translation_record)
    return instance


@transaction.atomic
def submit_translation_for_review(translation_record, user=None):
    """Save the translation as a draft of the target page and start the page's workflow.

    The page stays as it was for readers (not live, if it never was) until the
    workflow's last task is approved. Returns the WorkflowState, or None when no
    workflow applies (then the draft waits for someone with publish permission).
    """
    translation_record.save_target(user=user, publish=False)
    page = translated_instance(translation_record)
    _keep_published_content(page)
    page = translated_instance(translation_record)
    workflow = page.get_workflow()
    if workflow is None:
        return None
    state = page.current_workflow_state
    if state is not None:
        if state.status == state.STATUS_NEEDS_CHANGES:
            state.resume(user)
        return state
    return workflow.start(page, user)


def _keep_published_content(page):
    """Put a live page's published content back on the page row, keeping the new draft as a revision.

    wagtail-localize's ``save_target(publish=False)`` saves the translated content on
    the page itself before saving it as a revision, so a live translation would show
    readers the unreviewed text at once. Wagtail keeps drafts of a live page in
    revisions only; this restores that.
    """
    if page is None or not page.live or page.live_revision_id is None:
        return
    page = Page.objects.get(pk=page.pk).specific
    published = page.with_content_json(page.live_revision.content)
    published.live_revision_id = page.live_revision_id
    published.last_published_at = page.last_published_at
    published.has_unpublished_changes = True
    published.save(clean=False)


# --- Keeping translators informed -----------------------------------------------------


def changed_strings(page):
    """Strings in the page as it is now that its translators have not seen yet.

    Compares the page's current text with the TranslationSource that
    translations were made from. Returns [] when the page has no translations.
    """
    source = TranslationSource.objects.filter(
        object_id=page.translation_key, locale_id=page.locale_id
    ).first()
    if source is None or not source.translations.filter(enabled=True).exists():
        return []
    known = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))
    current = []
    for segment in extract_segments(page.specific):
        text = getattr(segment, "string", None)
        data = getattr(text, "data", None)
        if data and data not in known and data not in current:
            current.append(data)
    return current


def translator_emails():
    users = get_user_model().objects.filter(groups__name=TRANSLATORS_GROUP, is_active=True).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)))


def notify_translators(page, strings=None):
    """Email the translators a list of what changed in ``page``; returns the number of emails sent."""
    strings = changed_strings(page) if strings is None else strings
    recipients = translator_emails()
    if not strings or not recipients:
        return 0
    source = TranslationSource.objects.get(object_id=page.translation_key, locale_id=page.locale_id)
    languages = [t.target_locale.get_display_name() for t in source.translations.filter(enabled=True)]
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
    context = {
        "page": page,
        "strings": strings,
        "languages": languages,
        "sync_url": base + reverse("wagtail_localize:update_translations", args=[source.pk]),
        "edit_url": base + reverse("wagtailadmin_pages:edit", args=[page.pk]),
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("emails/translators_changed_subject.txt", context).strip()
        body = render_to_string("emails/translators_changed.txt", context)
    send_mail(" ".join(subject.split()), body, settings.DEFAULT_FROM_EMAIL, recipients)
    return len(recipients)


# --- Relations that wagtail-localize copies as they are --------------------------------


def localise_relations(source_obj, target_obj):
    """Point the target's many-to-many taxonomy terms at their translations in its locale.

    wagtail-localize does not translate many-to-many fields; Wagtail copies them as
    they are. Terms with no translation in the target locale are kept as they are.
    Called when a translation is first created, before it is saved.
    """
    locale_id = getattr(target_obj, "locale_id", None)
    if locale_id is None:
        return
    for field in target_obj._meta.get_fields():
        if not isinstance(field, ParentalManyToManyField):
            continue
        if not issubclass(field.related_model, TranslatableMixin):
            continue
        terms = list(getattr(source_obj, field.name).all())
        if not terms:
            continue
        translated = {
            term.translation_key: term
            for term in field.related_model.objects.filter(
                translation_key__in=[t.translation_key for t in terms], locale_id=locale_id
            )
        }
        setattr(target_obj, field.name, [translated.get(t.translation_key, t) for t in terms])


def share_first_published_date(page):
    """A translation carries the date its content was first published, not the day it was translated.

    Listings, search results, the "newest first" order and the year filter all read
    ``first_published_at``; a Welsh page published today for a 2019 post is still from 2019.
    """
    earliest = (
        Page.objects.filter(translation_key=page.translation_key, first_published_at__isnull=False)
        .order_by("first_published_at")
        .values_list("first_published_at", flat=True)
        .first()
    )
    if earliest and page.first_published_at and earliest < page.first_published_at:
        Page.objects.filter(pk=page.pk).update(first_published_at=earliest)
        page.first_published_at = earliest
