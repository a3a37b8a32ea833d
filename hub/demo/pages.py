"""The home page, the section index pages, the standard pages and the site settings."""

import datetime

from django.apps import apps
from django.utils.module_loading import import_string
from wagtail.models import Site

from hub.models import HomePage, SiteSettings

from . import standard_pages
from .base import ImageRef, PageRef, PageSpec, at_nine, ensure_stub, upsert_object, upsert_page, upsert_pages
from .streams import cta, heading, image, para, quote

LAUNCH = at_nine(datetime.date(2019, 2, 4))


def home_page(ctx):
    """The home page made by the hub's migrations, in this locale."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    root = site.root_page.specific if site else None
    if isinstance(root, HomePage) and root.locale_id == ctx.locale.pk:
        return root
    home = HomePage.objects.filter(locale=ctx.locale).order_by("depth", "path").first()
    if home is None:
        raise LookupError("No home page found: run 'manage.py migrate' first.")
    return home


def community_examples_spec():
    """The index that lists community examples and hosts the public form for sending them."""
    model = apps.get_model("casestudies", "SharedLearningIndexPage")
    return PageSpec(
        model,
        "community-examples",
        {
            "title": "Community examples",
            "show_in_menus": True,
            "summary": "Examples of partnership working sent in by community groups, researchers and "
            "public contributors, in their own words.",
            "intro": "Groups across the UK have told us how they involve people in research. We check "
            "each example with the people who sent it and our lay review panel, then share it here.",
            "form_intro": "Tell us about something you have done, are doing or plan to do to involve "
            "patients, carers or communities in research. Write as you would speak: there are no "
            "wrong answers. We email you a private link to follow your example, make any changes our "
            "reviewers ask for, or take it down at any time.",
            "listing_image": ImageRef("community-map"),
            "items_per_page": 2,  # short pages, so the demo shows its listings paginated
        },
        first_published_at=LAUNCH,
    )


def home_spec(home):
    return PageSpec(
        HomePage,
        home.slug,
        {
            "title": "Home",
            "seo_title": "",
            "summary": "Stories, case studies and community examples of patients, carers and the "
            "public working in partnership on health and care research.",
            "search_description": "Plain-English stories and case studies of people working together "
            "on health and care research, and a place to share your own.",
            "hero_heading": "Health and care research, shaped by the people it is for",
            "hero_text": "Stories and case studies of patients, carers, communities and researchers "
            "working as partners, and a place to share what you have learned.",
            "hero_image": ImageRef("sunrise"),
            "hero_image_alt": "A yellow sun rising behind green hills.",
            "hero_cta_page": PageRef("get-involved"),
            "hero_cta_text": "Get involved",
            "social_image": ImageRef("sunrise"),
            "footer_text": "Run by a partnership of researchers, public contributors and community "
            "groups. Public contributors are paid for their time.",
            "body": [
                para(
                    "Research that reflects what matters to patients and the public starts with "
                    "working alongside them. This hub gathers what people across the UK are learning "
                    "about doing that well, and shares it in plain English."
                ),
                heading("What you will find here"),
                para(
                    "- [Blog posts](page:blog) from researchers, public contributors and community groups\n"
                    "- [Case studies](page:case-studies) that show who was involved, what changed and what it cost\n"
                    "- [Community examples](page:community-examples), sent in by groups in their own words"
                ),
                quote(
                    "The young people noticed things in the interviews that I had missed. They were "
                    "not helping with my research; it was our research.",
                    "Dr Amara Okafor, researcher",
                ),
                image(
                    "circles",
                    "Four overlapping circles in different colours, making new colours where they meet.",
                ),
                cta(
                    "Share your example",
                    "Tell us how you have involved people in research. We compile the examples and "
                    "share them back with everyone who took part.",
                    "Share your example",
                    page="community-examples",
                ),
            ],
        },
        first_published_at=LAUNCH,
    )


def load_sections(ctx):
    """Find the home page and add the community examples section under it."""
    ctx.progress.step("Creating sections")
    home = home_page(ctx)
    ctx.pages[home.slug] = home
    upsert_pages(home, [community_examples_spec()], ctx, "Sections")
    # Examples sent under this index go through the community-examples review workflow.
    ensure_workflow = import_string("casestudies.services.workflow.ensure_workflow")
    ensure_workflow(ctx.pages["community-examples"])
    return home


def load_standard_pages(ctx, home):
    ctx.progress.step("Creating standard pages")
    get_involved = standard_pages.get_involved()
    payment = standard_pages.payment_for_your_time()
    # "Get involved" links to its own child page, so both must exist before either is filled in.
    parent = ensure_stub(home, get_involved, ctx)
    ensure_stub(parent, payment, ctx)
    specs = [
        standard_pages.accessibility_statement(),
        standard_pages.privacy_notice(),
        standard_pages.about(),
        get_involved,
    ]
    upsert_pages(home, specs, ctx, "Standard pages")
    upsert_pages(ctx.page("get-involved"), [payment], ctx, "Standard pages")


def load_home_page(ctx):
    ctx.progress.step("Updating the home page")
    home = home_page(ctx)
    page, outcome = upsert_page(home.get_parent(), home_spec(home), ctx, existing=home)
    ctx.progress.item("Home page", 1, 1, page.title, outcome)
    return page


def load_site_settings(ctx, home):
    ctx.progress.step("Filling in site settings")
    site = home.get_site() or Site.objects.get(is_default_site=True)
    settings = SiteSettings.for_site(site)
    _obj, outcome = upsert_object(
        SiteSettings,
        {"pk": settings.pk},
        {
            "contact_email": "hello@hub.example.org",
            "contact_phone": "0300 123 4567",
            "postal_address": "Health and Care Research Engagement Hub\nFreepost HUB ENGAGE\nLeeds\nLS1 4AP",
            "mastodon_url": "https://mastodon.social/@engagementhub",
            "bluesky_url": "https://bsky.app/profile/engagementhub.bsky.social",
            "linkedin_url": "https://www.linkedin.com/company/engagement-hub-example",
            "youtube_url": "https://www.youtube.com/@engagementhub-example",
        },
    )
    ctx.progress.write(f"  Site settings: {outcome}")
