"""Delete interest registrations older than the year the form promises to keep them."""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from interest.models import InterestRegistration

KEEP_FOR = timedelta(days=365)


class Command(BaseCommand):
    help = "Delete interest registrations (names and email addresses) sent more than a year ago."

    def handle(self, *args, **options):
        deleted, _ = InterestRegistration.objects.filter(created_at__lt=timezone.now() - KEEP_FOR).delete()
        self.stdout.write(f"Interest registrations deleted: {deleted}")
