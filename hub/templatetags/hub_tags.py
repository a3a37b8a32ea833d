"""Template tags for the hub's page chrome, listings and meta tags.

Everything here runs a fixed number of queries per page, whatever the number
of menu items, cards or images, so listing pages stay cheap as they grow.
"""

from collections import defaultdict

from django import template
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import F, IntegerField, Q, QuerySet, Value
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from hub.fragment_cache import cached_fragment
from hub.public_address import absolute

register = template.Library()

# Footer links are found by slug among the home page's descendants, so editors
# only need to create a page with one of these slugs for the link to appear.
FOOTER_PAGE_SLUGS = {
    "about": ("about", "about-us", "about-the-hub"),
    "accessibility": ("accessibility", "accessibility-statement"),
    "privacy": ("privacy", "privacy-notice", "privacy-policy"),
    "contact": ("contact", "contact-us"),
}
FOOTER_LINK_LABELS = {
    "about": lambda: _("About the hub"),
    "accessibility": lambda: _("Accessibility statement"),
    "privacy": lambda: _("Privacy notice"),
    "contact": lambda: _("Contact us"),
}


# Listing pages that templates link to ("See all blog posts"), found among the
# home page's children by content type. Keys are "app_label.modelname".
SECTION_MODELS = ("blog.blogindexpage", "casestudies.casestudyindexpage")
SECTION_CONTENT_TYPES = {}


def _section_label(page):
    """The SECTION_MODELS label of a page's type, or None; content types are cached by Django."""
    if not SECTION_CONTENT_TYPES:
        for label in SECTION_MODELS:
            try:
                model = apps.get_model(label)
            except LookupError:
                continue
            SECTION_CONTENT_TYPES[ContentType.objects.get_for_model(model).pk] = label
    return SECTION_CONTENT_TYPES.get(page.content_type_id)


def site_names():
    return {
        "site_name": str(settings.HUB_SITE_NAME),
        "site_name_short": getattr(settings, "SITE_NAME_SHORT", "") or _("Engagement Hub"),
    }


def _fallback_home_page(request):
    """The home page for views that are not Wagtail pages (search, 404): the site root in this language."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return None
    root = site.root_page
    try:
        return root.localized
    except Page.DoesNotExist:
        return root


def _chrome_pages(page, request):
    """(home page, ancestors below the root, menu and footer candidates) in one query for a page."""
    slug_to_key = {slug: key for key, slugs in FOOTER_PAGE_SLUGS.items() for slug in slugs}
    if page is not None and page.depth and page.path:
        steplen = Page.steplen
        home_path = page.path[: 2 * steplen]
        ancestor_paths = [page.path[: depth * steplen] for depth in range(2, page.depth)]
        in_home = Q(path__startswith=home_path, live=True) & (Q(depth=3) | Q(slug__in=slug_to_key))
        pages = list(Page.objects.filter(Q(path__in=ancestor_paths) | in_home).order_by("path"))
        home = page if page.depth <= 2 else next((p for p in pages if p.path == home_path), None)
        ancestors = [p for p in pages if p.path in ancestor_paths]
        return home, ancestors, [p for p in pages if p.path not in ancestor_paths or p.live], slug_to_key
    home = _fallback_home_page(request)
    if home is None:
        return None, [], [], slug_to_key
    candidates = list(
        Page.objects.live()
        .descendant_of(home)
        .filter(Q(depth=home.depth + 1) | Q(slug__in=slug_to_key))
        .order_by("path")
    )
    return home, [], candidates, slug_to_key


def _site_settings(request):
    from hub.models import SiteSettings

    if request is None:
        return None
    try:
        return SiteSettings.for_request(request)
    except Exception:  # noqa: BLE001 - no site configured: the footer just omits settings
        return None


def _footer_text(home):
    """The footer line from the home page in the reader's language (translated with it)."""
    from hub.models import HomePage

    if home is None:
        return ""
    return HomePage.objects.filter(pk=home.pk).values_list("footer_text", flat=True).first() or ""


class PageChrome:
    """The chrome of one page, worked out only when a template first asks for more than the site name.

    With the header, footer and breadcrumbs served from the fragment cache, most pages never
    ask, and so never run its queries.
    """

    def __init__(self, page, request):
        self.page = page
        self._request = request
        self._parts = None
        names = site_names()
        self.site_name = names["site_name"]
        self.site_name_short = names["site_name_short"]
        # Which menu item is marked as current: the page's top-level section, and whether
        # the page is that section itself. Known from the path, so it costs no query.
        steplen = Page.steplen
        self.menu_key = (
            f"{page.path[: 3 * steplen]}:{page.depth == 3}" if page is not None and page.path else ""
        )

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        if name == "site_settings":
            self.site_settings = _site_settings(self._request)
            return self.site_settings
        if name == "footer_text":
            self.footer_text = _footer_text(self.home_page)
            return self.footer_text
        if self._parts is None:
            self._parts = build_chrome(self.page, self._request)
        try:
            return self._parts[name]
        except KeyError:
            raise AttributeError(name) from None


