"""Locks that keep processes from stepping on each other's work on one library file.

Two OS advisory locks (``flock``), each of which dies with its process, so a crash or a kill never
leaves a stale lock behind:

- the **editing lease** (:class:`WindowLease`): held by the window that edits a library, for as long
  as it has it open, and by a restore while it replaces the library. A second window that cannot take
  it opens the library read-only; a restore that cannot take it refuses and names the holder.
- the **write gate** (:class:`WriteGate`): every write transaction, from any process, holds it shared
  for the moment it writes; a restore holds it exclusively while it swaps the library's contents, so no
  command can commit in between the copy kept aside and the swap (that commit would be in neither).

Both are keyed on the real file, not on the path it was reached by: the lock file sits beside the
resolved path (so a symlink, another relative path or a bind mount of the folder meet the same lock),
and a second lock file keyed on the file's device and inode sits in the user's runtime folder (so a
hard link under another name or folder meets it too). Never lock the database file itself: closing any
descriptor of it would drop SQLite's own POSIX locks in this process.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; every window may write (SQLite still serialises)
    fcntl = None  # type: ignore[assignment]

LEASE_SUFFIX = ".lock"
GATE_SUFFIX = ".writers"


def real_library_path(library_path: Path) -> Path:
    """The path with symlinks and ``..`` resolved (the file itself need not exist yet)."""
    return Path(os.path.realpath(Path(library_path).expanduser()))


def _runtime_folder() -> Path | None:
    """A private per-user folder for the inode-keyed lock files, or ``None`` when there is none."""
    base = os.environ.get("XDG_RUNTIME_DIR", "")
    if base and os.path.isdir(base):
        folder = Path(base) / "workbench"
    else:
        uid = os.getuid() if hasattr(os, "getuid") else 0
        folder = Path(tempfile.gettempdir()) / f"workbench-locks-{uid}"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return None
    return folder


def lock_files(library_path: Path, suffix: str) -> list[Path]:
    """The files whose locks together stand for one lock on the library's real file."""
    real = real_library_path(library_path)
    files = [real.with_name(real.name + suffix)]
    try:
        st = real.stat()
    except OSError:
        return files  # a library not created yet: no inode to key on
    folder = _runtime_folder()
    if folder is not None:
        files.append(folder / f"{st.st_dev}-{st.st_ino}{suffix}")
    return files


class _Locks:
    """flock on a list of files, all or none."""

    def __init__(self, paths: list[Path]) -> None:
        self.paths = paths
        self._fds: list[int] = []

    def open(self) -> None:
        if self._fds or fcntl is None:
            return
        fds = []
        try:
            for n, path in enumerate(self.paths):
                try:
                    if n == 0:
                        path.parent.mkdir(parents=True, exist_ok=True)
                    fds.append(os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644))
                except OSError:
                    if n == 0:
                        raise  # the lock beside the library is the one that matters
        except BaseException:
            for fd in fds:
                os.close(fd)
            raise
        self._fds = fds

    def try_lock(self, mode: int) -> bool:
        """Take every lock without waiting; on any refusal, none is kept."""
        if fcntl is None:
            return True
        self.open()
        taken = []
        for fd in self._fds:
            try:
                fcntl.flock(fd, mode | fcntl.LOCK_NB)
            except BlockingIOError:
                for held in taken:
                    fcntl.flock(held, fcntl.LOCK_UN)
                return False
            taken.append(fd)
        return True

    def lock(self, mode: int, timeout: float) -> bool:
        """Take every lock, waiting up to ``timeout`` seconds; False when that was not enough."""
        deadline = time.monotonic() + timeout
        delay = 0.002
        while not self.try_lock(mode):
            if time.monotonic() >= deadline:
                return False
            time.sleep(delay)
            delay = min(delay * 2, 0.05)
        return True

    def unlock(self) -> None:
        if fcntl is None:
            return
        for fd in self._fds:
            with contextlib.suppress(OSError):
                fcntl.flock(fd, fcntl.LOCK_UN)

    def close(self) -> None:
        self.unlock()
        for fd in self._fds:
            with contextlib.suppress(OSError):
                os.close(fd)
        self._fds = []

    def write_note(self, note: str) -> None:
        if self._fds:
            with contextlib.suppress(OSError):
                os.ftruncate(self._fds[0], 0)
                os.pwrite(self._fds[0], note.encode(), 0)


