"""Storage: the only package that talks to SQLite."""

from __future__ import annotations

import os
from pathlib import Path

from workbench.core.store.library import Library, fts_query, translate_sqlite_error
from workbench.core.store.schema import SCHEMA_VERSION

LIBRARY_ENV = "WORKBENCH_LIBRARY"
LIBRARY_FILENAME = "library.sqlite3"


def default_library_path() -> Path:
    """``$WORKBENCH_LIBRARY`` if set, else ``library.sqlite3`` in the platform's user data folder."""
    configured = os.environ.get(LIBRARY_ENV, "").strip()
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_data_path

    return user_data_path("Workbench", appauthor=False) / LIBRARY_FILENAME


__all__ = ["Library", "SCHEMA_VERSION", "default_library_path", "fts_query", "translate_sqlite_error", "LIBRARY_ENV"]
