"""Request guards: input that cannot be stored is a 400, a database outage is the hub's own 503."""

import logging

from django.core.exceptions import BadRequest
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader

logger = logging.getLogger(__name__)
RETRY_AFTER_SECONDS = 60


class RejectNullBytesMiddleware:
    """A NUL byte in the path or the query string is refused with a 400.

    PostgreSQL cannot store or compare text holding NUL, so `?tag=%00` would otherwise end
    in a 500 wherever a parameter reaches a query. Form fields already refuse NUL (Django's
    ProhibitNullCharactersValidator).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or any(
            "\x00" in key or any("\x00" in value for value in values) for key, values in request.GET.lists()
        ):
            raise BadRequest("NUL byte in the request address")
        return self.get_response(request)


class DatabaseUnavailableMiddleware:
    """When the database cannot be reached, readers get the hub's 503 page (with Retry-After), not a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError) or not _is_connection_problem(
            exception
        ):
            return None
        logger.error("Database unavailable: %s", exception)
        response = HttpResponse(loader.render_to_string("503.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response


def _is_connection_problem(exception):
    """OperationalError also covers query errors (a lock timeout, a bad query); only outages are a 503."""
    if isinstance(exception, InterfaceError):
        return True
    text = str(exception).lower()
    return any(sign in text for sign in ("connection", "could not connect", "server closed", "terminating"))
