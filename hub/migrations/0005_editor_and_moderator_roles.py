"""What Editors and Moderators need for their work, so neither needs a superuser.

Editors look after the taxonomy and the people credited on pages, promote search results
and read the search reports (search terms, searches with no results), and publish new
consent wordings. Moderators may look
at the taxonomy and people (to classify an example) but not change them.
See docs/roles.md for the whole table.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

TAXONOMY = ["theme", "approach", "researchstage", "topic", "region"]
ROLES = {
    "Editors": {
        "hub": [f"{action}_{model}" for model in TAXONOMY + ["person"] for action in ("add", "change", "delete", "view")],
        "wagtailsearchpromotions": [
            "add_searchpromotion",
            "change_searchpromotion",
            "delete_searchpromotion",
            "view_searchpromotion",
            "view_query",
        ],
        "search": ["view_unansweredsearch"],
        # A new consent wording is added, never an agreed one changed (casestudies.consent_admin).
        "casestudies": ["add_consentversion", "change_consentversion", "view_consentversion"],
    },
    "Moderators": {"hub": [f"view_{model}" for model in TAXONOMY + ["person"]]},
}


def permissions_for(apps, role):
    Permission = apps.get_model("auth", "Permission")
    for app_label, codenames in ROLES[role].items():
        yield from Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)


def forwards(apps, schema_editor):
    for label in ("hub", "wagtailsearchpromotions", "search", "casestudies"):
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    for role in ROLES:
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.add(*permissions_for(apps, role))


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for role in ROLES:
        group = Group.objects.filter(name=role).first()
        if group is not None:
            group.permissions.remove(*permissions_for(apps, role))


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0004_editor_signoff_on_default_workflow"),
        ("casestudies", "0004_community_workflow_groups_consent"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("search", "0001_unanswered_searches"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