@register.simple_tag(takes_context=True)
def hub_chrome(context):
    """The page's chrome for base.html, shared by every call in one request."""
    request = context.get("request")
    page = context.get("page")
    if not isinstance(page, Page):
        page = None
    cached = getattr(request, "_hub_chrome", None)
    if cached is not None and cached.page is page:
        return cached
    chrome = PageChrome(page, request)
    if request is not None:
        request._hub_chrome = chrome
    return chrome


def build_chrome(page, request):
    """Home page, menu, breadcrumbs and footer links: one query on a Wagtail page
    (ancestors, menu and footer pages together)."""
    home, ancestors, candidates, slug_to_key = _chrome_pages(page, request)
    menu_items = []
    footer_links = []
    sections = {}
    if home is not None:
        current_path = page.path if page is not None else ""
        for candidate in candidates:
            if candidate.depth == home.depth + 1 and candidate.show_in_menus and candidate.live:
                is_current = page is not None and candidate.pk == page.pk
                in_section = bool(current_path) and current_path.startswith(candidate.path)
                menu_items.append({"page": candidate, "current": is_current, "active": in_section})
            if candidate.depth == home.depth + 1 and candidate.live:
                label = SECTION_CONTENT_TYPES.get(candidate.content_type_id) or _section_label(candidate)
                if label:
                    sections.setdefault(label, candidate)
        found = {}
        for candidate in sorted(candidates, key=lambda p: p.depth):
            key = slug_to_key.get(candidate.slug)
            if key and key not in found and candidate.live and candidate.path.startswith(home.path):
                found[key] = candidate
        footer_links = [
            {
                "key": key,
                "page": found[key],
                "label": FOOTER_LINK_LABELS[key](),
                "in_menu": any(item["page"].pk == found[key].pk for item in menu_items),
            }
            for key in FOOTER_PAGE_SLUGS
            if key in found
        ]

    breadcrumbs = []
    if home is not None and (page is None or page.pk != home.pk):
        breadcrumbs.append({"url": home.url, "title": _("Home")})
        breadcrumbs.extend({"url": ancestor.url, "title": ancestor.title} for ancestor in ancestors[1:])

    chrome = {
        "page": page,
        "home_page": home,
        "menu_items": menu_items,
        "footer_links": footer_links,
        "footer_about_links": [
            link for link in footer_links if link["key"] in ("about", "contact") and not link["in_menu"]
        ],
        "footer_support_links": [
            link for link in footer_links if link["key"] in ("accessibility", "privacy")
        ],
        "breadcrumbs": breadcrumbs,
        "parent_url": breadcrumbs[-1]["url"] if breadcrumbs else None,
        "blog_index": sections.get("blog.blogindexpage"),
        "case_study_index": sections.get("casestudies.casestudyindexpage"),
        "sections": sections,
        **site_names(),
    }
    return chrome


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """An absolute URL for Open Graph and canonical links, on the public address (HUB_PUBLIC_URL)."""
    return absolute(url) if url else ""


@register.simple_tag
def prefetch_renditions(*lists, attr="listing_image"):
    """Load the existing renditions of every item's image in one query.

    Use before loops of cards: `{% prefetch_renditions posts case_studies %}`. Renders nothing.
    """
    images = defaultdict(list)
    for items in lists:
        for item in items or []:
            image = getattr(item, attr, None)
            if image is not None and not hasattr(image, "prefetched_renditions"):
                images[image.pk].append(image)
    if not images:
        return ""
    rendition_model = get_image_model().get_rendition_model()
    by_image = defaultdict(list)
    for rendition in rendition_model.objects.filter(image_id__in=list(images)):
        by_image[rendition.image_id].append(rendition)
    for pk, instances in images.items():
        for rendition in by_image[pk]:
            # Point each rendition at an image already loaded, so rendering it
            # does not fetch the image again.
            rendition.image = instances[0]
        for image in instances:
            image.prefetched_renditions = list(by_image[pk])
    return ""


@register.simple_tag
def elided_page_range(page_obj, on_each_side=1, on_ends=1):
    """Page numbers with gaps for a Django paginator page: 1 … 4 5 6 … 20."""
    paginator = page_obj.paginator
    return [
        None if number == paginator.ELLIPSIS else number
        for number in paginator.get_elided_page_range(
            page_obj.number, on_each_side=on_each_side, on_ends=on_ends
        )
    ]


@register.simple_tag(takes_context=True)
def page_querystring(context, number, param="page"):
    """The current query string with one page number changed: keeps the filters, and the other
    list's page where a listing has two (upcoming and past events)."""
    query = context["request"].GET.copy()
    query[param] = number
    return f"?{query.urlencode()}"


@register.filter
def get_item(mapping, key):
    """`{{ filter_options|get_item:"theme" }}`: look up a dict key held in a variable."""
    try:
        return mapping.get(key)
    except AttributeError:
        return None


