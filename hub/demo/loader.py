"""Build the whole demo hub, in dependency order, inside one transaction."""

from django.db import transaction
from wagtail.models import Locale

from .base import Context, Progress
from .blog import load_blog_index, load_blog_posts
from .case_studies import load_case_studies, load_case_study_index
from .community import load_collection, load_community_examples
from .events import load_events
from .images import load_images
from .impact import load_impact_page
from .interest import load_interest
from .opportunities import load_opportunities
from .pages import load_home_page, load_sections, load_site_settings, load_standard_pages
from .people import load_people
from .resources import load_resources
from .taxonomy import load_taxonomy
from .translations import load_translations


def load_demo_content(stdout=None, verbosity=1, locale=None):
    """Create or update every piece of demo content; safe to run any number of times.

    Pages link to each other, so sections come first, then the pages that link to
    them, then the case studies and posts, and the home page last.
    """
    progress = Progress(stdout, verbosity)
    with transaction.atomic():
        ctx = Context(locale=locale or Locale.get_default(), progress=progress)
        load_taxonomy(ctx)
        load_people(ctx)
        load_images(ctx)
        home = load_sections(ctx)
        load_blog_index(ctx, home)
        load_case_study_index(ctx, home)
        load_standard_pages(ctx, home)
        load_case_studies(ctx)
        load_blog_posts(ctx)
        load_events(ctx, home)
        load_opportunities(ctx, home)
        load_interest(ctx)
        load_resources(ctx, home)
        load_impact_page(ctx, home)
        load_community_examples(ctx)
        load_collection(ctx)
        load_home_page(ctx)
        load_site_settings(ctx, home)
        load_translations(ctx)  # Welsh and Urdu versions, through wagtail-localize
    return ctx
