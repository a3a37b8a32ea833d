"""Enable pg_trgm for 'did you mean' suggestions, on PostgreSQL only (search/spelling.py)."""

from django.db import migrations


def enable_trigram(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_unanswered_searches")]

    operations = [migrations.RunPython(enable_trigram, migrations.RunPython.noop, elidable=False)]
