"""Editors sign off the default page workflow.

Wagtail's default "Moderators approval" workflow publishes a page when its last
task is approved, as the user who approved it. Moderators check pages but do not
hold the publish permission (editors sign off), so the default workflow gains a
second task for the Editors group. Pages other than community examples, and
their translations, go through it.
"""

from django.db import migrations

WORKFLOW = "Moderators approval"
TASK = "Editor sign-off"


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    workflow = Workflow.objects.filter(name=WORKFLOW).first()
    if workflow is None:
        return
    editors, _ = Group.objects.get_or_create(name="Editors")
    steps = WorkflowTask.objects.filter(workflow=workflow)
    if steps.filter(task__name=TASK).exists():
        return
    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.create(name=TASK, content_type=task_type, active=True)
    task.groups.set([editors])
    last = steps.order_by("-sort_order").values_list("sort_order", flat=True).first()
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=(last or 0) + 1)


def backwards(apps, schema_editor):
    apps.get_model("wagtailcore", "GroupApprovalTask").objects.filter(
        name=TASK, workflow_tasks__workflow__name=WORKFLOW
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0003_translators_group"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
