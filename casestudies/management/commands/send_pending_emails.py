"""Send emails to submitters that are waiting for a retry. Run it from cron every few minutes."""

from django.core.management.base import BaseCommand

from casestudies.services.outbox import send_pending


class Command(BaseCommand):
    help = "Send emails to submitters that are waiting to be sent or retried."

    def add_arguments(self, parser):
        parser.add_argument(
            "--now", action="store_true", help="Ignore retry times and try every pending email."
        )

    def handle(self, *args, **options):
        sent, failed = send_pending(ignore_schedule=options["now"])
        self.stdout.write(f"Sent {sent}, still waiting {failed}.")
