"""Pagination that never fails on a bad ?page= value."""

from django.core.paginator import Paginator


def paginate(request, items, per_page, param="page"):
    """Return (page, paginator) for the number in ``?<param>=``. Non-numbers give page 1;
    out-of-range gives the last page."""
    paginator = Paginator(items, per_page)
    return paginator.get_page(request.GET.get(param)), paginator
