"""A page that goes live for the first time is news for the readers who asked for it."""

from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_published

from alerts.services import is_first_publication, kind_of


@receiver(page_published)
def tell_subscribers_about_new_page(sender, instance, **kwargs):
    if is_first_publication(instance) and kind_of(instance):
        from alerts.tasks import send_alerts_for_page

        transaction.on_commit(lambda: send_alerts_for_page.enqueue(instance.pk))
