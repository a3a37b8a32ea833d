"""A Translators group: may translate and edit pages and snippets, but not publish.

Their translations reach readers through the editorial workflow.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Translators"
SNIPPETS = ["theme", "approach", "researchstage", "topic", "region", "person"]


def forwards(apps, schema_editor):
    for label in ("hub", "wagtail_localize"):
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    codenames = (
        ["access_admin", "submit_translation"]
        + [f"change_{m}" for m in SNIPPETS]
        + [f"add_{m}" for m in SNIPPETS]
    )
    group.permissions.add(*Permission.objects.filter(codename__in=codenames))
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        for codename in ("add_page", "change_page"):
            permission = Permission.objects.filter(
                codename=codename, content_type__app_label="wagtailcore"
            ).first()
            if permission is not None:
                GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)


def backwards(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0002_create_homepage"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtail_localize", "0006_create_submit_translation_permission"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
