"""The spelling vocabulary for 'did you mean', with a trigram index on PostgreSQL.

Suggestions used to split every live page title on each lookup (over a second at
100,000 pages); now they look words up in this table. It is filled here from the live
titles and taxonomy names, and kept by the search index afterwards.

Migration 0010 drops it: the vocabulary is now read from the titles once per content
version (search/spelling.py), so this one no longer fills it.
"""

import django.db.models.deletion
from django.db import migrations, models


INDEX = "search_spelling_word_trgm"


def trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON search_spellingword USING gin (word gin_trgm_ops)"
        )


class Migration(migrations.Migration):

    dependencies = [
        ('search', '0005_narrow_index_entries'),
        ('wagtailcore', '0098_apitoken'),
        ('hub', '0004_editor_signoff_on_default_workflow'),
    ]

    operations = [
        migrations.CreateModel(
            name='SpellingWord',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('word', models.CharField(max_length=40)),
                ('locale', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.locale')),
            ],
            options={
                'verbose_name': 'spelling word',
                'verbose_name_plural': 'spelling words',
                'constraints': [models.UniqueConstraint(fields=('locale', 'word'), name='search_spelling_word_unique')],
            },
        ),
        migrations.RunPython(trigram_index, migrations.RunPython.noop, elidable=False),
    ]
