"""The action Wagtail runs when a workflow is approved (WAGTAIL_FINISH_WORKFLOW_ACTION).

Wagtail imports it while its own models load, so this module imports nothing at the top.
"""


def finish_workflow(workflow_state, user=None):
    """WAGTAIL_FINISH_WORKFLOW_ACTION: publish the approved revision when a workflow ends.

    Community examples refuse direct publishing to everyone (ReviewOnlyPermissionTester), so
    the completed review is what authorises it; other pages publish as Wagtail does.
    """
    from casestudies.models import SharedLearningPage

    target = workflow_state.content_object
    skip = isinstance(target.specific, SharedLearningPage)
    target.get_latest_revision().publish(user=user, skip_permission_checks=skip)
