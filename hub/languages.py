"""Which languages the hub offers: the default one, and those it has interface text for.

A language configured in settings.LANGUAGES but with no translated interface (Polish, until
its catalogue is filled in) is not offered in the switcher, and its address prefix sends
readers to the default language rather than serving English pages marked as that language.
"""

import functools
import gettext

from django.conf import settings
from django.http import HttpResponseRedirect
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale

from hub.fragment_cache import WorkerMemo, version_for

# A text on every page: translated in any catalogue of the hub's worth offering.
PROBE = "Skip to main content"


@functools.cache
def has_interface_text(code):
    """Whether the hub's own catalogue (locale/, not Django's or Wagtail's) translates its pages."""
    if code == settings.LANGUAGE_CODE:
        return True
    catalogue = gettext.translation(
        "django", localedir=settings.LOCALE_PATHS[0], languages=[code], fallback=True
    )
    return catalogue.gettext(PROBE) != PROBE


def offered_languages():
    return [(code, name) for code, name in settings.LANGUAGES if has_interface_text(code)]


def is_offered(code):
    return any(offered == code for offered, _name in offered_languages())


# {locale id: language code}, kept in each worker under the content version (saving a locale
# replaces the version, hub/signals.py).
_locale_codes = WorkerMemo(size=1)


def locale_language(locale_id, version=None):
    """The language code of a Wagtail Locale: read once per content version, not once per page.

    ``version`` is the request's content version (hub/fragment_cache.py); without one (signed-in
    editors, previews) the locales are read afresh.
    """
    codes = _locale_codes.get_or_set(
        version, "codes", lambda: dict(Locale.objects.values_list("id", "language_code"))
    )
    return codes.get(locale_id, settings.LANGUAGE_CODE)


# {language code: Locale}, kept in each worker under the content version.
_active_locales = WorkerMemo(size=20)


def active_locale(request):
    """Wagtail's ``Locale.get_active()`` for this request, read once per content version."""
    return _active_locales.get_or_set(version_for(request), translation.get_language(), Locale.get_active)


class UnofferedLanguageMiddleware:
    """An address under a language the hub does not offer (/pl/...) goes to the default language's."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        code = translation.get_language_from_path(request.path_info)
        if code and not is_offered(code):
            with translation.override(code):
                target = translate_url(request.get_full_path(), settings.LANGUAGE_CODE)
            if target != request.get_full_path():
                return HttpResponseRedirect(target)
        return self.get_response(request)
