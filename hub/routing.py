"""Finding a page by its path in one query, not one or two per level of the tree.

Wagtail finds a page by walking down from the home page, loading each level's page on the
way. Each worker remembers where a path led (the page's type and id, and how many trailing
parts of the path the page's own routes took, as for a feed) under the content version
(hub/fragment_cache.py). Publishing, unpublishing, moving or saving a live page changes that
version, so a remembered route is never older than the tree. Signed-in users and previews
route as Wagtail does.
"""

from django.contrib.contenttypes.models import ContentType

from hub.fragment_cache import WorkerMemo, version_for

# (home page id, path parts) -> (content type id, page id, trailing parts), per worker
_routes = WorkerMemo(size=5_000)


def route_by_path(home, request, path_components, walk_tree):
    """``home.route(request, path_components)``, answered from the table when it can be.

    ``walk_tree`` is Wagtail's own routing from ``home``, used the first time a path is asked
    for and whenever the remembered page has gone.
    """
    version = version_for(request) if path_components else None  # the home page is at hand
    key = (home.pk, tuple(path_components))
    remembered = _routes.get(version, key) if version is not None else None
    if remembered is not None:
        content_type_id, page_id, trailing = remembered
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        page = model.objects.filter(pk=page_id, path__startswith=home.path).first()
        if page is not None:
            return page.route(request, path_components[len(path_components) - trailing :])
    result = walk_tree()
    if version is not None:
        page = result[0]
        _routes.set(
            version, key, (page.content_type_id, page.pk, len(path_components) - (page.depth - home.depth))
        )
    return result
