"""Moderators and Editors issue, read and revoke lay review links (Snippets > Lay review links)."""

from django.db import migrations

from hub.role_permissions import grant, revoke

CODENAMES = ["add_layreviewlink", "change_layreviewlink", "view_layreviewlink"]
ROLES = ("Editors", "Moderators")


class Migration(migrations.Migration):
    dependencies = [("layreview", "0001_initial"), ("hub", "0005_editor_and_moderator_roles")]

    operations = [
        migrations.RunPython(
            lambda apps, schema_editor: grant(apps, "layreview", CODENAMES, ROLES),
            lambda apps, schema_editor: revoke(apps, "layreview", CODENAMES, ROLES),
        )
    ]
