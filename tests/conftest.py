"""Fixtures shared by the whole suite: every test gets its own library file and settings."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_aad1b39bc9a57caa.txt"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may touch the real user library or depend on who runs it."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("WORKBENCH_LIBRARY", str(home / "default-library.sqlite3"))
    monkeypatch.setenv("WORKBENCH_REVIEWER", "test-editor")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    # Compiled patterns are kept for the session (warm for the commands run in subprocesses), not in ~/.cache.
    monkeypatch.setenv("WORKBENCH_PATTERN_CACHE", str(tmp_path_factory.getbasetemp() / "pattern-cache"))


# ---------------------------------------------------------------------- back ends
# A test module that sets BACKENDS = ("sqlite", "postgresql") runs each test that uses `library` or
# `library_path` against both; `@pytest.mark.sqlite_only` keeps one test on SQLite.


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    backends = getattr(metafunc.module, "BACKENDS", ("sqlite",))
    if metafunc.definition.get_closest_marker("sqlite_only"):
        backends = ("sqlite",)
    if len(backends) > 1:
        metafunc.parametrize("backend", backends, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return getattr(request, "param", "sqlite")


_PG_SKIP = "PostgreSQL server binaries not found (apt-get install postgresql); PostgreSQL tests skipped"


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator:
    """A throwaway PostgreSQL server for the session (a skip when none can be had; a failure under CI)."""
    from pg_cluster import Cluster, find_bindir

    bindir = find_bindir()
    reason = _PG_SKIP if bindir is None else ""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        reason = reason or "psycopg not installed (pip install -e '.[test]'); PostgreSQL tests skipped"
    if reason:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason.replace("skipped", "cannot run under CI"))
        pytest.skip(reason)
    cluster = Cluster(bindir).start()
    try:
        from workbench.core.store import Library

        Library.open(cluster.create_database("workbench_template")).close()
        yield cluster
    finally:
        cluster.stop()


_DATABASES = iter(range(1, 10**9))


@pytest.fixture
def pg_url(pg_cluster) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """An empty database of its own for the test."""
    name = f"t{next(_DATABASES)}"
    yield pg_cluster.create_database(name)
    with contextlib.suppress(Exception):
        pg_cluster.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_library_url(pg_cluster) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A database of its own holding an empty Workbench library (copied from a template)."""
    name = f"t{next(_DATABASES)}"
    pg_cluster.sql(f'CREATE DATABASE "{name}" TEMPLATE workbench_template')
    yield pg_cluster.url(name)
    with contextlib.suppress(Exception):
        pg_cluster.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def library_path(tmp_path: Path, backend: str, request: pytest.FixtureRequest) -> Path | str:
    """The test's library: a file in tmp_path, or (backend postgresql) the URL of a database of its own."""
    if backend == "postgresql":
        return request.getfixturevalue("pg_library_url")
    return tmp_path / "library.sqlite3"


@pytest.fixture
def library(library_path: Path) -> Iterator:
    from workbench.core.store import Library

    lib = Library.open(library_path)
    yield lib
    lib.close()


_FAULT_OUTCOMES: list[tuple[str, str]] = []
_FOLDERS = re.compile(r"(?<![\w:])/(?:[^\s/“”]+/)+(?=[^\s/“”])")


def shorten_folders(outcome: str) -> str:
    """Temporary folders cut from file paths (just the file name is left); a URL (``postgresql://…?host=/tmp/…``)
    is left whole, since cutting inside it would leave a garbled ``postgresql:/…``."""
    return re.sub(r"[^\s“”]+", lambda word: word[0] if "://" in word[0] else _FOLDERS.sub("", word[0]), outcome)


@pytest.fixture
def fault_outcome(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """Record what a fault test saw; the run ends with these lines (the figures in RELIABILITY.md)."""

    def record(outcome: str) -> None:
        _FAULT_OUTCOMES.append((request.node.name, shorten_folders(outcome)))

    return record


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    if not _FAULT_OUTCOMES:
        return
    terminalreporter.section("faults tried in this run")
    for name, outcome in _FAULT_OUTCOMES:
        terminalreporter.write_line(f"{name}: {outcome}")
    target = os.environ.get("WORKBENCH_FAULT_REPORT")
    if target:
        lines = [f"| `{name}` | {outcome} |" for name, outcome in _FAULT_OUTCOMES]
        Path(target).write_text("| test | outcome in this run |\n|---|---|\n" + "\n".join(lines) + "\n",
                                encoding="utf-8")


@contextlib.contextmanager
def small_disk(folder: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` mounted on ``folder`` for the test's duration (root only; skips otherwise)."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("needs root to mount a file system")
    folder.mkdir(exist_ok=True)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                      capture_output=True).returncode != 0:
        pytest.skip("this machine does not allow mounting a tmpfs")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], capture_output=True)


@pytest.fixture
def read_only_disk(tmp_path: Path) -> Iterator[Path]:
    """A small tmpfs holding a library with one review, then remounted read-only (root only)."""
    from workbench.core.model import Extraction
    from workbench.core.store import Library

    with small_disk(tmp_path / "disk", "4m") as mount_point:
        text = "Rescuers said 312 people were saved after the floods on Monday."
        start = text.index("312 people")
        with Library.open(mount_point / "library.sqlite3") as library:
            library.create_review(title="Floods", reviewer="ana", text=text,
                                  extractions=[Extraction(start, start + 10, "312 people", "count", 312, unit="people")])
        subprocess.run(["mount", "-o", "remount,ro", str(mount_point)], check=True, capture_output=True)
        yield mount_point / "library.sqlite3"
