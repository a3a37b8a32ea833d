"""Signal receivers: each only hands Wagtail's event to a service."""

from django.dispatch import receiver
from wagtail.signals import page_published, task_submitted, workflow_rejected


@receiver(task_submitted)
def on_task_submitted(sender, instance, user=None, **kwargs):
    from casestudies.services import workflow_notifications

    workflow_notifications.task_started(instance)


@receiver(workflow_rejected)
def on_workflow_rejected(sender, instance, user=None, **kwargs):
    from casestudies.services import workflow_notifications

    workflow_notifications.changes_requested(instance)


@receiver(page_published)
def on_page_published(sender, instance, revision=None, **kwargs):
    from casestudies.services import collections, workflow_notifications

    workflow_notifications.page_published(instance)
    collections.collection_published(instance)
