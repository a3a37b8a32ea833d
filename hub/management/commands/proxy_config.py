"""Print the caching proxy's nginx configuration (deploy/nginx.conf) for this hub's settings."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.template import Context, Engine

DEBIAN_PURGE_MODULE = "/usr/lib/nginx/modules/ngx_http_cache_purge_module.so"


class Command(BaseCommand):
    help = "Print nginx's configuration for the caching proxy in front of gunicorn (scripts/serve.sh)."

    def add_arguments(self, parser):
        parser.add_argument("--listen", default="127.0.0.1:8080", help="Address and port nginx listens on.")
        parser.add_argument("--upstream", default="127.0.0.1:8081", help="Where gunicorn listens.")
        parser.add_argument("--run-dir", required=True, help="Folder for nginx's pid, cache and temp files.")
        parser.add_argument("--access-log", default="/dev/stdout")
        parser.add_argument("--cache-max-size", default="1g")
        parser.add_argument(
            "--purge-module",
            default=DEBIAN_PURGE_MODULE if Path(DEBIAN_PURGE_MODULE).exists() else "",
            help="The cache-purge module to load ('' when nginx has it built in).",
        )
        parser.add_argument("--mime-types", default="/etc/nginx/mime.types")
        parser.add_argument(
            "--purge-from",
            action="append",
            default=[],
            help="Another address or network (CIDR) allowed to purge, e.g. the containers' network.",
        )
        parser.add_argument(
            "--user", default="", help="The user nginx's workers run as, when started as root."
        )

    def handle(self, *args, **options):
        engine = Engine(dirs=[settings.BASE_DIR / "deploy"], autoescape=False)
        context = {
            "listen": options["listen"],
            "upstream": options["upstream"],
            "run_dir": Path(options["run_dir"]).resolve(),
            "access_log": options["access_log"],
            "cache_max_size": options["cache_max_size"],
            "purge_module": options["purge_module"],
            "mime_types": options["mime_types"],
            "user": options["user"],
            "purge_from": options["purge_from"],
            "static_root": Path(settings.STATIC_ROOT).resolve(),
            "media_root": Path(settings.MEDIA_ROOT).resolve(),
            "session_cookie": settings.SESSION_COOKIE_NAME,
            # The share form's photos and answers, with room to spare; Django checks each part.
            "max_body_mb": 40,
        }
        self.stdout.write(engine.get_template("nginx.conf").render(Context(context)))
