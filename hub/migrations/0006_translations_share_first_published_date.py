"""Translations published before the hub dated them as their source: give each the earliest
first-published date of its translation group (hub.translation.share_first_published_date)."""

from django.db import migrations
from django.db.models import Min, OuterRef, Subquery


def share_dates(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    earliest = (
        Page.objects.filter(translation_key=OuterRef("translation_key"), first_published_at__isnull=False)
        .values("translation_key")
        .annotate(earliest=Min("first_published_at"))
        .values("earliest")
    )
    Page.objects.filter(first_published_at__isnull=False).update(first_published_at=Subquery(earliest))


class Migration(migrations.Migration):
    dependencies = [("hub", "0005_editor_and_moderator_roles")]

    operations = [migrations.RunPython(share_dates, migrations.RunPython.noop)]