@register.simple_tag(takes_context=True)
def active_filter_links(context, active_filters, labels):
    """Each active filter with a link that removes it (and resets the page number).

    `labels` maps a query-string name to its visible label, e.g. {"theme": "Theme"}.
    A filter whose value did not match a term (None) is shown with its raw value.
    """
    request = context.get("request")
    query = request.GET.copy() if request is not None else None
    links = []
    for name, value in (active_filters or {}).items():
        if query is None:
            break
        remaining = query.copy()
        remaining.pop(name, None)
        remaining.pop("page", None)
        if value is None:
            shown = query.get(name, "")
        else:
            shown = getattr(value, "display_name", None) or getattr(value, "name", None) or str(value)
        encoded = remaining.urlencode()
        links.append(
            {
                "name": name,
                "label": labels.get(name, name) if hasattr(labels, "get") else name,
                "value": shown,
                "remove_url": f"?{encoded}" if encoded else "?",
            }
        )
    return links


@register.simple_tag
def filter_labels(**labels):
    """Build a dict in a template: `{% filter_labels theme=_("Theme") as labels %}`."""
    return labels


@register.filter
def select_related(related_manager, fields):
    """`{% for author in page.authors|select_related:"person" %}`: one query, not one per row.

    Falls back to .all() for in-memory relations (previews of unsaved pages).
    """
    try:
        return related_manager.select_related(*fields.split(","))
    except (AttributeError, TypeError):
        return related_manager.all()


# Image fields a page template may show: fetched together in one query by preload_page_images.
PAGE_IMAGE_FIELDS = ("hero_image", "social_image", "listing_image")


@register.simple_tag
def preload_page_images(page):
    """Fetch the page's hero, social and listing images in one query instead of one each.

    The share image is the social image or, failing that, the listing image, so
    the listing image is loaded only when there is no social image. Renders nothing.
    """
    if not isinstance(page, Page):
        return ""
    wanted = {}
    for name in PAGE_IMAGE_FIELDS:
        if name == "listing_image" and getattr(page, "social_image_id", None):
            continue
        image_id = getattr(page, f"{name}_id", None)
        if image_id and not page._meta.get_field(name).is_cached(page):
            wanted[name] = image_id
    if not wanted:
        return ""
    images = get_image_model().objects.in_bulk(set(wanted.values()))
    for name, image_id in wanted.items():
        if image_id in images:
            setattr(page, name, images[image_id])
    return ""


@register.simple_tag
def page_terms(page, *relations):
    """A page's taxonomy terms and tags from several relations in one query.

    `{% page_terms page "themes" "approaches" "topic" "tags" as terms %}` gives
    {"themes": [{"name": ..., "slug": ...}, ...], "topic": [...], ...}, each list
    in the editors' sort order. Works for many-to-many fields, foreign keys to a
    term, and taggit tags. Unsaved pages (previews) fall back to one query each.
    """
    result = {name: [] for name in relations}
    parts = []
    for position, name in enumerate(relations):
        queryset = _term_queryset(page, name)
        if queryset is None:
            parts = None
            break
        has_sort_order = any(f.name == "sort_order" for f in queryset.model._meta.get_fields())
        parts.append(
            queryset.order_by()
            .values("name", "slug")
            .annotate(
                relation=Value(position, output_field=IntegerField()),
                position=F("sort_order") if has_sort_order else Value(0, output_field=IntegerField()),
            )
        )
    if parts:
        combined = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
        for row in combined.order_by("relation", "position", "name"):
            result[relations[row["relation"]]].append({"name": row["name"], "slug": row["slug"]})
        return result
    # Previews of unsaved pages hold relations in memory.
    for name in relations:
        value = getattr(page, name, None)
        if value is None:
            continue
        items = value.all() if hasattr(value, "all") else [value]
        result[name] = [{"name": item.name, "slug": item.slug} for item in items]
    return result


def _term_queryset(page, name):
    """A real queryset of the terms behind one relation, or None when it is held in memory."""
    if not getattr(page, "pk", None):
        return None
    field = page._meta.get_field(name) if name != "tags" else None
    if field is not None and field.many_to_one:
        return field.related_model.objects.filter(pk=getattr(page, field.attname))
    manager = getattr(page, name, None)
    if manager is None:
        return None
    queryset = manager.all()
    return queryset if isinstance(queryset, QuerySet) else None


@register.filter
def whole_minutes(duration):
    """A timedelta as a whole number of minutes (for "paused for 15 minutes")."""
    return int(duration.total_seconds() // 60) if duration else 0


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist, self.name, self.vary_on = nodelist, name, vary_on

    def render(self, context):
        vary_on = [str(value.resolve(context)) for value in self.vary_on]
        return cached_fragment(
            context.get("request"), self.name, vary_on, lambda: self.nodelist.render(context)
        )


@register.tag("fragment")
def do_fragment(parser, token):
    """`{% fragment "footer" key ... %}...{% endfragment %}`: cached until the next publish.

    See hub/fragment_cache.py. The language, host and content version are always part of the key.
    """
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("'fragment' needs a name")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    name = bits[1].strip("\"'")
    return FragmentNode(nodelist, name, [parser.compile_filter(bit) for bit in bits[2:]])


@register.filter
def page_keys(items):
    """`items|page_keys`: the ids of a list of pages, for a fragment key."""
    return ",".join(str(item.pk) for item in items or [])
