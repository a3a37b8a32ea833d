"""Facet counts for a search: every facet and the total in one query, each facet counted
without its own selection, so a reader can choose several options of one facet.

The matches are found once, in a ``WITH`` (with their type, year and whether they pass each
chosen filter), and never ranked; each facet counts those passing the other facets' filters,
and the parts are joined with ``UNION ALL``. Taxonomy counts join each page type's link
table, found from the models, so a new page type with ``themes`` is counted unchanged.
"""

from dataclasses import dataclass, field

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import BooleanField, ExpressionWrapper
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from search.engine import FACET_KEYS, ResultIds, filter_tests
from search.engine_search import EngineMatches
from search.registry import (
    searchable_content_types,
    taxonomy_fields,
    taxonomy_links,
    taxonomy_model,
    term_names,
    type_label,
)

FACET_LABELS = {
    "type": _("Content type"),
    "theme": _("Theme"),
    "approach": _("Approach"),
    "topic": _("Topic"),
    "region": _("Region"),
    "year": _("Year"),
}


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool = False


@dataclass
class Facet:
    key: str
    label: str
    options: list = field(default_factory=list)


def _passes(chosen, key=None):
    """SQL: the row passes every chosen facet's filter but ``key``'s (a facet is counted without
    its own selection, so its other options stay offered), or every filter for the total."""
    return " AND ".join(f"hub_pass_{other}" for other in chosen if other != key) or "TRUE"


def _facet_sql(chosen):
    """SQL counting every facet over the ``hub_search_matches`` (id, content_type_id, year) rows.

    Each taxonomy part joins its link table (a many-to-many table, or the page table holding
    a foreign key) to the matches that pass the other facets' filters, then names the terms.
    A link row is one page and one term (many-to-many tables are unique on the pair), so
    ``COUNT(*)`` counts pages without the sort that ``COUNT(DISTINCT ...)`` needs.
    """
    quote = connection.ops.quote_name
    parts = [
        f"SELECT 'total', '', '', COUNT(*) FROM hub_search_matches WHERE {_passes(chosen)}",  # noqa: S608 - constants
        "SELECT 'type', CAST(content_type_id AS varchar(20)), '', COUNT(*) FROM hub_search_matches "  # noqa: S608
        f"WHERE {_passes(chosen, 'type')} GROUP BY content_type_id",
        "SELECT 'year', CAST(year AS varchar(20)), '', COUNT(*) FROM hub_search_matches "  # noqa: S608
        f"WHERE year IS NOT NULL AND {_passes(chosen, 'year')} GROUP BY year",
    ]
    for key, pairs in taxonomy_fields().items():
        terms = taxonomy_model(key)._meta
        for model, field_name in pairs:
            table, page_column, term_column = taxonomy_links(model, field_name)
            parts.append(
                f"SELECT '{key}', term.slug, term.name, COUNT(*) FROM {quote(table)} link "  # noqa: S608 - model metadata
                f"JOIN hub_search_matches m ON m.id = link.{quote(page_column)} "
                f"JOIN {quote(terms.db_table)} term ON term.{quote(terms.pk.column)} = link.{quote(term_column)} "
                f"WHERE {_passes(chosen, key)} GROUP BY term.slug, term.name"
            )
    return " UNION ALL ".join(parts)


def _facet_rows(ids, filters=None):
    """Rows of (facet, value, label, count) for every facet, and the total, in one query."""
    if not isinstance(ids, ResultIds):
        return []  # a search that found nothing keeps its ids in a plain, empty list
    tests = filter_tests(filters or {})
    passes = {
        f"hub_pass_{key}": ExpressionWrapper(test, output_field=BooleanField()) for key, test in tests.items()
    }
    matches = ids.matches.annotate(hub_year=ExtractYear("first_published_at"), **passes)
    try:
        sql, params = matches.values_list(
            "pk", "content_type_id", "hub_year", *passes
        ).query.sql_with_params()
    except EmptyResultSet:  # a query Django knows matches nothing, e.g. an empty id list
        return []
    materialized = "MATERIALIZED " if connection.vendor == "postgresql" else ""
    columns = ", ".join(["id", "content_type_id", "year", *passes])
    with connection.cursor() as cursor:
        cursor.execute(
            f"WITH hub_search_matches ({columns}) AS {materialized}({sql}) {_facet_sql(tests)}", params
        )
        return cursor.fetchall()


def _labels(key, values, locale):
    """Labels for chosen values without results, so they can still be shown and removed."""
    if key == "type":
        types = searchable_content_types()
        return {value: type_label(types[value][1], plural=True) for value in values if value in types}
    if key == "year":
        return {value: value for value in values}
    return term_names(key, values, locale)


def facet_counts(ids, filters, locale=None, unfiltered=None):
    """A Facet per facet key, options by count then name (years newest first), chosen values
    always listed.

    ``ids`` is a ``ResultIds`` (counted in SQL, which also gives it its total), a search
    engine's ``EngineMatches`` (counted by the engine) or an empty list. ``unfiltered``, the
    same search without filters, lets each facet be counted without its own selection:
    choosing "Blog posts" leaves "Case studies" offered, with its count.
    """
    if isinstance(ids, EngineMatches):
        rows = ids.facet_rows
    else:
        rows = _facet_rows(unfiltered, filters) if unfiltered is not None and filters else _facet_rows(ids)
    if isinstance(ids, ResultIds):
        ids.total = next((int(n) for facet, _value, _label, n in rows if facet == "total"), 0)
    types = {
        str(content_type.pk): (key, model)
        for key, (content_type, model) in searchable_content_types().items()
    }
    counts = {key: {} for key in FACET_KEYS}
    for facet, value, label, n in rows:
        if facet == "type" and value in types:
            key, model = types[value]
            counts["type"][key] = (type_label(model, plural=True), n)
        elif facet not in ("type", "total"):
            # A term on several page types has a row for each.
            counts[facet][value] = (label or value, counts[facet].get(value, ("", 0))[1] + n)
    facets = []
    for key in FACET_KEYS:
        chosen = filters.get(key, [])
        missing = _labels(
            key, [value for value in chosen if value not in counts[key]], locale or Locale.get_active()
        )
        counts[key].update({value: (label, 0) for value, label in missing.items()})
        options = [FacetOption(value, label, n, value in chosen) for value, (label, n) in counts[key].items()]
        options.sort(
            key=(lambda o: -int(o.value)) if key == "year" else (lambda o: (-o.count, o.label.lower()))
        )
        facets.append(Facet(key=key, label=str(FACET_LABELS[key]), options=options))
    return facets
