"""An index on the page id as text, on PostgreSQL only, for joining pages to search entries.

Wagtail's search index stores each page's id as text (``object_id``), and the database
backend joins the two on ``object_id = page.id::varchar(50)``. No index covered that
expression, so every search read the whole page table to join it, even when only a few
pages matched (about 40 ms at 100,000 pages). With this index PostgreSQL fetches just the
matching pages.
"""

from django.db import migrations

INDEX = "hub_search_page_id_text"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (((id)::varchar(50)))")


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_indexentry_match_index"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
