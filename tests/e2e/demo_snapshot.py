"""The demo content, loaded once per test session and put back for each browser test in a
second or two, instead of loaded again (about half a minute each).

Browser tests are transactional (the live server's thread reads what they write), so the
database is emptied after each one. After the first load, every table's rows are copied
into a schema of their own in the test database, and the uploaded files into a folder;
putting them back is a TRUNCATE and an INSERT ... SELECT per table, with foreign keys and
triggers paused meanwhile, then Django's own sequence reset. The pages a test sees are the
same rows a fresh load wrote earlier in the session.
"""

import shutil

from django.apps import apps
from django.core.management.color import no_style
from django.db import connection

SCHEMA = "hub_demo_snapshot"


def _tables():
    names = connection.introspection.table_names(include_views=False)
    return [name for name in names if name != "django_migrations"]


def _quote(name):
    return connection.ops.quote_name(name)


class DemoSnapshot:
    def __init__(self, media_copy):
        self.media_copy = media_copy
        self.taken = False

    @staticmethod
    def possible():
        """Pausing foreign keys needs PostgreSQL and a superuser (as in CI); otherwise every
        browser test loads the demo content itself."""
        if connection.vendor != "postgresql":
            return False
        with connection.cursor() as cursor:
            cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
            row = cursor.fetchone()
        return bool(row and row[0])

    def take(self, media_root):
        if not self.possible():
            return
        with connection.cursor() as cursor:
            cursor.execute(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
            cursor.execute(f"CREATE SCHEMA {SCHEMA}")
            for table in _tables():
                cursor.execute(f"CREATE TABLE {SCHEMA}.{_quote(table)} AS TABLE public.{_quote(table)}")
        shutil.copytree(media_root, self.media_copy, dirs_exist_ok=True)
        self.taken = True

    def restore(self, media_root):
        tables = _tables()
        with connection.cursor() as cursor:
            cursor.execute("SET session_replication_role = replica")  # no FK checks or triggers
            try:
                cursor.execute("TRUNCATE " + ", ".join(f"public.{_quote(table)}" for table in tables))
                for table in tables:
                    copy_back = f"INSERT INTO public.{_quote(table)} SELECT * FROM {SCHEMA}.{_quote(table)}"  # noqa: S608 - table names from the database itself
                    cursor.execute(copy_back)
            finally:
                cursor.execute("SET session_replication_role = DEFAULT")
            models = apps.get_models(include_auto_created=True)
            for statement in connection.ops.sequence_reset_sql(no_style(), models):
                cursor.execute(statement)
        shutil.copytree(self.media_copy, media_root, dirs_exist_ok=True)
