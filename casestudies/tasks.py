"""Background tasks (django-tasks) for community examples."""

from django_tasks import task

from casestudies.models import OutgoingEmail
from casestudies.services import outbox


@task()
def deliver_email(email_id):
    """Send one stored email; on failure it is kept and retried later (see services.outbox)."""
    email = OutgoingEmail.objects.filter(pk=email_id).first()
    if email is None:
        return False
    return outbox.deliver(email)


@task()
def send_pending_emails():
    """Sweep the outbox: send every email whose retry time has come."""
    sent, failed = outbox.send_pending()
    return {"sent": sent, "failed": failed}
