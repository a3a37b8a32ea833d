from .case_study import (
    CaseStudyIndexPage,
    CaseStudyPage,
    CaseStudyPageTag,
    CaseStudyTeamMember,
    ResearchOutput,
)

__all__ = [
    "CaseStudyIndexPage",
    "CaseStudyPage",
    "CaseStudyPageTag",
    "CaseStudyTeamMember",
    "ResearchOutput",
]
