"""Giving staff roles (groups) an app's permissions from a data migration, and taking them back."""

from django.contrib.auth.management import create_permissions


def _permissions(apps, app_label, codenames):
    return apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label=app_label, codename__in=codenames
    )


def grant(apps, app_label, codenames, roles):
    """Add ``app_label``'s ``codenames`` to each group in ``roles`` (made if missing)."""
    app_config = apps.get_app_config(app_label)
    app_config.models_module = True  # permissions are only created after migrate otherwise
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    for role in roles:
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.add(*_permissions(apps, app_label, codenames))


def revoke(apps, app_label, codenames, roles):
    for group in apps.get_model("auth", "Group").objects.filter(name__in=roles):
        group.permissions.remove(*_permissions(apps, app_label, codenames))
