"""Background work for email alerts (django-tasks): one task per newly published page."""

from django_tasks import task
from wagtail.models import Page


@task()
def send_alerts_for_page(page_id):
    from alerts.services import send_alerts

    page = Page.objects.live().filter(pk=page_id).first()
    return send_alerts(page.specific) if page else 0
