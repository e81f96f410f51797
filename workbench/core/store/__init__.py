"""Storage: the only package that talks to SQLite."""

from __future__ import annotations

import os
from pathlib import Path

from workbench.core.store.library import Library, fts_query, translate_sqlite_error
from workbench.core.store.schema import SCHEMA_VERSION

LIBRARY_ENV = "WORKBENCH_LIBRARY"
LIBRARY_FILENAME = "library.sqlite3"


def is_server_target(target: object) -> bool:
    """Whether ``target`` names a PostgreSQL library (a ``postgresql://`` URL or a libpq service)."""
    from workbench.core.store.pg import is_pg_target

    return is_pg_target(target)


def library_target(value: str | Path) -> Path | str:
    """What a user gave as a library: a path (SQLite) or, unchanged, a PostgreSQL URL or service."""
    if is_server_target(str(value)):
        return str(value).strip()
    return Path(value).expanduser()


def default_library_path() -> Path | str:
    """``$WORKBENCH_LIBRARY`` if set (a file, or a PostgreSQL URL or service, returned as a string), else
    ``library.sqlite3`` in the platform's user data folder."""
    configured = os.environ.get(LIBRARY_ENV, "").strip()
    if configured:
        return library_target(configured)
    from platformdirs import user_data_path

    return user_data_path("Workbench", appauthor=False) / LIBRARY_FILENAME


__all__ = ["Library", "SCHEMA_VERSION", "default_library_path", "is_server_target", "library_target", "fts_query", "translate_sqlite_error", "LIBRARY_ENV"]
