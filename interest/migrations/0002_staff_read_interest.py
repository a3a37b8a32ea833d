"""Editors and Moderators read the interest report (Reports > Interest registrations)."""

from django.db import migrations

from hub.role_permissions import grant, revoke

CODENAMES = ["view_interestregistration"]
ROLES = ("Editors", "Moderators")


class Migration(migrations.Migration):
    dependencies = [("interest", "0001_initial"), ("hub", "0005_editor_and_moderator_roles")]

    operations = [
        migrations.RunPython(
            lambda apps, schema_editor: grant(apps, "interest", CODENAMES, ROLES),
            lambda apps, schema_editor: revoke(apps, "interest", CODENAMES, ROLES),
        )
    ]
