"""Library locations on a server: what the Settings field accepts, and what may be stored.

A PostgreSQL library is named by a libpq *service* (``newsroom``, defined in ``~/.pg_service.conf``) or a
URL (``postgresql://amira@db.example/newsroom``). Passwords are never stored by Workbench: libpq reads them
from ``~/.pgpass`` (or the service file), so a URL that carries one is refused.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, quote, urlsplit

from workbench.core.errors import InvalidInputError

SERVER_SCHEMES = ("postgresql://", "postgres://")
_SERVICE_NAME = re.compile(r"^[A-Za-z0-9_.-]+$")
_PASSWORD_WORD = re.compile(r"(^|\s)password\s*=", re.IGNORECASE)

PASSWORD_HELP = ("Put the password in ~/.pgpass "
                 "(host:port:database:user:password, readable only by you) or name a service from "
                 "~/.pg_service.conf, and give the address without it.")


def is_server_location(location: str) -> bool:
    """Whether ``location`` names a library on a PostgreSQL server (not a file)."""
    return location.strip().lower().startswith(SERVER_SCHEMES)


def has_password(text: str) -> bool:
    """Whether a URL or connection string carries a password (which must not be stored)."""
    text = text.strip()
    if is_server_location(text):
        parts = urlsplit(text)
        if parts.password:
            return True
        return any(key.lower() == "password" for key in parse_qs(parts.query))
    return bool(_PASSWORD_WORD.search(text))


def server_target(text: str) -> str:
    """The URL ``Library.open`` is given for what was typed: a URL as it is, a service name as a URL.

    Raises :class:`InvalidInputError` for a password, or something that is neither.
    """
    text = text.strip()
    if not text:
        raise InvalidInputError("give a libpq service name (e.g. newsroom) or a URL "
                                "(e.g. postgresql://amira@db.example/newsroom)")
    if has_password(text):
        raise InvalidInputError("the address contains a password, and Workbench does not store passwords. " + PASSWORD_HELP)
    if is_server_location(text):
        return text
    if text.lower().startswith("service="):
        text = text.split("=", 1)[1].strip()
    if not _SERVICE_NAME.match(text):
        raise InvalidInputError(f"“{text}” is neither a service name (letters, digits, - _ .) nor a "
                                "postgresql:// URL")
    return f"postgresql:///?service={quote(text)}"
