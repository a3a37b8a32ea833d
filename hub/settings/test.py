from .base import *  # noqa: F403

SECRET_KEY = "test-only-secret-key"
DEBUG = False
ALLOWED_HOSTS = ["*"]
HUB_PUBLIC_URL = WAGTAILADMIN_BASE_URL = WAGTAILAPI_BASE_URL = "http://localhost"
import os  # noqa: E402

# Tests deliver mail to memory; a test that starts worker processes names a real SMTP backend.
# (Django's test runner also sets EMAIL_BACKEND to memory; tests/conftest.py puts the outbox
# back in front of it, so the suite sends mail the way the hub does.)
EMAIL_DELIVERY_BACKEND = os.environ.get(
    "HUB_TEST_EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend"
)
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = BASE_DIR / "test-media"  # noqa: F405
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Sign-in throttling is off for the test client's login(), which passes no request;
# tests/hub/test_login_throttling.py turns it on and signs in as a browser does.
AXES_ENABLED = False
