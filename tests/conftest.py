"""Fixtures shared by every test package."""

import pytest
from django.core.cache import cache

from tests.factories import ImageFactory, build_site_tree


@pytest.fixture(autouse=True)
def _isolated_media_and_cache(settings, tmp_path):
    """Keep uploaded files out of the repository and drop cached site roots between tests."""
    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site_tree(db):
    """The default Site's root is a fresh HomePage, with a blog index and a case-study index under it.

    Attributes: ``site``, ``home``, ``blog_index``, ``case_study_index``.
    """
    return build_site_tree()


@pytest.fixture
def image(db):
    """A small image with a description (its default alt text)."""
    return ImageFactory()
