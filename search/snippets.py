"""Plain text of a page's searchable fields as a reader sees it, read without extra database queries."""

from modelsearch.index import SearchField
from wagtail import blocks
from wagtail.rich_text import get_text_for_indexing

from search.text import contains_match, highlight

# Fields tried first for the snippet, in order, when they hold a matching word.
PREFERRED = ("summary", "plain_summary", "intro", "what_we_did", "search_description")


def block_texts(block, raw):
    """The words a reader sees in one block's stored (raw) value, read through its definition.

    Only text blocks give text: a heading's level ("h2"), a link or an image id never reach a
    snippet. Rich text keeps a space between paragraphs and list items.
    """
    if raw is None or not getattr(block, "search_index", True):
        return
    if isinstance(block, blocks.StreamBlock):
        for child in raw:
            child_block = block.child_blocks.get(child.get("type")) if isinstance(child, dict) else None
            if child_block is not None:
                yield from block_texts(child_block, child.get("value"))
    elif isinstance(block, blocks.ListBlock):
        for item in raw:
            is_wrapped = isinstance(item, dict) and item.keys() >= {"type", "value"}
            yield from block_texts(block.child_block, item["value"] if is_wrapped else item)
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            yield from block_texts(child_block, raw.get(name) if isinstance(raw, dict) else None)
    elif isinstance(block, blocks.RichTextBlock):
        yield get_text_for_indexing(str(raw))
    elif isinstance(block, (blocks.CharBlock, blocks.TextBlock)) and not isinstance(block, blocks.URLBlock):
        yield str(raw)


def field_text(page, name):
    value = getattr(page, name, "")
    if isinstance(value, blocks.StreamValue):
        texts = block_texts(value.stream_block, value.raw_data)
        return " ".join(" ".join(text.split()) for text in texts if text.strip())
    return " ".join(get_text_for_indexing(value).split()) if isinstance(value, str) else ""


def texts(page):
    """The text of each field with some: preferred fields first, then other search fields by boost."""
    search_fields = sorted(
        (f for f in page.get_search_fields() if isinstance(f, SearchField) and f.field_name != "title"),
        key=lambda f: -(f.boost or 1),
    )
    names = dict.fromkeys(
        [name for name in PREFERRED if hasattr(page, name)] + [f.field_name for f in search_fields]
    )
    return filter(None, (field_text(page, name) for name in names))


def snippet(page, stems, size=40):
    """Escaped HTML: the first field holding a matching word, or the first with text, with matches marked."""
    first = None
    for text in texts(page):
        if contains_match(text, stems):
            return highlight(text, stems, size)
        first = first or text
    return highlight(first or "", stems, size)
