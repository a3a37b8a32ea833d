"""A GIN index on the search index's combined title and body vectors, on PostgreSQL only.

Wagtail's database backend matches ``(title || body) @@ query``. Its own GIN indexes cover
``title`` and ``body`` separately, which that expression cannot use, so every search read
and concatenated every index entry (about 15 microseconds each). The hub's backend
(search/backends/database.py) matches ``hub_search_document(title, body) @@ query``
instead, and this migration indexes exactly that expression, so PostgreSQL answers the
match from the index with a bitmap scan.

``hub_search_document`` is ``title || body`` in a PL/pgSQL function (never inlined) with a
high declared cost: PostgreSQL costs ``||`` on tsvectors as if it were free, and so preferred
scanning the whole table whenever a word was common; the declared cost tells the planner
the truth. It is PARALLEL RESTRICTED so that a search, a few milliseconds of work, is not
handed to parallel workers whose start-up costs more than the search. SQLite (FTS5) needs
nothing here.
"""

from django.db import migrations

TABLE = "wagtailsearch_indexentry"
INDEX = "hub_search_document_gin"
FUNCTION = "hub_search_document"

CREATE = f"""
CREATE OR REPLACE FUNCTION {FUNCTION}(title tsvector, body tsvector) RETURNS tsvector
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL RESTRICTED COST 1000
    AS $$ BEGIN RETURN title || body; END $$;
CREATE INDEX IF NOT EXISTS {INDEX} ON {TABLE} USING gin ({FUNCTION}(title, body));
"""
DROP = f"DROP INDEX IF EXISTS {INDEX}; DROP FUNCTION IF EXISTS {FUNCTION}(tsvector, tsvector);"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_pg_trgm"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
