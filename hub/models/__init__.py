from .base import SUMMARY_MAX_LENGTH, BasePage, SectionIndexPage
from .listing import DEFAULT_ITEMS_PER_PAGE, PagedListing
from .pages import HomePage, StandardPage
from .people import Person
from .settings import SiteSettings
from .taxonomy import Approach, Region, ResearchStage, Theme, Topic

__all__ = [
    "DEFAULT_ITEMS_PER_PAGE",
    "SUMMARY_MAX_LENGTH",
    "Approach",
    "BasePage",
    "HomePage",
    "PagedListing",
    "Person",
    "Region",
    "ResearchStage",
    "SectionIndexPage",
    "SiteSettings",
    "StandardPage",
    "Theme",
    "Topic",
]
