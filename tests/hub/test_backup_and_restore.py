"""Backups restore into a fresh database; a copy can be anonymised; the secret key can be rotated.

The backup and restore scripts run for real against PostgreSQL (pg_dump, pg_restore) and
the media folder, as an operator would run them.
"""

import io
import os
import subprocess
from pathlib import Path

import psycopg
import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import override_settings
from wagtail.models import Page

from alerts.models import AlertSubscription
from casestudies.models import ConsentVersion, FormPost, OutgoingEmail, Submission
from casestudies.services.tokens import InvalidStatusToken, make_status_token, read_status_token
from interest.models import InterestRegistration
from tests.factories import BlogPageFactory, ImageFactory

ROOT = Path(__file__).resolve().parents[2]
SECRET = "a-secret-key-for-the-backup-test-that-is-long-enough"

needs_postgres = pytest.mark.skipif(connection.vendor != "postgresql", reason="backups need PostgreSQL")


def database_url(name):
    s = connection.settings_dict
    password = f":{s['PASSWORD']}" if s.get("PASSWORD") else ""
    return f"postgres://{s['USER']}{password}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{name}"


def run(script, *args, **env):
    return subprocess.run(  # noqa: S603 - the hub's own scripts
        [str(ROOT / "scripts" / script), *map(str, args)],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def make_submission(**fields):
    return Submission.objects.create(consent_version=ConsentVersion.current(), **fields)


@pytest.fixture
def restored_database():
    name = f"{connection.settings_dict['NAME']}_restored"
    yield name
    with psycopg.connect(database_url("postgres"), autocommit=True) as server:
        server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@needs_postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_backup_restores_pages_submissions_media_and_the_secret_key(
    site_tree, settings, tmp_path, restored_database
):
    image = ImageFactory(title="Garden group")
    BlogPageFactory(parent=site_tree.blog_index, title="Gardening together", listing_image=image)
    make_submission(contact_name="Asha", contact_email="asha@example.org", group_name="Garden group")
    backup = tmp_path / "backup"
    media = Path(settings.MEDIA_ROOT)

    made = run(
        "backup.sh",
        backup,
        DATABASE_URL=database_url(connection.settings_dict["NAME"]),
        MEDIA_ROOT=media,
        DJANGO_SECRET_KEY=SECRET,
    )
    assert made.returncode == 0, made.stderr
    assert oct((backup / "secret_key").stat().st_mode)[-3:] == "600"

    restored_media = tmp_path / "restored-media"
    run_dir = tmp_path / "run"
    env = {
        "DATABASE_URL": database_url(restored_database),
        "MEDIA_ROOT": str(restored_media),
        "HUB_RUN_DIR": str(run_dir),
        "DJANGO_SECRET_KEY": "",
    }
    restored = run("restore.sh", backup, **env)
    assert restored.returncode == 0, restored.stderr

    with psycopg.connect(database_url(restored_database)) as copy:
        titles = {row[0] for row in copy.execute("SELECT title FROM wagtailcore_page")}
        emails = {row[0] for row in copy.execute("SELECT contact_email FROM casestudies_submission")}
    assert "Gardening together" in titles
    assert emails == {"asha@example.org"}
    assert (restored_media / image.file.name).read_bytes() == (media / image.file.name).read_bytes()
    assert (run_dir / "secret_key").read_text().strip() == SECRET

    # A second restore over it is refused, and changes nothing.
    again = run("restore.sh", backup, **env)
    assert again.returncode != 0
    assert "already has" in again.stderr


@needs_postgres
@pytest.mark.django_db
def test_a_damaged_backup_is_refused(tmp_path, site_tree, settings):
    backup = tmp_path / "backup"
    made = run(
        "backup.sh",
        backup,
        DATABASE_URL=database_url(connection.settings_dict["NAME"]),
        MEDIA_ROOT=settings.MEDIA_ROOT,
        DJANGO_SECRET_KEY=SECRET,
    )
    assert made.returncode == 0, made.stderr
    (backup / "secret_key").write_text("changed\n")

    refused = run("restore.sh", backup, DATABASE_URL=database_url("never_created_by_this_test"))

    assert refused.returncode != 0 and "do not match" in refused.stderr


@pytest.mark.django_db
def test_anonymising_a_copy_replaces_every_submitters_details(django_user_model):
    submission = make_submission(
        contact_name="Asha Patel",
        contact_email="asha@example.org",
        group_name="Leeds carers",
        credit_names="Asha and Tom",
        source_note="Phoned in by Tom",
    )
    OutgoingEmail.objects.create(
        kind="received", dedupe_key="x", to="asha@example.org", subject="Thank you", body="Dear Asha Patel"
    )
    FormPost.objects.create(address_hash="f" * 64)
    interest = InterestRegistration.objects.create(
        page=Page.objects.get(depth=1),
        name="Asha Patel",
        email="asha@example.org",
        note="Tom",
        language_code="en",
    )
    alert = AlertSubscription.objects.create(email="asha@example.org", language_code="en", events=True)
    editor = django_user_model.objects.create_user("editor", "editor@nhs.example", "pw", first_name="Eve")

    call_command(
        "anonymise_personal_data",
        database_name=connection.settings_dict["NAME"],
        stdout=io.StringIO(),
    )

    submission.refresh_from_db()
    text = " ".join(
        [
            submission.contact_name,
            submission.contact_email,
            submission.group_name,
            submission.credit_names,
            submission.source_note,
        ]
    )
    for detail in ("Asha", "Tom", "Leeds", "example.org"):
        assert detail not in text
    assert submission.contact_email.endswith("@example.invalid")
    email = OutgoingEmail.objects.get()
    assert "Asha" not in email.body and email.to.endswith("@example.invalid")
    assert not FormPost.objects.exists()
    interest.refresh_from_db()
    alert.refresh_from_db()
    for detail in (interest.name, interest.email, interest.note, alert.email):
        assert "Asha" not in detail and "asha" not in detail and "Tom" not in detail
    assert alert.events and alert.email.endswith("@example.invalid")
    editor.refresh_from_db()
    assert editor.email.endswith("@example.invalid") and editor.first_name == ""
    assert not editor.has_usable_password()


@pytest.mark.django_db
def test_anonymising_refuses_a_database_it_was_not_told_about():
    make_submission(contact_name="Asha Patel", contact_email="asha@example.org")

    with pytest.raises(CommandError, match="nothing was changed"):
        call_command("anonymise_personal_data", database_name="hub_copy")

    assert Submission.objects.get().contact_name == "Asha Patel"


@pytest.mark.django_db
def test_links_sent_before_the_secret_key_is_rotated_keep_working_with_the_old_key_as_a_fallback():
    submission = make_submission(contact_name="Asha", contact_email="asha@example.org")
    with override_settings(SECRET_KEY="the-old-key-" * 5):
        token = make_status_token(submission)

    with override_settings(SECRET_KEY="the-new-key-" * 5, SECRET_KEY_FALLBACKS=["the-old-key-" * 5]):
        assert read_status_token(token) == submission
    with (
        override_settings(SECRET_KEY="the-new-key-" * 5, SECRET_KEY_FALLBACKS=[]),
        pytest.raises(InvalidStatusToken),
    ):
        read_status_token(token)
