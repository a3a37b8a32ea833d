"""Fill the hub with believable demo content: ``manage.py load_demo_content``."""

import time

from django.core.management.base import BaseCommand
from wagtail.models import Page

from hub.demo.loader import load_demo_content


class Command(BaseCommand):
    help = (
        "Create or update the demo hub: taxonomy, people, illustrations, the home page, "
        "standard pages, blog posts, case studies and site settings. Safe to run again: "
        "existing content is updated in place, never duplicated."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Only when the hub has no pages below its home page (scripts/serve.sh with HUB_DEMO=1).",
        )

    def handle(self, *args, **options):
        verbosity = options["verbosity"]
        # Migrations make the root and an empty home page; a hub in use has pages below it.
        if options["if_empty"] and Page.objects.filter(depth__gt=2).exists():
            self.stdout.write("The hub already has content: the demo content is not loaded.")
            return
        started = time.monotonic()
        ctx = load_demo_content(stdout=self.stdout, verbosity=verbosity)
        if verbosity >= 1:
            elapsed = time.monotonic() - started
            terms = sum(len(terms) for terms in ctx.terms.values())
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demo content ready in {elapsed:.1f}s: {len(ctx.pages)} pages, "
                    f"{len(ctx.people)} people, {terms} taxonomy terms, {len(ctx.images)} images."
                )
            )
