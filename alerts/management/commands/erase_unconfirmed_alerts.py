"""Delete email alert requests nobody confirmed within a week, with their addresses."""

from django.core.management.base import BaseCommand

from alerts.services import erase_unconfirmed


class Command(BaseCommand):
    help = "Delete email alert requests (email addresses) that were not confirmed within a week."

    def handle(self, *args, **options):
        self.stdout.write(f"Unconfirmed alert requests deleted: {erase_unconfirmed()}")
