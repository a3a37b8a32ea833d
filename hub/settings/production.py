from django.core.exceptions import ImproperlyConfigured

from hub.observability import init_error_reports, logging_config

from .base import *  # noqa: F403

DEBUG = False
if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("Set DJANGO_SECRET_KEY: production refuses to start without it.")
if "HUB_PUBLIC_URL" not in os.environ:  # noqa: F405
    raise ImproperlyConfigured(
        "Set HUB_PUBLIC_URL (for example https://hub.example.org): every link the hub sends starts with it."
    )
if not os.environ.get("REDIS_URL"):  # noqa: F405
    raise ImproperlyConfigured(
        "Set REDIS_URL (for example redis://127.0.0.1:6379/0): every worker process must share one cache."
    )

# Each gunicorn worker keeps its database connection for a minute instead of opening one a
# request (a few milliseconds each); health checks reconnect after a database restart.
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DATABASE_CONN_MAX_AGE", "60"))  # noqa: F405

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# A hub served over plain http (scripts/serve.sh on this machine) cannot redirect to https or
# keep its cookies to https; one served at an https address always does.
_HTTPS = HUB_PUBLIC_URL.startswith("https://")  # noqa: F405
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", _HTTPS)  # noqa: F405
SESSION_COOKIE_SECURE = _HTTPS
CSRF_COOKIE_SECURE = _HTTPS
# Behind the caching proxy (scripts/serve.sh, compose.yaml) the visitor's address is in X-Real-IP.
COMMUNITY_TRUSTED_PROXY_HEADER = os.environ.get("HUB_TRUSTED_PROXY_HEADER", "")  # noqa: F405
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
# Only when every subdomain is served over https too; preload also asks browsers to list the domain.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", False)  # noqa: F405
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", False)  # noqa: F405
SECURE_CONTENT_TYPE_NOSNIFF = True
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}
LOGGING = logging_config()
# Error reports when SENTRY_DSN is set (hub/observability.py: no personal data is sent).
SENTRY_ENABLED = init_error_reports()