class WindowLease:
    """Held while a window edits a library (or a restore replaces it).

    :meth:`acquire` returns ``None`` when another process holds it; :meth:`holder` says who.
    """

    def __init__(self, library_path: Path, locks: _Locks) -> None:
        self.library_path = library_path
        self._locks = locks

    @property
    def path(self) -> Path:
        """The lock file beside the library."""
        return self._locks.paths[0]

    @classmethod
    def acquire(cls, library_path: Path, *, purpose: str = "window") -> WindowLease | None:
        locks = _Locks(lock_files(Path(library_path), LEASE_SUFFIX))
        if not locks.try_lock(fcntl.LOCK_EX if fcntl is not None else 0):
            locks.close()
            return None
        locks.write_note(f"{os.getpid()}\n{purpose}\n")
        return cls(Path(library_path), locks)

    def cover_created_file(self) -> bool:
        """After the library file was created under this lease, also lock it by its inode."""
        paths = lock_files(self.library_path, LEASE_SUFFIX)
        if paths == self._locks.paths:
            return True
        extra = _Locks(paths[len(self._locks.paths):])
        try:
            if not extra.try_lock(fcntl.LOCK_EX if fcntl is not None else 0):
                extra.close()
                return False
        except OSError:
            return True  # no runtime folder to lock in: the lock beside the file still holds
        self._locks.paths = paths
        self._locks._fds.extend(extra._fds)
        return True

    @classmethod
    def held_elsewhere(cls, library_path: Path) -> bool:
        """Whether another process holds the lease now (``False`` when it cannot be told)."""
        try:
            lease = cls.acquire(library_path, purpose="probe")
        except OSError:
            return False
        if lease is None:
            return True
        lease.release()
        return False

    @staticmethod
    def holder(library_path: Path) -> str:
        """Who holds the lease, in words: "a Workbench window (process 1234)"."""
        try:
            note = lock_files(Path(library_path), LEASE_SUFFIX)[0].read_text(encoding="utf-8", errors="replace")
        except OSError:
            note = ""
        lines = note.split()
        pid = lines[0] if lines and lines[0].isdigit() else ""
        what = {"window": "a Workbench window", "restore": "a restore"}.get(lines[1] if len(lines) > 1 else "",
                                                                         "another Workbench program")
        return f"{what} (process {pid})" if pid else what

    def release(self) -> None:
        self._locks.close()

    def __enter__(self) -> WindowLease:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


class WriteGate:
    """Shared by every write transaction on a library; exclusive for a restore. One per open library."""

    def __init__(self, library_path: Path) -> None:
        self._library_path = Path(library_path)
        self._cached: _Locks | None = None

    @property
    def _locks(self) -> _Locks:
        # Keyed when first used, so a library created by this process is keyed by its inode too.
        if self._cached is None:
            self._cached = _Locks(lock_files(self._library_path, GATE_SUFFIX))
        return self._cached

    @contextlib.contextmanager
    def shared(self, timeout: float) -> Iterator[bool]:
        """Hold the gate for one write; yields False when a restore kept it closed for ``timeout`` s."""
        try:
            ok = self._locks.lock(fcntl.LOCK_SH if fcntl is not None else 0, timeout)
        except OSError:
            ok = True  # a folder without room for the lock file: SQLite still serialises the writes
        try:
            yield ok
        finally:
            if ok:
                self._locks.unlock()

    @contextlib.contextmanager
    def exclusive(self, timeout: float) -> Iterator[bool]:
        """Close the gate: wait for writes under way, keep new ones out until the block ends."""
        ok = self._locks.lock(fcntl.LOCK_EX if fcntl is not None else 0, timeout)
        try:
            yield ok
        finally:
            if ok:
                self._locks.unlock()

    def close(self) -> None:
        if self._cached is not None:
            self._cached.close()
