"""Site search across all live pages in the reader's language."""

from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

from hub.pagination import paginate

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        results = pages.search(query)
    page_obj, paginator = paginate(request, results, RESULTS_PER_PAGE)
    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": query, "search_results": page_obj, "paginator": paginator},
    )
