from .base import SUMMARY_MAX_LENGTH, BasePage, SectionIndexPage
from .pages import HomePage, StandardPage
from .people import Person
from .settings import SiteSettings
from .taxonomy import Approach, Region, ResearchStage, Theme, Topic

__all__ = [
    "SUMMARY_MAX_LENGTH",
    "Approach",
    "BasePage",
    "HomePage",
    "Person",
    "Region",
    "ResearchStage",
    "SectionIndexPage",
    "SiteSettings",
    "StandardPage",
    "Theme",
    "Topic",
]
