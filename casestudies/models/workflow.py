"""The community-examples review task: Wagtail's group approval, plus 'not accepted' and 'spam'."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask

COMMUNITY_WORKFLOW_NAME = "Community examples"


class CommunityReviewTask(GroupApprovalTask):
    """A GroupApprovalTask whose reviewers can also decline an example, or discard it as spam.

    Declining ends the workflow and the sender is told why. Discarding as spam ends it
    silently and erases what was sent. Approve and request changes are Wagtail's own.
    """

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if actions:
            actions = [*actions, ("decline", _("Do not accept"), True), ("spam", _("Discard as spam"), False)]
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "decline":
            from casestudies.services.review import decline_submission

            decline_submission(task_state, user=user, reason=kwargs.get("comment", ""))
            return None
        if action_name == "spam":
            from casestudies.services.review import discard_spam

            discard_spam(task_state, user=user)
            return None
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve, ask for changes or do not accept the example")

    class Meta:
        verbose_name = _("community review task")
        verbose_name_plural = _("community review tasks")
