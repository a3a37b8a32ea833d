"""Create the community-examples review workflow, the groups that run it, and the first consent wording.

Three stages, each a CommunityReviewTask (a GroupApprovalTask) for one group:
moderation (Moderators), lay review panel (Public reviewers), editor sign-off (Editors).
Editors sign off, so they hold the publish permission; moderators check and pass on
but do not publish directly, so nothing goes live without the whole review.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

WORKFLOW_NAME = "Community examples"
STAGES = [
    ("Moderation: consent, safeguarding and personal data", "Moderators"),
    ("Lay review panel", "Public reviewers"),
    ("Editor sign-off", "Editors"),
]
MODEL_PERMISSIONS = {
    "Moderators": ["view_submission", "view_submission_personal_data", "export_submissions", "enter_submission"],
    "Editors": ["view_submission", "view_submission_personal_data", "export_submissions", "enter_submission"],
    "Public reviewers": ["view_submission"],
}
CONSENT_2025_1 = {
    "version": "2025-1",
    "publish_text": (
        "I agree that the hub can publish my example on its website, after its reviewers have "
        "checked it. I know I can ask for it to be taken down at any time."
    ),
    "contact_text": (
        "I agree that the hub can email me about my example and tell me when it is shared in a "
        "collection of examples."
    ),
    "pictured_text": (
        "Everyone who can be recognised in my photos has agreed that the photos can be published."
    ),
}


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    CommunityReviewTask = apps.get_model("casestudies", "CommunityReviewTask")
    SharedLearningIndexPage = apps.get_model("casestudies", "SharedLearningIndexPage")
    ConsentVersion = apps.get_model("casestudies", "ConsentVersion")

    ConsentVersion.objects.get_or_create(version=CONSENT_2025_1["version"], defaults=CONSENT_2025_1)

    app_config = apps.get_app_config("casestudies")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    groups = {}
    for name in ("Moderators", "Public reviewers", "Editors"):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="casestudies", codename__in=MODEL_PERMISSIONS[name])
        )
        groups[name] = group

    root = Page.objects.filter(depth=1).first()
    if root is not None:
        publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
        GroupPagePermission.objects.get_or_create(group=groups["Editors"], page=root, permission=publish)
        GroupPagePermission.objects.filter(group=groups["Moderators"], page=root, permission=publish).delete()
        for codename in ("add_page", "change_page"):
            perm = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=groups["Moderators"], page=root, permission=perm)
            GroupPagePermission.objects.get_or_create(group=groups["Editors"], page=root, permission=perm)

    if Workflow.objects.filter(name=WORKFLOW_NAME).exists():
        return
    workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    task_type, _ = ContentType.objects.get_or_create(app_label="casestudies", model="communityreviewtask")
    for order, (task_name, group_name) in enumerate(STAGES):
        task = CommunityReviewTask.objects.create(name=task_name, content_type=task_type, active=True)
        task.groups.set([groups[group_name]])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    for index_page in SharedLearningIndexPage.objects.all():
        WorkflowPage.objects.update_or_create(page_id=index_page.pk, defaults={"workflow": workflow})


def backwards(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    CommunityReviewTask = apps.get_model("casestudies", "CommunityReviewTask")
    Workflow.objects.filter(name=WORKFLOW_NAME).delete()
    CommunityReviewTask.objects.all().delete()
    Group.objects.filter(name="Public reviewers").delete()
    root = Page.objects.filter(depth=1).first()
    moderators = Group.objects.filter(name="Moderators").first()
    if root is not None and moderators is not None:
        publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
        GroupPagePermission.objects.get_or_create(group=moderators, page=root, permission=publish)


class Migration(migrations.Migration):
    dependencies = [
        ("casestudies", "0003_shared_learning_submissions_collections"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
