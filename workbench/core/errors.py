"""Errors a person can act on. Anything else that escapes is a bug and is logged with a trace."""

from __future__ import annotations


class WorkbenchError(Exception):
    """A known failure with a message fit to show a user (one line, says what to do)."""

    exit_code = 1


class NotFoundError(WorkbenchError):
    """An id that names no review, claim or source."""


class InvalidInputError(WorkbenchError):
    """A value the user gave that cannot be used (bad date, bad status, bad claim value)."""


class ImportFailedError(WorkbenchError):
    """An article that cannot be read: missing, binary, empty, too large, unknown format, unreachable."""


class EmptyArticleError(ImportFailedError):
    """The article holds no text at all (an empty file, a blank paste)."""


class LibraryError(WorkbenchError):
    """The library file cannot be used: damaged, locked, read-only, full disk, or from a newer version."""


class LibraryLockedError(LibraryError):
    """Another process holds the library's write lock for longer than we wait."""


class LibraryReadOnlyError(LibraryError):
    """The library file, its folder or its disk cannot be written; it can still be opened read-only."""


class LibraryDamagedError(LibraryError):
    """The file is not a SQLite database, or fails its integrity check."""


class LibraryReplacedError(LibraryError):
    """The file at the library's path is no longer the one this program opened (restored, moved)."""


class LibraryMissingError(LibraryError):
    """No library where one existed (its backups or a copy kept aside are still there)."""


class LibraryConnectionLostError(LibraryError):
    """The database server went away (restarted, network cut) or cannot be reached; ``reconnect`` and retry."""


class LibraryUpgradeNeededError(LibraryError):
    """The library has an older schema and must be opened for writing once to be upgraded."""


class ConflictError(WorkbenchError):
    """The row changed since this program last read it; the change was not applied."""

    def __init__(self, message: str, *, claim_id: int | None = None) -> None:
        super().__init__(message)
        self.claim_id = claim_id


class NewerLibraryError(LibraryError):
    """The library was written by a newer Workbench; it is left untouched."""


class ReportError(WorkbenchError):
    """A report could not be written."""
