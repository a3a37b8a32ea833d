"""Signal handlers. Each only calls a service: hub/translation.py, hub/cache_purge.py or
hub/fragment_cache.py."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.images.models import AbstractImage
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import copy_for_translation_done, page_published, page_unpublished, post_page_move

from hub import cache_purge, fragment_cache, translation
from hub.models import Person
from hub.models.taxonomy import TaxonomyTerm

# What cached fragments show besides pages: names, terms, pictures, settings, addresses, promotions.
SHOWN_IN_FRAGMENTS = (
    BaseSiteSetting,
    TaxonomyTerm,
    Person,
    AbstractImage,
    Site,
    Locale,
    SearchPromotion,
    PageViewRestriction,  # a page made private leaves listings and search results
)


@receiver(copy_for_translation_done)
def localise_new_translation(sender, source_obj, target_obj, **kwargs):
    translation.localise_relations(source_obj, target_obj)


@receiver(page_published)
def date_translation_as_its_source(sender, instance, **kwargs):
    translation.share_first_published_date(instance)


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


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def redraw_fragments_after_page_change(sender, instance, **kwargs):
    fragment_cache.new_content_version()


@receiver(post_save)
@receiver(post_delete)
def redraw_fragments_after_change(sender, instance, **kwargs):
    """A live page saved directly (not published), or anything else fragments show."""
    if isinstance(instance, Page) and not instance.live:
        return
    if isinstance(instance, (Page, *SHOWN_IN_FRAGMENTS)):
        fragment_cache.new_content_version()
