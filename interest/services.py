"""Taking in someone's interest: stored once per page and address, acknowledged in the reader's
language, and reported to the staff who look after the page. Emails go through the outbox."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from hub.models import SiteSettings
from interest.models import InterestRegistration


def staff_address(page):
    """Who hears about it: the page's own contact, else the hub's contact address."""
    return getattr(page, "contact_email", "") or SiteSettings.for_site(page.get_site()).contact_email


def _email(template, context, to, reply_to=None):
    subject = render_to_string(f"emails/{template}_subject.txt", context)
    body = render_to_string(f"emails/{template}.txt", context)
    EmailMessage(" ".join(subject.split()), body, to=[to], reply_to=reply_to).send()


def register(page, data, language_code):
    """Store (or update) the interest and queue both emails; returns (registration, created)."""
    email = data["email"].strip()
    now = timezone.now()
    with transaction.atomic():
        registration, created = InterestRegistration.objects.update_or_create(
            page=page,
            email__iexact=email,
            defaults={
                "name": data["name"],
                "note": data.get("note", ""),
                "wants_bursary": data.get("wants_bursary", False),
                "language_code": language_code,
                "updated_at": now,
            },
            create_defaults={
                "email": email,
                "name": data["name"],
                "note": data.get("note", ""),
                "wants_bursary": data.get("wants_bursary", False),
                "language_code": language_code,
            },
        )
        context = {
            "registration": registration,
            "page": page,
            "page_url": page.full_url,
            "updated": not created,
        }
        staff = staff_address(page)
        with translation.override(language_code):
            context["site_name"] = str(settings.HUB_SITE_NAME)  # the hub's name in the reader's language
            _email("interest_received", context, email, reply_to=[staff] if staff else None)
        if staff:
            with translation.override(settings.LANGUAGE_CODE):
                _email("interest_staff", context, staff, reply_to=[email])
    return registration, created
