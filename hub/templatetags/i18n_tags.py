"""The language switcher and hreflang alternates.

A Wagtail page offers only the languages it has been published in: its live
translations, found in one query and cached on the request. Views that are not
pages (search, error pages) exist in every language the hub offers, and keep their
query (a search switched to Welsh is the same search).
"""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_bidi, get_language_info
from wagtail.models import Page

from hub.fragment_cache import cached_fragment, version_for
from hub.languages import locale_language, offered_languages
from hub.public_address import absolute

register = template.Library()

RTL_LANGUAGES = {"ar", "fa", "he", "ur"}


def _language_name(code):
    """The language's name in that language ("Cymraeg", "اردو"), as settings.LANGUAGES spells it."""
    names = dict(settings.LANGUAGES)
    if code in names:
        return str(names[code])
    try:
        return get_language_info(code)["name_local"]
    except KeyError:
        return code


def _option(code, url, current, full_url=None):
    return {
        "code": code,
        "name": _language_name(code),
        "url": url,
        "full_url": full_url or url,
        "current": code == current,
        "dir": "rtl" if code.split("-")[0] in RTL_LANGUAGES else "ltr",
    }


def page_translations(page, request=None):
    """Live translations of ``page`` (itself included), ordered as settings.LANGUAGES, in one query."""
    order = [code for code, _name in settings.LANGUAGES]
    pages = list(Page.objects.live().filter(translation_key=page.translation_key).select_related("locale"))
    pages.sort(key=lambda p: order.index(p.locale.language_code) if p.locale.language_code in order else 99)
    return pages


def _sub_path(page_url, request):
    """What follows the page's own URL in the request path (a routable page's sub-view), or ""."""
    if request is None or not page_url:
        return ""
    if page_url and request.path.startswith(page_url) and request.path != page_url:
        return request.path[len(page_url) :]
    return ""


def _page_options(page, request):
    """The page's live translations as language options, at the same sub-path (e.g. a feed)."""
    current = get_language() or settings.LANGUAGE_CODE
    translations = page_translations(page, request)
    urls = {t.pk: (t.get_url(request), t.get_full_url(request)) for t in translations}
    sub_path = _sub_path(urls.get(page.pk, (None, None))[0], request)
    return [
        _option(t.locale.language_code, urls[t.pk][0] + sub_path, current, urls[t.pk][1] + sub_path)
        for t in translations
        if urls[t.pk][0]
    ]


@register.simple_tag(takes_context=True)
def language_options(context):
    """Languages to offer on this page, each ``{code, name, url, full_url, current, dir}``.

    On a Wagtail page: the page's live translations only. Elsewhere: every language
    the hub has interface text for (hub.languages), at the same path with its prefix.
    """
    request = context.get("request")
    page = context.get("page")
    current = get_language() or settings.LANGUAGE_CODE
    cache_key = "_hub_language_options"
    cached = getattr(request, cache_key, None) if request is not None else None
    if cached is not None and cached[0] is page:
        return cached[1]

    options = []
    if isinstance(page, Page) and page.pk and page.depth > 1:
        # Kept under the content version: a publish that adds a translation redraws them.
        vary_on = [page.pk, request.path if request is not None else ""]  # options keep no query string
        options = cached_fragment(request, "language-options", vary_on, lambda: _page_options(page, request))
    elif request is not None:
        path = request.path
        query = request.GET.urlencode()
        for code, _name in offered_languages():
            url = translate_url(path, code) + (f"?{query}" if query else "")
            options.append(_option(code, url, current, absolute(url)))
    if request is not None:
        setattr(request, cache_key, (page, options))
    return options


@register.simple_tag
def default_language_option(options):
    """The option for the default language, for hreflang="x-default" (None if absent)."""
    for option in options:
        if option["code"] == settings.LANGUAGE_CODE:
            return option
    return None


@register.simple_tag
def text_direction():
    return "rtl" if get_language_bidi() else "ltr"


@register.simple_tag(takes_context=True)
def untranslated_content(context):
    """For a page shown in another language than the reader's (no translation yet):
    ``{code, name, dir}`` of the page's own language, else None."""
    page = context.get("page")
    if not isinstance(page, Page) or not page.pk:
        return None
    page_language = locale_language(page.locale_id, version_for(context.get("request")))
    if page_language == (get_language() or settings.LANGUAGE_CODE):
        return None
    return {
        "code": page_language,
        "name": get_language_info(page_language)["name_translated"],
        "dir": "rtl" if page_language.split("-")[0] in RTL_LANGUAGES else "ltr",
    }
