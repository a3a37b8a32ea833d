"""Moderators and Editors issue, read and revoke lay review links (Snippets > Lay review links)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = ["add_layreviewlink", "change_layreviewlink", "view_layreviewlink"]
ROLES = ("Editors", "Moderators")


def _permissions(apps):
    return apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="layreview", codename__in=CODENAMES
    )


def forwards(apps, schema_editor):
    app_config = apps.get_app_config("layreview")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    for role in ROLES:
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.add(*_permissions(apps))


def backwards(apps, schema_editor):
    for group in apps.get_model("auth", "Group").objects.filter(name__in=ROLES):
        group.permissions.remove(*_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [("layreview", "0001_initial"), ("hub", "0005_editor_and_moderator_roles")]

    operations = [migrations.RunPython(forwards, backwards)]
