"""Signal handlers. Each only calls a service: hub/translation.py or hub/cache_purge.py."""

from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import copy_for_translation_done, page_published, page_unpublished, post_page_move

from hub import cache_purge, translation


@receiver(copy_for_translation_done)
def localise_new_translation(sender, source_obj, target_obj, **kwargs):
    translation.localise_relations(source_obj, target_obj)


@receiver(page_published)
def tell_translators_what_changed(sender, instance, **kwargs):
    strings = translation.changed_strings(instance)
    if strings:
        transaction.on_commit(lambda: translation.notify_translators(instance, strings))


@receiver(page_published)
@receiver(page_unpublished)
def purge_from_proxy_cache(sender, instance, **kwargs):
    """Also on delete: Wagtail unpublishes a live page before deleting it."""
    cache_purge.purge_page(instance)


@receiver(post_page_move)
def purge_moved_page_from_proxy_cache(sender, instance, url_path_before, parent_page_before, **kwargs):
    cache_purge.purge_moved_page(instance, url_path_before, parent_page_before)
