"""Signal handlers for translation. Each only calls a service in hub/translation.py."""

from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import copy_for_translation_done, page_published

from hub import translation


@receiver(copy_for_translation_done)
def localise_new_translation(sender, source_obj, target_obj, **kwargs):
    translation.localise_relations(source_obj, target_obj)


@receiver(page_published)
def tell_translators_what_changed(sender, instance, **kwargs):
    strings = translation.changed_strings(instance)
    if strings:
        transaction.on_commit(lambda: translation.notify_translators(instance, strings))
