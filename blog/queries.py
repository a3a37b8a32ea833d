"""Listing, filtering and related-post queries for the blog."""

from django.db.models import Count, Prefetch, Q

from blog.models import BlogPage, BlogPageAuthor, BlogPageTag
from hub.models import Person, Theme
from hub.pagination import paginate
from hub.queries import public_pages


def post_listing_queryset(index_page):
    """Live public posts under an index, with what a card needs (listing image, themes) loaded."""
    return (
        public_pages(BlogPage.objects.child_of(index_page).live())
        .select_related("listing_image")
        .prefetch_related("themes")
        .order_by("-date", "-pk")
    )


def feed_queryset(index_page):
    """The posts of a feed: as for cards, plus authors in credit order."""
    return post_listing_queryset(index_page).prefetch_related(
        Prefetch("authors", queryset=BlogPageAuthor.objects.select_related("person").order_by("sort_order"))
    )


def blog_listing(index_page, request):
    """Posts filtered by theme, tag and author from the query string, paginated."""
    base = post_listing_queryset(index_page)
    posts = base
    themes = list(Theme.objects.filter(locale_id=index_page.locale_id))
    active = {}

    theme_slug = request.GET.get("theme", "").strip()
    if theme_slug:
        theme = next((t for t in themes if t.slug == theme_slug), None)
        active["theme"] = theme
        posts = posts.filter(themes=theme) if theme else posts.none()

    tag_slug = request.GET.get("tag", "").strip()
    if tag_slug:
        active["tag"] = tag_slug
        posts = posts.filter(tags__slug=tag_slug)

    author_id = request.GET.get("author", "").strip()
    if author_id:
        author_pk = _positive_id(author_id)
        author = Person.objects.filter(pk=author_pk).first() if author_pk else None
        active["author"] = author
        posts = posts.filter(authors__person=author) if author else posts.none()

    # Reuse the listing's filters as a subquery: no second query for view restrictions.
    authors = Person.objects.filter(blog_authorships__page__in=base.values("pk")).distinct()
    page_obj, paginator = paginate(request, posts.distinct(), index_page.items_per_page)
    return {
        "posts": page_obj,
        "paginator": paginator,
        "themes": themes,
        "active_filters": active,
        "authors": authors,
    }


def _positive_id(value):
    """A database id from the query string, or None for anything else ("abc", "²", "-1", huge numbers)."""
    if not (value.isascii() and value.isdigit()):
        return None
    number = int(value)
    return number if 0 < number < 2**31 else None


def related_posts(post, count=3):
    """Other live posts sharing a theme or tag with this one, most overlap first.

    One query: the post's themes and tags are subqueries, not lists fetched first.
    """
    theme_ids = BlogPage.themes.through.objects.filter(blogpage_id=post.pk).values("theme_id")
    tag_ids = BlogPageTag.objects.filter(content_object_id=post.pk).values("tag_id")
    return list(
        public_pages(BlogPage.objects.live())
        .filter(locale_id=post.locale_id)
        .exclude(pk=post.pk)
        .filter(Q(themes__in=theme_ids) | Q(tags__in=tag_ids))
        # Count shared themes and tags separately: both joins multiply rows, so distinct counts.
        .annotate(
            overlap=Count("themes", filter=Q(themes__in=theme_ids), distinct=True)
            + Count("tags", filter=Q(tags__in=tag_ids), distinct=True)
        )
        .select_related("listing_image")
        .order_by("-overlap", "-date", "-pk")[:count]
    )
