"""Production settings: what they refuse to start without, and what they derive from the address."""

import json
import os
import subprocess
import sys

from django.conf import settings

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "hub.settings.production",
    "DJANGO_SECRET_KEY": "a-test-key-that-is-long-enough-for-the-deployment-checks-0123456789",
    "HUB_PUBLIC_URL": "https://hub.example.org",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
}


def production_value(expression, **overrides):
    """Load production settings in a fresh interpreter and print one expression (or the error)."""
    env = {key: value for key, value in os.environ.items() if key not in PRODUCTION_ENV}
    env.update(PRODUCTION_ENV)
    for key, value in overrides.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    code = f"import django; django.setup(); from django.conf import settings as s; print(({expression},))"
    result = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True
    )
    return result.returncode, (result.stdout + result.stderr).strip()


def test_production_refuses_to_start_without_a_shared_cache():
    status, output = production_value("s.CACHES", REDIS_URL=None)
    assert status != 0
    assert "Set REDIS_URL" in output


def test_production_uses_redis_and_an_https_address_keeps_cookies_to_https():
    status, output = production_value(
        "s.CACHES['default']['BACKEND'], s.SESSION_COOKIE_SECURE, s.SECURE_SSL_REDIRECT"
    )
    assert status == 0, output
    assert output == "('hub.cache_backend.ForgivingRedisCache', True, True)"


def test_a_plain_http_address_on_this_machine_neither_redirects_nor_loses_its_cookies():
    status, output = production_value(
        "s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT",
        HUB_PUBLIC_URL="http://127.0.0.1:8080",
    )
    assert status == 0, output
    assert output == "(False, False, False)"


def test_the_proxy_address_turns_on_purging():
    status, output = production_value(
        "s.WAGTAILFRONTENDCACHE['proxy']['LOCATION']", HUB_CACHE_PURGE_URL="http://127.0.0.1:8080"
    )
    assert status == 0, output
    assert output == "('http://127.0.0.1:8080',)"


def test_production_logs_one_json_object_a_line():
    code = (
        "import django, json, logging; django.setup(); "
        "logging.getLogger('casestudies').warning('Outbox stalled', extra={'pending': 3})"
    )
    env = {**os.environ, **PRODUCTION_ENV}
    result = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True
    )
    record = json.loads(result.stderr.strip().splitlines()[-1])
    assert record["message"] == "Outbox stalled"
    assert record["level"] == "WARNING" and record["logger"] == "casestudies" and record["pending"] == 3


def test_error_reports_are_off_without_a_dsn_and_send_no_personal_data_with_one():
    assert production_value("s.SENTRY_ENABLED") == (0, "(False,)")
    status, output = production_value(
        "s.SENTRY_ENABLED, __import__('sentry_sdk').get_client().options['send_default_pii'], "
        "__import__('sentry_sdk').get_client().options['max_request_body_size']",
        SENTRY_DSN="https://public@sentry.example.org/1",
    )
    assert (status, output) == (0, "(True, False, 'never')")
