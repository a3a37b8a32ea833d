"""Fixtures shared by every test package."""

from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.core.management import call_command
from django.utils import translation

from tests.factories import ImageFactory, build_site_tree


@pytest.fixture(scope="session", autouse=True)
def _compiled_messages():
    """The interface translations, compiled as the setup does, if any catalogue is newer than its build.

    Session-wide, so a test that reads Welsh or Urdu text passes alone and in any order.
    """
    locale_dir = Path(django_settings.LOCALE_PATHS[0])

    def stale(po):
        mo = po.with_suffix(".mo")
        return not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime

    if any(stale(po) for po in locale_dir.glob("*/LC_MESSAGES/django.po")):
        call_command("compilemessages", locale=["cy", "ur", "pl"], verbosity=0)


@pytest.fixture(autouse=True)
def _isolated_media_and_cache(settings, tmp_path):
    """Keep uploaded files out of the repository and drop cached site roots between tests."""
    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _mail_through_the_outbox(settings):
    """Django's test runner swaps EMAIL_BACKEND for memory; put the hub's outbox back in front.

    Mail is then stored and delivered (to memory, EMAIL_DELIVERY_BACKEND) after commit, as on
    the live site. A test that does not commit captures it with
    ``django_capture_on_commit_callbacks(execute=True)``.
    """
    settings.EMAIL_BACKEND = "casestudies.mail.OutboxBackend"


@pytest.fixture(autouse=True)
def _default_language():
    """Start every test in the default language: a request or email in another language
    leaves its language active in the thread, which would leak into the next test."""
    translation.activate(django_settings.LANGUAGE_CODE)
    yield
    translation.activate(django_settings.LANGUAGE_CODE)


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


@pytest.fixture(scope="module")
def _demo_for_module(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo content, loaded once for a module of tests that only read it, inside a
    transaction rolled back after the module. Returns where its files are."""
    from django.db import transaction
    from django.test import override_settings

    media = tmp_path_factory.mktemp("demo-media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media):
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            call_command("load_demo_content", verbosity=0)
            yield media
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture
def demo_content(_demo_for_module, db, settings):
    """The demo content, shared by the tests of a module that only read it (see _demo_for_module)."""
    settings.MEDIA_ROOT = _demo_for_module
