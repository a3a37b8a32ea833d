from django.core.management.base import BaseCommand

from casestudies.share_draft import clear_abandoned


class Command(BaseCommand):
    help = "Delete share-form draft photos left by sessions that have expired (run daily)."

    def handle(self, *args, **options):
        self.stdout.write(f"Deleted {clear_abandoned()} abandoned draft photo(s).")
