"""The library's files on disk: what a path holds, self-contained copies, the quick-check memo, and
refusing to start an empty library where one existed.

Helpers for :mod:`workbench.core.store.library` and :mod:`workbench.core.store.backups`; SQL stays in
the store package.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import stat
from pathlib import Path

from workbench.core.errors import LibraryError, LibraryMissingError

_KINDS = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"),
          (stat.S_ISBLK, "a device"))


def check_library_file_kind(path: Path) -> bool:
    """Whether ``path`` exists; refuses folders, pipes, sockets and devices without opening them."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise LibraryError(f"cannot read the library {path}: {exc.strerror or exc}") from None
    if stat.S_ISDIR(st.st_mode):
        raise LibraryError(f"{path} is a folder; give the path of a library file")
    if not stat.S_ISREG(st.st_mode):
        kind = next((name for test, name in _KINDS if test(st.st_mode)), "not a regular file")
        raise LibraryError(f"{path} is {kind}, not a library file; give the path of a library file")
    return True


def file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file at ``path`` now, or ``None`` when there is none."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def fsync_path(path: Path) -> None:
    """Flush a file (or a folder's entries) to disk; a folder that cannot be opened is skipped."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) if path.is_dir() else os.O_RDONLY
    try:
        fd = os.open(path, flags)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def partial_name(dest: Path) -> Path:
    """The temporary name a copy is written under: it carries our process id, so a leftover from a
    killed process can be told from a copy being written right now."""
    return dest.with_name(f"{dest.name}.partial-{os.getpid()}")


def copy_database(conn: sqlite3.Connection, dest: Path, *, journal_mode: str = "DELETE") -> Path:
    """Copy the database open on ``conn`` to ``dest`` with SQLite's backup API, atomically.

    The copy is written under :func:`partial_name`, turned into one self-contained file (no ``-wal``),
    synced, and only then renamed to ``dest``; a failure removes the partial copy.
    """
    partial = partial_name(dest)
    remove_with_companions(partial)
    try:
        target = sqlite3.connect(str(partial), isolation_level=None)
        try:
            conn.backup(target)
            target.execute(f"PRAGMA journal_mode = {journal_mode}")
        finally:
            target.close()
        fsync_path(partial)
        os.replace(partial, dest)
    except BaseException:
        remove_with_companions(partial)
        raise
    fsync_path(dest.parent)
    return dest


def remove_with_companions(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return True
    return True


def remove_stale_partials(folder: Path, stem: str) -> int:
    """Delete copies left half-written by processes that are gone; return how many files went.

    Names made by this version carry a process id (``.partial-1234``, ``.restoring-1234``) and go as
    soon as that process is gone; older names (``.partial``, ``.partial.partial``, with ``-wal``/``-shm``
    companions) go when they are over an hour old.
    """
    import re
    import time

    pattern = re.compile(rf"^{re.escape(stem)}\..*\.(?:partial|restoring)(?:-(?P<pid>\d+))?"
                         r"(?:\.partial)*(?:-journal|-wal|-shm)?$")
    removed = 0
    try:
        entries = list(folder.iterdir())
    except OSError:
        return 0
    for entry in entries:
        match = pattern.match(entry.name)
        if not match:
            continue
        pid = match["pid"]
        if pid is not None:
            stale = not _pid_alive(int(pid))
        else:
            try:
                stale = time.time() - entry.stat().st_mtime > 3600
            except OSError:
                continue
        if stale:
            with contextlib.suppress(OSError):
                entry.unlink()
                removed += 1
    return removed


# ---------------------------------------------------------------------- the quick-check memo


def _memo_file() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path("Workbench", appauthor=False) / "quick-checks.json"


def _stamp(path: Path) -> dict[str, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    stamp = {"dev": st.st_dev, "ino": st.st_ino, "size": st.st_size, "mtime": st.st_mtime_ns}
    try:
        wal = os.stat(path.with_name(path.name + "-wal"))
    except OSError:
        pass
    else:
        if wal.st_size:
            stamp.update(wal_size=wal.st_size, wal_mtime=wal.st_mtime_ns)
    return stamp


def _read_memo() -> dict[str, dict[str, int]]:
    try:
        data = json.loads(_memo_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def quick_check_cached_ok(path: Path) -> bool:
    """Whether this very version of the file (inode, size, modification times) passed a quick check."""
    stamp = _stamp(path)
    return stamp is not None and _read_memo().get(os.path.realpath(path)) == stamp


def remember_quick_check_ok(path: Path) -> None:
    """Note that the file as it is now is sound (best effort: a memo that cannot be written is skipped)."""
    stamp = _stamp(path)
    if stamp is None:
        return
    memo = _read_memo()
    memo[os.path.realpath(path)] = stamp
    if len(memo) > 64:
        memo = dict(list(memo.items())[-64:])
    target = _memo_file()
    with contextlib.suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = partial_name(target)
        partial.write_text(json.dumps(memo), encoding="utf-8")
        os.replace(partial, target)


# ---------------------------------------------------------------------- a library gone missing


def refuse_to_start_over(path: Path) -> None:
    """Refuse to create an empty library where traces of one remain (its ``-wal``, a copy kept aside by
    a restore, a half-finished restore, or backups of it): the editor's work may be in them."""
    traces: list[str] = []
    wal = path.with_name(path.name + "-wal")
    with contextlib.suppress(OSError):
        if wal.stat().st_size > 0:
            traces.append(f"its unmerged changes ({wal.name})")
    with contextlib.suppress(OSError):
        for entry in sorted(path.parent.iterdir()):
            name = entry.name
            if name.startswith(path.name + ".replaced-") and not name.endswith(("-wal", "-shm")):
                traces.append(f"a copy kept aside ({name})")
            elif name.startswith(path.name + ".restoring"):
                traces.append(f"a restore that did not finish ({name})")
    folder = path.parent / "backups"
    with contextlib.suppress(OSError):
        count = sum(1 for e in folder.iterdir() if e.name.startswith(path.stem + ".") and e.name.endswith(".backup"))
        if count:
            traces.append(f"{count} backup{'s' if count != 1 else ''} of it in {folder.name}/")
    if traces:
        raise LibraryMissingError(
            f"there is no library at {path}, but {', '.join(traces[:3])} {'is' if len(traces) == 1 else 'are'} beside it: "
            "the library was moved, deleted or cut off. Put it back, or restore a backup ('workbench restore', "
            "or File ▸ Restore from Backup…); to start a new, empty library here, move those files away first"
        )
