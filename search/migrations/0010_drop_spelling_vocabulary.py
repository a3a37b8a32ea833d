"""Drop the spelling vocabulary table (0006) and its trigram index.

'Did you mean' reads the words of live titles and taxonomy names once per content version
in each worker (search/spelling.py): at the sizes the database search is for (up to about
50,000 pages) that is a few milliseconds after each publish, and no index has to keep a
table in step.
"""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('search', '0009_drop_page_facts'),
    ]

    operations = [
        migrations.DeleteModel(
            name='SpellingWord',
        ),
    ]
