"""Which page types readers search, and which of their fields each facet reads.

Nothing is listed by hand. A page type is searchable when it has search fields and either
says so (``searchable = True``) or is not a pure listing page (one whose children are all
of other types, like the home page and the blog index). A page type can opt out with
``searchable = False``. Facet fields are found by the model they point to, so a new page
type with a ``themes`` or ``region`` relation joins the facets without changes here.
"""

from datetime import datetime
from functools import cache

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.utils.timezone import make_aware
from wagtail.models import Page, get_page_models

# (facet key, app label and model of the taxonomy snippet)
TAXONOMY_FACETS = (
    ("theme", "hub.Theme"),
    ("approach", "hub.Approach"),
    ("topic", "hub.Topic"),
    ("region", "hub.Region"),
)


def _is_searchable(model):
    if model is Page or model._meta.abstract or not model.get_search_fields():
        return False
    allowed = model.allowed_subpage_models()
    return getattr(model, "searchable", not allowed or model in allowed)


@cache
def searchable_page_models():
    models = filter(_is_searchable, get_page_models())
    return tuple(sorted(models, key=lambda m: str(m._meta.verbose_name_plural)))


def searchable_content_types():
    """{type key: (ContentType, model)}; the key is the model name, e.g. 'blogpage'."""
    content_types = ContentType.objects.get_for_models(*searchable_page_models())
    return {model._meta.model_name: (content_types[model], model) for model in searchable_page_models()}


@cache
def taxonomy_fields():
    """{facet key: [(page model, field name), ...]} for every searchable page type."""
    return {
        key: [
            (model, field.name)
            for model in searchable_page_models()
            for field in model._meta.get_fields()
            if not field.auto_created
            and field.related_model is apps.get_model(label)
            and (field.many_to_many or field.many_to_one)
        ]
        for key, label in TAXONOMY_FACETS
    }


def year_range(year):
    """The first moment of ``year`` and of the next, in the site's time zone."""
    return make_aware(datetime(year, 1, 1)), make_aware(datetime(year + 1, 1, 1))


def type_label(model, plural=False):
    """A page type as readers see it: "Blog post", or "Blog posts"."""
    return str(model._meta.verbose_name_plural if plural else model._meta.verbose_name).capitalize()


def term_names(key, slugs, locale):
    """{slug: name} of a facet's terms in the locale."""
    return dict(taxonomy_model(key).objects.filter(slug__in=slugs, locale=locale).values_list("slug", "name"))


def taxonomy_model(key):
    return apps.get_model(dict(TAXONOMY_FACETS)[key])


def taxonomy_links(model, field_name):
    """(table, page id column, term id column) linking pages of ``model`` to a facet's terms."""
    field = model._meta.get_field(field_name)
    if field.many_to_many:
        through = field.remote_field.through._meta
        return through.db_table, field.m2m_column_name(), field.m2m_reverse_name()
    return model._meta.db_table, model._meta.pk.column, field.column
