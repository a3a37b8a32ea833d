"""One row of search facts per page, kept by PostgreSQL itself, for counting facets quickly.

Counting facets for a common word on a large hub joined every match to the page table and
to each page type's taxonomy link tables: at 100,000 pages PostgreSQL read all 100,000
live pages and about 220,000 link rows for every faceted search, whatever the number of
matches. ``hub_search_page_facts`` holds, for each page, just what a facet count reads:
live, language, type, first published date, tree path and depth (for the privacy check)
and every taxonomy term the page carries, as codes in one array. A count then reads one
narrow row per candidate page.

The rows are kept by triggers, in the same transaction as the change, so they can never
disagree with the pages: a page inserted, published, unpublished, moved, deleted or given
other terms updates its row at once, however the change is made (the admin, a script, or
treebeard's raw SQL for moves). The triggers are written from the models' metadata after
every ``migrate``, so a new page type with a ``themes`` relation is covered without
changes here; ``migrate`` also rebuilds every row, so they start right.

PostgreSQL only: on SQLite, facets are counted from the link tables directly.
"""

from django.db import connections

from search.registry import TAXONOMY_FACETS, taxonomy_fields, taxonomy_links

TABLE = "hub_search_page_facts"
TRIGGER = "hub_search_page_facts"
# A term's code in the array: term id x FACET_SLOTS + the facet's place in TAXONOMY_FACETS,
# so the four taxonomies (each with its own ids) share one integer array.
FACET_SLOTS = len(TAXONOMY_FACETS)
FACET_SLOT = {key: slot for slot, (key, _label) in enumerate(TAXONOMY_FACETS)}

PAGE_COLUMNS = ("live", "locale_id", "content_type_id", "first_published_at", "path", "depth")


def _links():
    """[(table, page column, is a link table, [(term column, slot), ...])] from the models' metadata.

    A many-to-many facet has its own link table; a foreign key facet lives on the page
    type's own table, where only a change of term matters.
    """
    by_table = {}
    for key, pairs in taxonomy_fields().items():
        for model, field_name in pairs:
            table, page_column, term_column = taxonomy_links(model, field_name)
            link_table = model._meta.get_field(field_name).many_to_many
            by_table.setdefault((table, page_column, link_table), []).append((term_column, FACET_SLOT[key]))
    return [(*key, terms) for key, terms in sorted(by_table.items())]


def _codes_sql(quote, page_filter):
    """SELECT (page, code) for every link; ``page_filter`` is SQL on the page column, or ''."""
    parts = []
    for table, page_column, _link_table, terms in _links():
        for term_column, slot in terms:
            where = f"{quote(term_column)} IS NOT NULL"
            if page_filter:
                where += f" AND {quote(page_column)} = {page_filter}"
            parts.append(
                f"SELECT {quote(page_column)} AS page, {quote(term_column)} * {FACET_SLOTS} + {slot} AS code "  # noqa: S608 - model metadata
                f"FROM {quote(table)} WHERE {where}"
            )
    return " UNION ALL ".join(parts) or "SELECT NULL::integer AS page, NULL::integer AS code WHERE false"


