"""A throwaway PostgreSQL cluster for tests and benchmarks: ``initdb`` into a temporary folder, a server on a
unix socket there (and on 127.0.0.1 for fault tests), stopped at the end (finaliser and ``atexit``)."""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

SUPERUSER = "postgres"


def find_bindir() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl``: ``pg_config --bindir``, else /usr/lib/postgresql/*/bin."""
    candidates: list[str] = []
    if shutil.which("pg_config"):
        with contextlib.suppress(OSError, subprocess.CalledProcessError):
            candidates.append(subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True,
                                             check=True).stdout.strip())
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for folder in candidates:
        if folder and (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Cluster:
    """One server. ``url(db)`` names a database on its unix socket; ``tcp_url(db)`` over 127.0.0.1."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="workbench-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.running = False
        self._as_user: list[str] = []
        if os.geteuid() == 0:  # initdb refuses root: the server runs as the postgres system user
            runuser = shutil.which("runuser")
            self._as_user = [runuser, "-u", "postgres", "--"] if runuser else ["su", "postgres", "-s", "/bin/sh", "-c"]
            os.chmod(self.root, 0o755)
            shutil.chown(self.root, "postgres", "postgres")

    def _run(self, *argv: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.bindir / argv[0]), *argv[1:]]
        if self._as_user and self._as_user[0] == "su":
            cmd = [*self._as_user, " ".join(cmd)]
        else:
            cmd = [*self._as_user, *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, check=check, cwd=self.root)

    def start(self) -> Cluster:
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        (self.data / "pg_hba.conf").write_text(
            "local all pw_editor scram-sha-256\n"
            "host all pw_editor 127.0.0.1/32 scram-sha-256\n"
            "local all all trust\n"
            "host all all 127.0.0.1/32 trust\n", encoding="utf-8")
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write(f"\nlisten_addresses = '127.0.0.1'\nport = {self.port}\nunix_socket_directories = '{self.root}'\n"
                       "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 200\n"
                       "shared_buffers = 64MB\n")
        if self._as_user:
            self._run("pg_ctl", "--version")  # fail early if the binaries cannot run as that user
        self._ctl("start")
        self.running = True
        atexit.register(self.stop)
        return self

    def _ctl(self, action: str) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-w", "-t", "60", action,
                  *(["-m", "fast"] if action in ("stop", "restart") else []))

    def restart(self) -> None:
        self._ctl("restart")

    def stop_server(self) -> None:
        self._ctl("stop")

    def start_server(self) -> None:
        self._ctl("start")

    def stop(self) -> None:
        if self.running:
            self.running = False
            with contextlib.suppress(Exception):
                self._ctl("stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@/{database}?host={self.root}&port={self.port}"

    def tcp_url(self, database: str = "postgres", user: str = SUPERUSER, password: str | None = None,
                port: int | None = None) -> str:
        auth = f"{user}:{password}" if password is not None else user
        return f"postgresql://{auth}@127.0.0.1:{port or self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as conn:
            conn.execute(statement)  # type: ignore[arg-type]

    def create_database(self, name: str) -> str:
        self.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.sql(f'CREATE DATABASE "{name}"')
        return self.url(name)


def wait_for(predicate, timeout: float = 5.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return bool(predicate())
