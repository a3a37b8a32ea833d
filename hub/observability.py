"""Production logs and optional error reports.

Logs go to standard error, one JSON object a line (time, level, logger, message, and any
`extra=` fields), for a log collector to read; HUB_LOG_FORMAT=text gives plain lines.

With SENTRY_DSN set, errors are reported to Sentry (or a compatible service such as
GlitchTip). Submissions hold personal data, so no request bodies, cookies, user details or
IP addresses are sent: only the error, its stack and the address of the page.
"""

import os


def logging_config(log_format=None, level=None):
    log_format = log_format or os.environ.get("HUB_LOG_FORMAT", "json")
    level = level or os.environ.get("HUB_LOG_LEVEL", "INFO")
    formatter = (
        {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        }
        if log_format == "json"
        else {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}
    )
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"hub": formatter},
        "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "hub"}},
        "root": {"handlers": ["console"], "level": "WARNING"},
        "loggers": {app: {"level": level} for app in ("hub", "blog", "casestudies", "search")},
    }


def init_error_reports(dsn=None):
    """Start Sentry's SDK when a DSN is given; returns whether it was started."""
    dsn = dsn if dsn is not None else os.environ.get("SENTRY_DSN", "")
    if not dsn:
        return False
    import sentry_sdk

    sentry_sdk.init(
        dsn=dsn,
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        release=os.environ.get("SENTRY_RELEASE") or None,
        send_default_pii=False,
        max_request_body_size="never",
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0")),
    )
    return True
