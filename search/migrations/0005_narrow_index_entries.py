"""Keep search index entries narrow on PostgreSQL: their large vectors are stored out of line.

Counting and faceting a search reads every matching entry. Entries held their headline
vector (a few hundred bytes) inline, so 100,000 entries filled 77 MB and a common word's
matches were spread over most of it. With a 256-byte tuple target PostgreSQL moves the
large vectors to the TOAST table, where only ranking reads them: the entries take about a
third of the space and a count reads a third as many blocks. Rows take the new layout
when they are next written (``manage.py update_index`` rewrites them all).
"""

from django.db import migrations

TABLE = "wagtailsearch_indexentry"


def narrow(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"ALTER TABLE {TABLE} SET (toast_tuple_target = 256)")


def widen(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"ALTER TABLE {TABLE} RESET (toast_tuple_target)")


class Migration(migrations.Migration):
    dependencies = [("search", "0004_page_id_text_index")]

    operations = [migrations.RunPython(narrow, widen, elidable=False)]
