from .case_study import (
    CaseStudyIndexPage,
    CaseStudyPage,
    CaseStudyPageTag,
    CaseStudyTeamMember,
    ResearchOutput,
)
from .collection import CollectionPage, CollectionPick
from .ratelimit import FormPost
from .shared_learning import SharedLearningIndexPage, SharedLearningPage, SharedLearningPhoto
from .submission import ConsentVersion, OutgoingEmail, Submission
from .workflow import COMMUNITY_WORKFLOW_NAME, CommunityReviewTask

__all__ = [
    "COMMUNITY_WORKFLOW_NAME",
    "CaseStudyIndexPage",
    "CaseStudyPage",
    "CaseStudyPageTag",
    "CaseStudyTeamMember",
    "CollectionPage",
    "CollectionPick",
    "CommunityReviewTask",
    "ConsentVersion",
    "FormPost",
    "OutgoingEmail",
    "ResearchOutput",
    "SharedLearningIndexPage",
    "SharedLearningPage",
    "SharedLearningPhoto",
    "Submission",
]