def _install_sql(quote):
    columns = ", ".join(PAGE_COLUMNS)
    # Rows already right are left alone: Django saves every column of a page, so most
    # saves change nothing here, and rewriting the row would only leave a dead tuple.
    changed = " OR ".join(f"{TABLE}.{c} IS DISTINCT FROM EXCLUDED.{c}" for c in (*PAGE_COLUMNS, "terms"))
    updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in (*PAGE_COLUMNS, "terms")) + f" WHERE {changed}"
    statements = [
        f"""
        CREATE OR REPLACE FUNCTION hub_search_page_terms(integer) RETURNS integer[]
        LANGUAGE plpgsql STABLE AS $$
        BEGIN
            RETURN (SELECT coalesce(array_agg(code ORDER BY code), '{{}}') FROM ({_codes_sql(quote, "$1")}) links);
        END
        $$
        """,  # noqa: S608 - constants and model metadata
        f"""
        CREATE OR REPLACE FUNCTION hub_search_refresh_page_facts(integer) RETURNS void
        LANGUAGE plpgsql AS $$
        BEGIN
            -- PL/pgSQL keeps its statements' plans for the session (here and in
            -- hub_search_page_terms); SQL functions planned them on every call, which
            -- made loading pages in bulk about four times slower.
            INSERT INTO {TABLE} (page_id, {columns}, terms)
            SELECT id, {columns}, hub_search_page_terms(id) FROM wagtailcore_page WHERE id = $1
            ON CONFLICT (page_id) DO UPDATE SET {updates};
        END
        $$
        """,  # noqa: S608 - constants and model metadata
        f"""
        CREATE OR REPLACE FUNCTION hub_search_page_facts_from_page() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'TRUNCATE' THEN
                DELETE FROM {TABLE};
            ELSIF TG_OP = 'DELETE' THEN
                DELETE FROM {TABLE} WHERE page_id = OLD.id;
            ELSE
                PERFORM hub_search_refresh_page_facts(NEW.id);
            END IF;
            RETURN NULL;
        END
        $$
        """,  # noqa: S608 - constants and model metadata
        # A link row names its page in a column given as the trigger's argument.
        """
        CREATE OR REPLACE FUNCTION hub_search_page_facts_from_link() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP IN ('UPDATE', 'DELETE') THEN
                PERFORM hub_search_refresh_page_facts((to_jsonb(OLD) ->> TG_ARGV[0])::integer);
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                PERFORM hub_search_refresh_page_facts((to_jsonb(NEW) ->> TG_ARGV[0])::integer);
            END IF;
            RETURN NULL;
        END
        $$
        """,
        f"DROP TRIGGER IF EXISTS {TRIGGER} ON wagtailcore_page",
        f"""
        CREATE TRIGGER {TRIGGER} AFTER INSERT OR DELETE OR UPDATE OF {columns} ON wagtailcore_page
        FOR EACH ROW EXECUTE FUNCTION hub_search_page_facts_from_page()
        """,
        f"DROP TRIGGER IF EXISTS {TRIGGER}_truncate ON wagtailcore_page",
        f"""
        CREATE TRIGGER {TRIGGER}_truncate AFTER TRUNCATE ON wagtailcore_page
        FOR EACH STATEMENT EXECUTE FUNCTION hub_search_page_facts_from_page()
        """,
    ]
    for table, page_column, link_table, terms in _links():
        events = "INSERT OR DELETE OR UPDATE"
        if not link_table:
            events += " OF " + ", ".join(quote(column) for column, _slot in terms)
        statements += [
            f"DROP TRIGGER IF EXISTS {TRIGGER} ON {quote(table)}",
            f"""
            CREATE TRIGGER {TRIGGER} AFTER {events} ON {quote(table)}
            FOR EACH ROW EXECUTE FUNCTION hub_search_page_facts_from_link('{page_column}')
            """,
        ]
    statements += [
        f"DELETE FROM {TABLE} WHERE page_id NOT IN (SELECT id FROM wagtailcore_page)",  # noqa: S608
        f"""
        INSERT INTO {TABLE} (page_id, {columns}, terms)
        SELECT page.id, {", ".join(f"page.{c}" for c in PAGE_COLUMNS)}, coalesce(links.codes, '{{}}')
        FROM wagtailcore_page page
        LEFT JOIN (
            SELECT page, array_agg(code ORDER BY code) AS codes FROM ({_codes_sql(quote, "")}) l GROUP BY page
        ) links ON links.page = page.id
        ON CONFLICT (page_id) DO UPDATE SET {updates}
        """,  # noqa: S608 - constants and model metadata
        f"ANALYZE {TABLE}",
    ]
    return statements


def install(using="default"):
    """Write the triggers and rebuild every row, where the table exists (safe to repeat).

    The table itself comes with search/migrations/0008, so migrating back past it and this
    running afterwards (it follows every ``migrate``) leaves nothing behind.
    """
    connection = connections[using]
    if connection.vendor != "postgresql" or TABLE not in connection.introspection.table_names():
        return
    with connection.cursor() as cursor:
        for statement in _install_sql(connection.ops.quote_name):
            cursor.execute(statement)


def install_after_migrate(sender, using="default", **kwargs):
    install(using)
