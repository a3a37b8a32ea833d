"""The search facts table facet counts read on PostgreSQL (search/facts.py).

Only the table is created here. Its triggers are written, and its rows rebuilt, after
every ``migrate`` from the models' metadata (search.facts.install), so that page types
added later are covered too.
"""

import django.contrib.postgres.fields
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

CREATE_TABLE = """
CREATE TABLE IF NOT EXISTS hub_search_page_facts (
    page_id integer PRIMARY KEY,
    live boolean NOT NULL,
    locale_id integer NOT NULL,
    content_type_id integer NOT NULL,
    first_published_at timestamp with time zone NULL,
    path varchar(255) NOT NULL,
    depth integer NOT NULL,
    terms integer[] NOT NULL DEFAULT '{}'
)
"""

# Dropping the trigger functions drops their triggers (CASCADE).
DROP = (
    "DROP FUNCTION IF EXISTS hub_search_page_facts_from_link() CASCADE",
    "DROP FUNCTION IF EXISTS hub_search_page_facts_from_page() CASCADE",
    "DROP FUNCTION IF EXISTS hub_search_refresh_page_facts(integer)",
    "DROP FUNCTION IF EXISTS hub_search_page_terms(integer)",
    "DROP TABLE IF EXISTS hub_search_page_facts",
)


def create_table(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE_TABLE)


def drop_table(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in DROP:
            schema_editor.execute(statement)


class Migration(migrations.Migration):

    dependencies = [
        ('search', '0007_live_pages_index'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.CreateModel(
            name='PageFacts',
            fields=[
                ('page', models.OneToOneField(db_constraint=False, on_delete=django.db.models.deletion.DO_NOTHING, primary_key=True, related_name='+', serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('live', models.BooleanField()),
                ('first_published_at', models.DateTimeField(null=True)),
                ('path', models.CharField(max_length=255)),
                ('depth', models.PositiveIntegerField()),
                ('terms', django.contrib.postgres.fields.ArrayField(base_field=models.IntegerField(), size=None)),
            ],
            options={
                'db_table': 'hub_search_page_facts',
                'managed': False,
            },
        ),
        migrations.RunPython(create_table, drop_table, elidable=False),
    ]
