"""Pagination that never fails on a bad ?page= value."""

from django.core.paginator import Paginator


def paginate(request, items, per_page, param="page", count=None):
    """Return (page, paginator) for the number in ``?<param>=``. Non-numbers give page 1;
    out-of-range gives the last page. A ``count`` already known saves the paginator its query."""
    paginator = Paginator(items, per_page)
    if count is not None:
        paginator.count = count  # Paginator.count is a cached property: this is its value
    return paginator.get_page(request.GET.get(param)), paginator
