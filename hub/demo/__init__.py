"""Demo content for the hub, built in code by ``manage.py load_demo_content``.

Each module holds the facts for one kind of content and a ``load_*`` function that
creates or updates it in place:

- ``taxonomy``: themes, approaches, research stages, topics and regions
- ``people``: authors and case-study team members
- ``images``: illustrations drawn with Pillow and saved as Wagtail images
- ``pages``: the home page, standard pages, the site settings
- ``blog`` and ``blog_posts``: the blog index and its posts
- ``case_studies`` and ``case_study_data``: the case-study index and its case studies

Everything is looked up by a natural key (a slug, a name or an image title) within a
locale, so running the command again updates records rather than duplicating them.
Every builder takes the ``locale`` to write into: the English content goes into the
default locale, and translated pages and snippets can later be made from it with
wagtail-localize (``copy_for_translation`` keeps the ``translation_key``) without the
loader ever touching them.
"""
