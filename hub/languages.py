"""Which languages the hub offers: the default one, and those it has interface text for.

A language configured in settings.LANGUAGES but with no translated interface (Polish, until
its catalogue is filled in) is not offered in the switcher, and its address prefix sends
readers to the default language rather than serving English pages marked as that language.
"""

import functools
import gettext

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponseRedirect
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale

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


LOCALE_CODES_KEY = "hub:locale-codes"


def locale_language(locale_id):
    """The language code of a Wagtail Locale, from a small cached table rather than a query per page."""
    codes = cache.get(LOCALE_CODES_KEY) or {}
    if locale_id not in codes:  # a locale added since: read them again
        codes = dict(Locale.objects.values_list("id", "language_code"))
        cache.set(LOCALE_CODES_KEY, codes, timeout=None)
    return codes.get(locale_id, settings.LANGUAGE_CODE)


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
