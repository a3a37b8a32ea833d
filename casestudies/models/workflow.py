"""The community-examples review task: Wagtail's group approval, plus 'not accepted'."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask

COMMUNITY_WORKFLOW_NAME = "Community examples"


class CommunityReviewTask(GroupApprovalTask):
    """A GroupApprovalTask whose reviewers can also decline an example, with a reason.

    Declining ends the workflow; the sender is told why. Approve and request changes are
    Wagtail's own.
    """

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if actions:
            actions = [*actions, ("decline", _("Do not accept"), True)]
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "decline":
            from casestudies.services.review import decline_submission

            decline_submission(task_state, user=user, reason=kwargs.get("comment", ""))
            return None
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve, ask for changes or do not accept the example")

    class Meta:
        verbose_name = _("community review task")
        verbose_name_plural = _("community review tasks")
