"""Drop the search facts table and its triggers on Wagtail's tables (search/migrations/0008).

Facets are counted from the pages and their taxonomy link tables again: at the sizes the
database search is for (up to about 50,000 pages) that meets the hub's targets, and larger
hubs use a search engine (SEARCH_URL), which counts facets itself.
"""

from django.db import migrations


# Dropping the trigger functions drops their triggers (CASCADE).
DROP = (
    "DROP FUNCTION IF EXISTS hub_search_page_facts_from_link() CASCADE",
    "DROP FUNCTION IF EXISTS hub_search_page_facts_from_page() CASCADE",
    "DROP FUNCTION IF EXISTS hub_search_refresh_page_facts(integer)",
    "DROP FUNCTION IF EXISTS hub_search_page_terms(integer)",
    "DROP TABLE IF EXISTS hub_search_page_facts",
)


def drop_facts(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in DROP:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0008_page_facts")]

    operations = [
        migrations.RunPython(drop_facts, migrations.RunPython.noop, elidable=False),
        migrations.DeleteModel(name="PageFacts"),
    ]
