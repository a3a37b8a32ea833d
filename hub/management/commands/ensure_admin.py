"""Make sure an admin account exists: ``manage.py ensure_admin [--password ...] [--reset-password]``."""

import os
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand

PASSWORD_ENV = "HUB_ADMIN_PASSWORD"  # noqa: S105 - the name of a variable, not a password


class Command(BaseCommand):
    help = (
        "Create a superuser (default 'admin') if it does not exist. The password comes from "
        f"--password, then the {PASSWORD_ENV} environment variable, or is generated and printed. "
        "An existing user is left alone unless --reset-password is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--email", default="admin@hub.example.org")
        parser.add_argument("--password", help=f"Defaults to ${PASSWORD_ENV}, or a generated one.")
        parser.add_argument(
            "--reset-password",
            action="store_true",
            help="Set the password again if the user already exists.",
        )

    def handle(self, *args, username, email, password, reset_password, **options):
        user_model = get_user_model()
        password = password or os.environ.get(PASSWORD_ENV, "")
        generated = not password
        if generated:
            password = secrets.token_urlsafe(12)

        user = user_model._default_manager.filter(**{user_model.USERNAME_FIELD: username}).first()
        if user is not None and not reset_password:
            self.stdout.write(f"User '{username}' already exists; password unchanged.")
            return

        if not generated:
            try:
                validate_password(password, user)
            except ValidationError as error:
                # A weak password is the operator's choice on a local machine; say so, do not refuse.
                self.stderr.write("Warning: " + " ".join(error.messages))

        if user is None:
            user_model._default_manager.create_superuser(username=username, email=email, password=password)
            message = f"Created superuser '{username}'."
        else:
            user.set_password(password)
            user.is_active = user.is_staff = user.is_superuser = True
            user.save()
            message = f"Reset the password of '{username}'."
        self.stdout.write(self.style.SUCCESS(message))
        if generated:
            # Shown once; it is not stored anywhere else.
            self.stdout.write(f"Password: {password}")
