"""Settings shared by every environment. Configured by environment variables."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from hub.csp_policy import content_security_policy

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
# Old keys still accepted when checking signatures, newest first, comma-separated: rotating the
# key this way keeps the private status links already sent working (docs/operations.md).
SECRET_KEY_FALLBACKS = [key for key in os.environ.get("DJANGO_SECRET_KEY_FALLBACKS", "").split(",") if key]
DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "hub",
    "csp",
    "blog",
    "casestudies",
    "events",
    "opportunities",
    "interest",
    "layreview",
    "alerts",
    "resources",
    "impact",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "axes",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # ETags for every page, and 304 Not Modified when a reader (or the proxy) has it already.
    "django.middleware.http.ConditionalGetMiddleware",
    # Before the session and CSRF middleware, so it sees the cookies they set.
    "hub.http_cache.PublicPageCacheMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "csp.middleware.CSPMiddleware",
    "hub.middleware.RejectNullBytesMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "hub.languages.UnofferedLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "hub.middleware.DatabaseUnavailableMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into its lockout page.
    "axes.middleware.AxesMiddleware",
]

# Browser features no page of the hub uses are switched off for it and anything it embeds
# (django-permissions-policy). "Print this page" and file uploads need none of these.
# No inline script or style on reader-facing pages: see hub/csp_policy.py.
CONTENT_SECURITY_POLICY = content_security_policy()

PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "usb",
        "xr-spatial-tracking",
    )
}

# Sign-in throttling (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one
# username from one address, that pair is locked out for the cool-off time, even with
# the right password. `manage.py axes_reset_username NAME` unlocks someone at once.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("HUB_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("HUB_LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin_login_locked.html"
# The same visitor address as the share form's limits (COMMUNITY_TRUSTED_PROXY_HEADER).
AXES_CLIENT_IP_CALLABLE = "casestudies.ratelimit.client_address"

ROOT_URLCONF = "hub.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "hub.wsgi.application"

# With no DATABASE_URL the hub runs on an embedded SQLite file.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
        # A kept connection is checked before each request, so a restarted database is reconnected.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # The hub's queries are short. PostgreSQL's JIT compiler spent longer compiling a large
    # search (about 20 ms at 100,000 pages) than running it, so it is off for the hub's sessions.
    # Appended, so options given in DATABASE_URL (e.g. ?options=-c%20statement_timeout=5000) are kept.
    _options = DATABASES["default"].setdefault("OPTIONS", {})
    _options["options"] = f"{_options.get('options', '')} -c jit=off".strip()
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. English is the default; Welsh, Urdu (right to left) and Polish follow.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("cy", "Cymraeg"),
    ("ur", "اردو"),
    ("pl", "Polski"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
# static/ holds the hub's own files; static_build/ is written by the setup
# command from the nhsuk-frontend npm package and is not committed.
STATICFILES_DIRS = [BASE_DIR / "static", BASE_DIR / "static_build"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Cache: local memory unless REDIS_URL names a Redis server.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "hub.cache_backend.ForgivingRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# How long the caching proxy (s-maxage) and browsers (max-age) keep a public page: publishing,
# unpublishing, moving or deleting a page purges it and the listings that show it at once.
HUB_PROXY_CACHE_SECONDS = int(os.environ.get("HUB_PROXY_CACHE_SECONDS", "3600"))
HUB_BROWSER_CACHE_SECONDS = int(os.environ.get("HUB_BROWSER_CACHE_SECONDS", "60"))
# How long a cached template fragment (menu, footer, body, card) lives; any publish replaces
# them all at once (hub/fragment_cache.py), so this only bounds the cache's size.
HUB_FRAGMENT_CACHE_SECONDS = int(os.environ.get("HUB_FRAGMENT_CACHE_SECONDS", str(60 * 60 * 24)))
# The caching proxy's address for purges (scripts/serve.sh starts one), e.g. http://127.0.0.1:8080.
# Wagtail's frontend cache sends it a PURGE for each address that changed (hub/cache_purge.py).
if os.environ.get("HUB_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["HUB_CACHE_PURGE_URL"],
        }
    }

# Background work: run at once by default; the database backend with its worker
# (`manage.py db_worker`) when TASKS_BACKEND=database.
if os.environ.get("TASKS_BACKEND", "immediate") == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Every email (the hub's own, Wagtail's notifications, password resets) is stored in the
# outbox and sent after the transaction commits, by the task worker, through the delivery
# backend: a mail fault never fails a request (casestudies/mail.py).
EMAIL_BACKEND = "casestudies.mail.OutboxBackend"
EMAIL_DELIVERY_BACKEND = os.environ.get(
    "EMAIL_DELIVERY_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "hub@example.org")
# The SMTP server, when the delivery backend is Django's SMTP backend. A timeout always applies,
# so a mail server that hangs holds a worker for seconds, never for ever.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))

# Wagtail
WAGTAIL_SITE_NAME = "Health and Care Research Engagement Hub"
# A page made private with a password asks for it in the hub's own layout.
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "password_required.html"
# The same name for readers and in emails, in their language.
HUB_SITE_NAME = _("Health and Care Research Engagement Hub")
# The public address every absolute link starts with: emails to submitters, feeds, the sitemap,
# canonical and Open Graph URLs, the API. Setup (migrate, set_public_address) writes it into the
# default Site record. See hub/public_address.py.
HUB_PUBLIC_URL = os.environ.get("HUB_PUBLIC_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", HUB_PUBLIC_URL)
WAGTAILAPI_BASE_URL = HUB_PUBLIC_URL
# Search: the database backend (SQLite FTS5 / PostgreSQL full text, per language) unless
# SEARCH_URL names Elasticsearch or OpenSearch, e.g. elasticsearch8://localhost:9200/hub or
# opensearch2+https://user:pass@host:9200/hub: then one engine backend per language, and the
# database backend stays configured as "database", kept in step, and answers searches if
# the engine cannot be reached.
from search.backend_settings import search_backends_from_url  # noqa: E402

SEARCH_URL = os.environ.get("SEARCH_URL", "")
WAGTAILSEARCH_BACKENDS = search_backends_from_url(
    SEARCH_URL,
    timeout=int(os.environ.get("SEARCH_TIMEOUT", "5")),
    languages=[LANGUAGE_CODE, *(code for code, _name in LANGUAGES if code != LANGUAGE_CODE)],
)
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_DATE_FORMAT = "%d %B %Y"
# Wagtail's responsive wrapper uses an inline style, which the CSP refuses: hub.css sizes embeds.
WAGTAILEMBEDS_RESPONSIVE_HTML = False
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
# Community examples are published only by their review's last approval (see the function).
WAGTAIL_FINISH_WORKFLOW_ACTION = "casestudies.workflow_finish.finish_workflow"

SITE_NAME_SHORT = _("Engagement Hub")
