# A reference image for servers: one image, run as the web, worker, scheduler and proxy
# services of compose.yaml, kept equivalent to scripts/serve.sh (same settings, same
# commands, same nginx configuration). Build it with: docker compose build
FROM python:3.11-slim-bookworm

ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DJANGO_SETTINGS_MODULE=hub.settings.production \
    MEDIA_ROOT=/srv/hub/media

# gettext for translations, Node for the front-end build, nginx and its purge module for
# the proxy service, the PostgreSQL client for scripts/backup.sh.
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext nodejs npm nginx-light \
       libnginx-mod-http-cache-purge postgresql-client \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -c constraints.txt . \
    && npm ci --omit=dev \
    && python scripts/build_frontend.py \
    && python manage.py compilemessages -v 0 \
    # Static files are collected at build time; a placeholder key is enough for that.
    && DJANGO_SECRET_KEY=build HUB_PUBLIC_URL=http://build REDIS_URL=redis://build \
       python manage.py collectstatic --no-input -v 0 \
    && useradd --system --home /srv/hub hub && mkdir -p /srv/hub/media && chown hub /srv/hub/media

USER hub
EXPOSE 8000
CMD ["gunicorn", "-c", "gunicorn.conf.py"]
