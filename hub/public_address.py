"""The hub's public address (HUB_PUBLIC_URL): one setting for every absolute link.

Wagtail builds page links from the default Site record (hostname and port), so setup writes
the address there; emails, feeds, the sitemap, canonical and Open Graph URLs and the API then
all agree. Wagtail's Site can say https only on port 443 and http on any other port.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


def site_host_and_port(url=None):
    """(hostname, port) for the Site record, from HUB_PUBLIC_URL or the given URL."""
    url = url or settings.HUB_PUBLIC_URL
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ImproperlyConfigured(f"HUB_PUBLIC_URL must be an http:// or https:// address, not {url!r}.")
    if parts.path.strip("/"):
        raise ImproperlyConfigured("HUB_PUBLIC_URL is the site's root: give it without a path.")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    if parts.scheme == "https" and port != 443:
        raise ImproperlyConfigured("HUB_PUBLIC_URL: https is supported on port 443 only.")
    if parts.scheme == "http" and port == 443:
        raise ImproperlyConfigured("HUB_PUBLIC_URL: port 443 means https.")
    return parts.hostname, port


def apply_to_default_site(url=None):
    """Write the public address into the default Site record. Returns the Site, or None."""
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    hostname, port = site_host_and_port(url)
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])
    return site


def absolute(path):
    """An absolute URL on the public address for a path such as /en/about/."""
    if path.startswith(("http://", "https://")):
        return path
    return settings.HUB_PUBLIC_URL.rstrip("/") + "/" + path.lstrip("/")
