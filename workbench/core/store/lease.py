"""One editing window per library: a lock file held for as long as a window has the library open.

The lock is an OS advisory lock (``flock``), so it disappears with the process, even after a crash or
a kill: a stale lock can never keep an editor out. A second window that cannot take it opens the
library read-only and says so.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; every window may write (SQLite still serialises)
    fcntl = None  # type: ignore[assignment]


class WindowLease:
    """Held while a window edits a library; :meth:`acquire` returns ``None`` if another window has it."""

    def __init__(self, path: Path, fd: int | None) -> None:
        self.path = path
        self._fd = fd

    @classmethod
    def acquire(cls, library_path: Path) -> WindowLease | None:
        lock_path = library_path.with_name(library_path.name + ".lock")
        if fcntl is None:
            return cls(lock_path, None)
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        return cls(lock_path, fd)

    @classmethod
    def held_elsewhere(cls, library_path: Path) -> bool:
        """Whether another process holds the lease now (``False`` when it cannot be told)."""
        try:
            lease = cls.acquire(library_path)
        except OSError:
            return False
        if lease is None:
            return True
        lease.release()
        return False

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(self._fd, fcntl.LOCK_UN)
                os.close(self._fd)
            self._fd = None

    def __enter__(self) -> WindowLease:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
