from django.conf import settings
from django.core.management.base import BaseCommand

from hub.public_address import apply_to_default_site


class Command(BaseCommand):
    help = "Write HUB_PUBLIC_URL into the default Site record, so every absolute link uses it."

    def handle(self, *args, **options):
        site = apply_to_default_site()
        if site is None:
            self.stderr.write("There is no default Site yet: run 'manage.py migrate' first.")
            return
        self.stdout.write(f"Links now start with {site.root_url} (HUB_PUBLIC_URL={settings.HUB_PUBLIC_URL}).")
