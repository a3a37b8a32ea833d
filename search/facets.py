"""Facet counts for a search: every facet and the total in one query, each facet counted
without its own selection, so a reader can choose several options of one facet.

The matching pages are found once, in a ``WITH`` clause (with their type, year and whether
they pass each chosen filter), and never ranked; each facet is an aggregate over those
passing the other facets' filters, joined with ``UNION ALL``. Taxonomy counts join each
page type's link table, written from the models' metadata, so a new page type with a
``themes`` relation is counted without changes here.
"""

from collections import OrderedDict
from dataclasses import dataclass, field

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import BooleanField, ExpressionWrapper
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from search.engine import FACET_KEYS, ResultIds, filter_tests
from search.engine_search import EngineMatches
from search.registry import searchable_content_types, taxonomy_fields, taxonomy_links, taxonomy_model

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

    @property
    def selected_options(self):
        return [option for option in self.options if option.selected]


MATCHES_CTE = "hub_search_matches"


def _passes(chosen, key=None):
    """SQL: the row passes every chosen facet's filter but ``key``'s (a facet is counted without
    its own selection, so its other options stay offered), or every filter for the total."""
    tests = [connection.ops.quote_name(f"hub_pass_{other}") for other in chosen if other != key]
    return " AND ".join(tests) or "TRUE"


def _facet_sql(chosen):
    """SQL counting every facet over the ``hub_search_matches`` (id, content_type_id, year) rows.

    Each taxonomy part joins its link table (a many-to-many table, or the page table holding
    a foreign key) to the matches that pass the other facets' filters, then names the terms.
    A link row is one page and one term (many-to-many tables are unique on the pair), so
    ``COUNT(*)`` counts pages without the sort that ``COUNT(DISTINCT ...)`` needs.
    """
    quote = connection.ops.quote_name
    matches = quote(MATCHES_CTE)
    parts = [
        f"SELECT 'total', '', '', COUNT(*) FROM {matches} WHERE {_passes(chosen)}",  # noqa: S608 - constant names
        f"SELECT 'type', CAST(content_type_id AS varchar(20)), '', COUNT(*) FROM {matches} "  # noqa: S608
        f"WHERE {_passes(chosen, 'type')} GROUP BY content_type_id",
        f"SELECT 'year', CAST(year AS varchar(20)), '', COUNT(*) FROM {matches} "  # noqa: S608
        f"WHERE year IS NOT NULL AND {_passes(chosen, 'year')} GROUP BY year",
    ]
    for key, pairs in taxonomy_fields().items():
        terms = taxonomy_model(key)._meta
        for model, field_name in pairs:
            table, page_column, term_column = taxonomy_links(model, field_name)
            parts.append(
                f"SELECT '{key}', term.{quote('slug')}, term.{quote('name')}, COUNT(*) "  # noqa: S608 - model metadata
                f"FROM {quote(table)} link "
                f"JOIN {matches} m ON m.id = link.{quote(page_column)} "
                f"JOIN {quote(terms.db_table)} term ON term.{quote(terms.pk.column)} = link.{quote(term_column)} "
                f"WHERE {_passes(chosen, key)} "
                f"GROUP BY term.{quote('slug')}, term.{quote('name')}"
            )
    return " UNION ALL ".join(parts)


def _facet_rows(ids, filters=None):
    """Rows of (facet, value, label, count) for every facet, and the total, in one query."""
    if not isinstance(ids, ResultIds):
        return []  # a search that found nothing keeps its ids in a plain, empty list
    tests = filter_tests(filters or {})
    matches = ids.matches
    passes = {
        f"_pass_{key}": ExpressionWrapper(test, output_field=BooleanField()) for key, test in tests.items()
    }
    matches = matches.annotate(_year=ExtractYear("first_published_at"), **passes)
    matches = matches.values_list("pk", "content_type_id", "_year", *passes)
    columns = ["id", "content_type_id", "year", *(f"hub_pass_{key}" for key in tests)]
    try:
        match_sql, match_params = matches.query.sql_with_params()
    except EmptyResultSet:  # a query Django knows matches nothing, e.g. an empty id list
        return []
    materialized = "MATERIALIZED " if connection.vendor == "postgresql" else ""
    column_list = ", ".join(connection.ops.quote_name(column) for column in columns)
    sql = (
        f"WITH {connection.ops.quote_name(MATCHES_CTE)} ({column_list}) AS "  # noqa: S608
        f"{materialized}({match_sql}) {_facet_sql(list(tests))}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, match_params)
        return cursor.fetchall()


def _counts_by_facet(rows):
    """{facet key: {value: (label, count)}} with readable labels for content types."""
    types = searchable_content_types()
    by_id = {str(content_type.pk): (key, model) for key, (content_type, model) in types.items()}
    counts = {key: {} for key in FACET_KEYS}
    for facet, value, label, n in rows:
        if facet == "total":
            continue
        if facet == "type":
            if value not in by_id:
                continue
            key, model = by_id[value]
            counts["type"][key] = (str(model._meta.verbose_name_plural).capitalize(), n)
        elif facet == "year":
            counts["year"][value] = (value, n)
        else:
            name, total = counts[facet].get(value, (label, 0))
            counts[facet][value] = (name, total + n)
    return counts


def _selected_labels(key, values, locale):
    """Labels for chosen values that have no results, so they can still be shown and removed."""
    if key == "type":
        types = searchable_content_types()
        return {v: str(types[v][1]._meta.verbose_name_plural).capitalize() for v in values if v in types}
    if key == "year":
        return {v: v for v in values}
    terms = taxonomy_model(key).objects.filter(slug__in=values, locale=locale).values_list("slug", "name")
    return dict(terms)


def facet_counts(ids, filters, locale=None, unfiltered=None):
    """A Facet per facet key, options by count then name; chosen values always listed.

    ``ids`` is a ``ResultIds`` (counted in SQL, which also gives it its total) or a list.
    ``unfiltered``, the same search without any filter, lets each facet be counted without
    its own selection (the usual rule for choosing several options): choosing "Blog posts"
    leaves "Case studies" offered, with its count. Without it, every count has every filter.
    """
    locale = locale or Locale.get_active()
    if isinstance(ids, EngineMatches):
        rows = ids.facet_rows  # counted by the search engine, each without its own selection
    elif unfiltered is not None and filters:
        rows = _facet_rows(unfiltered, filters)
    else:
        rows = _facet_rows(ids)
    if isinstance(ids, ResultIds):
        ids.set_count(next((int(n) for facet, _v, _l, n in rows if facet == "total"), 0))
    all_counts = _counts_by_facet(rows)
    facets = []
    for key in FACET_KEYS:
        counts = all_counts[key]
        chosen = filters.get(key, [])
        missing = [value for value in chosen if value not in counts]
        if missing:
            for value, label in _selected_labels(key, missing, locale).items():
                counts[value] = (label, 0)
        options = [
            FacetOption(value=value, label=label, count=count, selected=value in chosen)
            for value, (label, count) in counts.items()
        ]
        if key == "year":
            options.sort(key=lambda o: o.value, reverse=True)
        else:
            options.sort(key=lambda o: (-o.count, o.label.lower()))
        facets.append(Facet(key=key, label=str(FACET_LABELS[key]), options=options))
    return facets


def active_filters(facets):
    return OrderedDict(
        (facet.key, [option for option in facet.options if option.selected])
        for facet in facets
        if facet.selected_options
    )
