"""Short constructors for BodyStreamBlock content, so the content modules read like prose."""

from .base import ImageRef, PageRef, Rich


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def para(text):
    return ("paragraph", Rich(text))


def quote(text, attribution=""):
    return ("quote", {"quote": text, "attribution": attribution})


def image(key, alt_text, caption=""):
    return ("image", {"image": ImageRef(key), "alt_text": alt_text, "caption": caption})


def cta(heading_text, text, button_text, page=None, url=""):
    return (
        "call_to_action",
        {
            "heading": heading_text,
            "text": text,
            "page": PageRef(page) if page else None,
            "external_url": url,
            "button_text": button_text,
        },
    )


def accordion(*items):
    """Each item is a (title, rich text) pair."""
    return ("accordion", {"items": [{"title": title, "content": Rich(text)} for title, text in items]})
