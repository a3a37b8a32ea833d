"""The blog index and its posts."""

import datetime

from django.apps import apps

from .base import ImageRef, PageSpec, at_nine, upsert_pages
from .blog_posts import POSTS


def blog_index_spec():
    return PageSpec(
        apps.get_model("blog", "BlogIndexPage"),
        "blog",
        {
            "title": "Blog",
            "show_in_menus": True,
            "summary": "Posts by researchers, public contributors and community groups about working "
            "together on health and care research.",
            "intro": "Stories, reflections and practical advice from people working in partnership on "
            "health and care research. Many posts are written by public contributors and researchers together.",
            "listing_image": ImageRef("conversation"),
        },
        first_published_at=at_nine(datetime.date(2019, 2, 4)),
    )


def post_spec(post, ctx):
    authors = [ctx.person(name) for name in post["authors"]]
    hero_key, hero_alt = post["hero"]
    return PageSpec(
        apps.get_model("blog", "BlogPage"),
        post["slug"],
        {
            "title": post["title"],
            "date": post["date"],
            "summary": post["summary"],
            "intro": post["intro"],
            "hero_image": ImageRef(hero_key),
            "hero_image_alt": hero_alt,
            "listing_image": ImageRef(hero_key),
            "body": post["body"],
        },
        m2m={"themes": ctx.term_list("themes", post["themes"])},
        children={"authors": [{"person": person} for person in authors]},
        tags=post["tags"],
        first_published_at=at_nine(post["date"]),
    )


def load_blog_index(ctx, home):
    ctx.progress.step("Creating the blog")
    upsert_pages(home, [blog_index_spec()], ctx, "Sections")


def load_blog_posts(ctx):
    ctx.progress.step("Creating blog posts")
    upsert_pages(ctx.page("blog"), [post_spec(post, ctx) for post in POSTS], ctx, "Blog posts")
