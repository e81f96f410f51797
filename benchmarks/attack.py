"""The outside attack on the released build, replayed: items 1-13, through the public CLI and the window.

    python benchmarks/attack.py [--only 1,9,13] [--keep]

Every attack runs ``python -m workbench ...`` (or a real ``python -m workbench`` window under Xvfb) as a
child process, in its own temporary folder, with a time-out (a hang is a finding and is printed as one).
Each prints one line: what was tried, what came back (exit code and the one-line message, or what the
window showed in its title bar), whether the library file's bytes stayed the same where they must
("n/a" where the attack is meant to change them), the wall time, and the peak RSS of the process under
attack (``ru_maxrss`` from ``os.wait4`` on the child). Attacks that need root, strace or Xvfb print
"skipped: needs ..." instead. The run ends with a summary line. The exit status is always 0 (this is a
benchmark, not a test: tests/core/store/test_attack.py and the importer tests hold the same defects);
a failure is a line whose verdict is FAILED.

RSS caveat: Linux carries a parent's high-water mark into its child's ``ru_maxrss`` across exec, so no
child's figure can be below this script's own peak; the script keeps itself small (heavy fixtures are
built in children or streamed) and prints its own peak at the end.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import re
import resource
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from workbench.core.errors import WorkbenchError  # noqa: E402
from workbench.core.model import Extraction  # noqa: E402
from workbench.core.store import Library  # noqa: E402
from workbench.core.store.backups import check_library_file, make_backup  # noqa: E402
from workbench.core.store.lease import LEASE_SUFFIX, WindowLease, lock_files  # noqa: E402

PYTHON = sys.executable
TEXT = "Rescuers said 312 people were saved and 14 remain missing after the floods on Monday."
ARTICLE = "Floods in the valley\n\nOfficials said 40 people were hurt and 3 bridges closed on Monday.\n"
CLI_TIMEOUT = 60.0
WINDOW_TIMEOUT = 45.0
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""What must never reach a terminal from outside text: C0 (but tab and newline), DEL, C1, bidi overrides."""


# --------------------------------------------------------------------------- running children


@dataclass
class Ran:
    """A finished (or killed) child: exit code, output, wall time and peak RSS from ``os.wait4``."""

    code: int
    out: bytes
    err: bytes
    wall: float
    rss_mb: float
    hung: bool

    @property
    def message(self) -> str:
        """The stderr (or, when empty, the stdout) as shown: one line, or the first with a count."""
        text = (self.err or self.out).decode("utf-8", "replace").strip()
        lines = text.splitlines()
        if len(lines) > 1:
            return f"{lines[0]} (+{len(lines) - 1} more lines)"
        return text

    @property
    def one_line(self) -> bool:
        return len(self.err.decode("utf-8", "replace").strip().splitlines()) <= 1

    @property
    def traceback(self) -> bool:
        return b"Traceback" in self.err or b"Traceback" in self.out

    def exit_text(self) -> str:
        if self.hung:
            return f"HANG: no answer within the time-out, killed after {self.wall:.1f} s"
        return f"exit {self.code}"


_LAUNCHER = r"""
import json, os, sys, time
done = {}

def finished(pid, status, usage):
    return {"code": os.waitstatus_to_exitcode(status), "rss_kb": usage.ru_maxrss, "ended": time.monotonic()}

for line in sys.stdin:
    req = json.loads(line)
    pid = req.get("pid")
    if req["op"] == "spawn":
        out = os.open(req["stdout"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        err = os.open(req["stderr"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        started = time.monotonic()
        pid = os.fork()
        if pid == 0:
            try:
                os.setsid()
                os.chdir(req["cwd"])
                os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
                os.dup2(out, 1)
                os.dup2(err, 2)
                os.closerange(3, 65536)
                os.execvpe(req["cmd"][0], req["cmd"], req["env"])
            except BaseException as exc:
                os.write(2, ("cannot start %s: %s\n" % (req["cmd"][0], exc)).encode())
            finally:
                os._exit(127)
        os.close(out)
        os.close(err)
        answer = {"pid": pid, "started": started}
    elif req["op"] == "poll":
        if pid not in done:
            got, status, usage = os.wait4(pid, os.WNOHANG)
            if got:
                done[pid] = finished(pid, status, usage)
        answer = done.get(pid, {"running": True})
    else:
        if pid not in done:
            _, status, usage = os.wait4(pid, 0)
            done[pid] = finished(pid, status, usage)
        answer = done.pop(pid)
    sys.stdout.write(json.dumps(answer) + "\n")
    sys.stdout.flush()
"""


class Launcher:
    """Starts and reaps every child from a tiny ``python -S`` process.

    Linux carries a parent's high-water mark into its child's ``ru_maxrss`` across exec, so children
    forked by this script would all report at least this script's own peak. Forked by the launcher
    (a few MB), each child's ``ru_maxrss`` from ``os.wait4`` is its own.
    """

    def __init__(self) -> None:
        self._process = subprocess.Popen([PYTHON, "-S", "-E", "-c", _LAUNCHER], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, text=True, bufsize=1)
        self._lock = threading.Lock()

    def call(self, **request: object) -> dict:
        assert self._process.stdin is not None and self._process.stdout is not None
        with self._lock:
            self._process.stdin.write(json.dumps(request) + "\n")
            self._process.stdin.flush()
            answer = self._process.stdout.readline()
        if not answer:
            raise RuntimeError("the launcher process died")
        return json.loads(answer)

    def close(self) -> None:
        if self._process.stdin is not None:
            self._process.stdin.close()
        self._process.wait(10)


LAUNCHER: Launcher | None = None


class Child:
    """A process started through the launcher, in its own session (process group)."""

    def __init__(self, cmd: list[str], *, env: dict[str, str], stdout: Path, stderr: Path,
                 cwd: Path | None = None) -> None:
        assert LAUNCHER is not None
        answer = LAUNCHER.call(op="spawn", cmd=cmd, env=env, cwd=str(cwd or REPO), stdout=str(stdout),
                               stderr=str(stderr))
        self.pid: int = answer["pid"]
        self.started: float = answer["started"]
        self.end: dict | None = None

    def poll(self) -> int | None:
        if self.end is None:
            assert LAUNCHER is not None
            answer = LAUNCHER.call(op="poll", pid=self.pid)
            if "code" in answer:
                self.end = answer
        return None if self.end is None else self.end["code"]

    def wait(self, timeout: float) -> bool:
        """Reap the child; a watchdog kills its process group when ``timeout`` passes. True: it hung."""
        if self.end is not None:
            return False
        fired = threading.Event()
        reaped = threading.Lock()
        done = False

        def kill() -> None:
            with reaped:
                if not done:
                    fired.set()
                    with contextlib.suppress(ProcessLookupError, PermissionError):
                        os.killpg(self.pid, signal.SIGKILL)

        timer = threading.Timer(timeout, kill)
        timer.daemon = True
        timer.start()
        try:
            assert LAUNCHER is not None
            self.end = LAUNCHER.call(op="wait", pid=self.pid)
        finally:
            with reaped:
                done = True
            timer.cancel()
        return fired.is_set()

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 10.0) -> float:
        """Signal the child (if still running) and reap it; its peak RSS in MB."""
        if self.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, sig)
        self.wait(timeout)
        return self.rss_mb

    @property
    def rss_mb(self) -> float:
        return self.end["rss_kb"] / 1024 if self.end else 0.0

    @property
    def wall(self) -> float:
        return self.end["ended"] - self.started if self.end else 0.0


def run(cmd: list[str], *, env: dict[str, str], timeout: float = CLI_TIMEOUT, cwd: Path | None = None) -> Ran:
    with tempfile.TemporaryDirectory(prefix="workbench-attack-out-") as folder:
        out, err = Path(folder) / "out", Path(folder) / "err"
        child = Child(cmd, env=env, stdout=out, stderr=err, cwd=cwd)
        hung = child.wait(timeout)
        assert child.end is not None
        return Ran(child.end["code"], out.read_bytes(), err.read_bytes(), child.wall, child.rss_mb, hung)


def spawn(cmd: list[str], *, env: dict[str, str], log: Path, cwd: Path | None = None) -> Child:
    """A long-running child (a window, a lease holder); stdout and stderr go to ``log``."""
    return Child(cmd, env=env, stdout=log, stderr=log, cwd=cwd)


def reap(child: Child, sig: int = signal.SIGTERM, timeout: float = 10.0) -> float:
    """Stop a spawned child; its peak RSS in MB."""
    return child.stop(sig, timeout)


# --------------------------------------------------------------------------- the board of results


@dataclass
class Line:
    item: str
    verdict: str  # "held", "FAILED", "skipped: ...", "baseline"
    tried: str
    result: str = ""
    hash_state: str = "n/a"
    wall: float | None = None
    rss_mb: float | None = None


class Board:
    def __init__(self, base: Path) -> None:
        self.base = base
        self.lines: list[Line] = []

    def shown(self, text: str) -> str:
        """Our own output stays terminal-safe: temporary folders shortened, control characters escaped."""
        text = text.replace(str(self.base), "…")
        return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode(), text)

    def header(self) -> None:
        print(f"{'#':>3}  {'verdict':<8} {'wall':>8} {'peak RSS':>9}  {'library hash':<12}  what was tried → what came back")

    def add(self, line: Line) -> None:
        self.lines.append(line)
        wall = f"{line.wall:.2f} s" if line.wall is not None else "-"
        rss = f"{line.rss_mb:.1f} MB" if line.rss_mb is not None else "-"
        if line.verdict.startswith("skipped"):
            print(f"{line.item:>3}  {self.shown(line.verdict)} — {self.shown(line.tried)}", flush=True)
            return
        text = self.shown(line.tried) + (" → " + self.shown(line.result) if line.result else "")
        print(f"{line.item:>3}  {line.verdict:<8} {wall:>8} {rss:>9}  {line.hash_state:<12}  {text}", flush=True)

    def check(self, item: str, ok: bool, tried: str, result: str, *, hash_state: str = "n/a",
              ran: Ran | None = None, wall: float | None = None, rss_mb: float | None = None) -> None:
        self.add(Line(item, "held" if ok else "FAILED", tried, result, hash_state,
                      ran.wall if ran is not None and wall is None else wall,
                      ran.rss_mb if ran is not None and rss_mb is None else rss_mb))

    def skip(self, item: str, why: str, tried: str) -> None:
        self.add(Line(item, f"skipped: {why}", tried))

    def summary(self) -> str:
        counts = Counter("held" if ln.verdict == "held" else "FAILED" if ln.verdict == "FAILED"
                         else "skipped" if ln.verdict.startswith("skipped") else "other" for ln in self.lines)
        tried = counts["held"] + counts["FAILED"]
        return (f"summary: {tried} attacks tried, {counts['held']} held, {counts['FAILED']} FAILED, "
                f"{counts['skipped']} skipped")


def same(before: str, after: str) -> str:
    return "unchanged" if before == after else "CHANGED"


# --------------------------------------------------------------------------- libraries and files


def digest(*paths: Path) -> str:
    """The files' bytes hashed; an absent -wal counts as an empty one (both mean "nothing unmerged")."""
    h = hashlib.sha256()
    for path in paths:
        h.update(path.name.encode())
        h.update(path.read_bytes() if path.exists() else b"")
    return h.hexdigest()


def library_files(path: Path) -> tuple[Path, Path]:
    return path, path.with_name(path.name + "-wal")


def new_review(library: Library, title: str = "Floods") -> int:
    extractions = []
    for figure, value in (("312 people", 312), ("14", 14)):
        start = TEXT.index(figure)
        extractions.append(Extraction(start, start + len(figure), figure, "count", value, unit="people"))
    return library.create_review(title=title, reviewer="ana", text=TEXT, extractions=extractions)


def small_library(path: Path, *, reviews: int = 1, backup: bool = False) -> list[int]:
    """A library of ``reviews`` short reviews; returns the claim ids of the first."""
    with Library.open(path) as library:
        first = [new_review(library) for _ in range(reviews)][0]
        if backup:
            make_backup(library, "manual")
        return [c.id for c in library.list_claims(first)]


def write_without_checkpoint(path: Path, statements: str, env: dict[str, str]) -> None:
    """Commit in a child that dies before closing, so the changes stay in the -wal, unmerged."""
    script = textwrap.dedent(f"""
        import os, sqlite3
        conn = sqlite3.connect({str(path)!r}, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.executescript({statements!r})
        os._exit(0)
    """)
    ran = run([PYTHON, "-c", script], env=env, timeout=30)
    if ran.code != 0:
        raise RuntimeError(f"could not leave a change in the -wal: {ran.message}")


def long_library(path: Path) -> int:
    """A library whose article text spans many overflow pages (as in test_attack.py); returns a claim id."""
    text = " ".join(f"On day {i} some {i + 10} people arrived." for i in range(2000))
    with Library.open(path) as library:
        extractions = [Extraction(m, m + 3, text[m:m + 3], "count", 1) for m in range(0, 6000, 50)]
        review_id = library.create_review(title="Long", reviewer="ana", text=text, extractions=extractions)
        return library.list_claims(review_id)[0].id


def damage_a_later_page(path: Path) -> None:
    """Break the chain of the article text's overflow pages: a page no verdict touches, far from the schema."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = [row[0] for row in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'articles' AND pagetype = 'overflow' ORDER BY pageno")]
    with path.open("r+b") as fh:
        fh.seek((pages[len(pages) // 2] - 1) * page_size)
        fh.write((10**6).to_bytes(4, "big"))


def quick_check_fails(path: Path) -> bool:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        try:
            return conn.execute("PRAGMA quick_check").fetchone()[0] != "ok"
        except sqlite3.DatabaseError:
            return True


def claim_status(path: Path, claim_id: int) -> str:
    try:
        with Library.open(path, read_only=True) as library:
            return library.get_claim(claim_id).status
    except WorkbenchError as exc:
        return f"unreadable ({exc})"


def unsafe_characters(*chunks: bytes) -> list[str]:
    found = sorted({ch for chunk in chunks for ch in _UNSAFE.findall(chunk.decode("utf-8", "replace"))})
    return [ch.encode("unicode_escape").decode() for ch in found]


@contextlib.contextmanager
def small_disk(folder: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` mounted on ``folder`` (root only; the caller checks :func:`can_mount`)."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], check=True,
                   capture_output=True, timeout=30)
    try:
        yield folder
    finally:
        if subprocess.run(["umount", str(folder)], capture_output=True, timeout=30).returncode:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True, timeout=30)


def can_mount(base: Path) -> str | None:
    """``None`` when a tmpfs can be mounted here, else what is missing."""
    if os.geteuid() != 0:
        return "needs root (to mount a small tmpfs)"
    if shutil.which("mount") is None:
        return "needs the mount command"
    probe = base / "mount-probe"
    try:
        with small_disk(probe, "64k"):
            pass
    except (subprocess.CalledProcessError, OSError):
        return "needs a machine that allows mounting a tmpfs"
    return None


# --------------------------------------------------------------------------- Word files


_CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/'
    b'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    b'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
    b'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"'
    b'/></Types>'
)
_PACKAGE_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.'
    b'org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument'
    b'/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
_DOCUMENT_HEAD = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.'
                  b'openxmlformats.org/wordprocessingml/2006/main"><w:body>')
PARAGRAPH = b"<w:p><w:r><w:t>The council spent 4.5 million on bridges in 2024, officials said.</w:t></w:r></w:p>"


def write_docx(path: Path, body: Iterable[bytes], *, level: int) -> Path:
    """A minimal .docx whose ``word/document.xml`` body is ``body``, written and packed as a stream."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _PACKAGE_RELS)
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w") as part:
            part.write(_DOCUMENT_HEAD)
            for chunk in body:
                part.write(chunk)
            part.write(b"</w:body></w:document>")
    return path


def repeated_paragraphs(total_bytes: int) -> Iterator[bytes]:
    block = PARAGRAPH * 1000
    for _ in range(max(1, total_bytes // len(block))):
        yield block


def lie_about_size(path: Path, name: str, size: int, crc: int) -> None:
    """Rewrite the CRC and uncompressed size of ``name`` in its local header and central directory entry."""
    data = path.read_bytes()
    archive = zipfile.ZipFile(io.BytesIO(data))
    info = archive.getinfo(name)
    patched = bytearray(data)
    struct.pack_into("<I", patched, info.header_offset + 14, crc)
    struct.pack_into("<I", patched, info.header_offset + 22, size)
    entry = archive.start_dir
    while patched[entry + 46:entry + 46 + len(name)] != name.encode():
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", patched, entry + 28)
        entry += 46 + name_length + extra_length + comment_length
    struct.pack_into("<I", patched, entry + 16, crc)
    struct.pack_into("<I", patched, entry + 24, size)
    path.write_bytes(bytes(patched))


# --------------------------------------------------------------------------- the window under Xvfb


class Display:
    """A private Xvfb screen, and what the windows on it show in their title bars."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.name = ""
        self.server: Child | None = None

    def start(self) -> str | None:
        """Start Xvfb; ``None`` when it runs, else what is missing."""
        missing = [tool for tool in ("Xvfb", "xwininfo", "xprop") if shutil.which(tool) is None]
        if missing:
            return f"needs {' and '.join(missing)}"
        for number in range(91, 200):
            if Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
                continue
            self.server = spawn(["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                                env=dict(os.environ), log=self.folder / "xvfb.log")
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and self.server.poll() is None:
                if Path(f"/tmp/.X11-unix/X{number}").exists():
                    self.name = f":{number}"
                    return None
                time.sleep(0.05)
            reap(self.server, signal.SIGKILL)
        return "needs an Xvfb that starts (none came up)"

    def stop(self) -> None:
        if self.server is not None:
            reap(self.server)
            self.server = None

    def titles(self) -> dict[int, str]:
        """``{process id: title}`` of the Workbench main windows on the screen."""
        env = {**os.environ, "DISPLAY": self.name}
        tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True, env=env,
                              timeout=10).stdout
        found: dict[int, str] = {}
        for window in re.findall(r'^\s*(0x[0-9a-f]+) ".*": \("[^"]*" "Workbench"\)', tree, re.MULTILINE):
            props = subprocess.run(["xprop", "-id", window, "_NET_WM_PID", "_NET_WM_NAME"], capture_output=True,
                                   env=env, timeout=10).stdout
            props = re.sub(rb"\\([0-7]{3})", lambda m: bytes([int(m.group(1), 8)]), props)
            pid = re.search(rb"_NET_WM_PID\(CARDINAL\) = (\d+)", props)
            title = re.search(rb'_NET_WM_NAME\(UTF8_STRING\) = "(.*)"', props)
            if pid and title:
                found[int(pid.group(1))] = title.group(1).decode("utf-8", "replace")
        return found

    def wait_for_title(self, child: Child, accept: Callable[[str], bool], *, timeout: float,
                       settle: float) -> str | None:
        """The window's title once ``accept`` likes it, or the last one seen after ``settle`` seconds
        without that (``None``: no window appeared, or the process ended)."""
        deadline = time.monotonic() + timeout
        first_seen = None
        title = None
        while time.monotonic() < deadline and child.poll() is None:
            title = self.titles().get(child.pid)
            if title is not None:
                if accept(title):
                    return title
                first_seen = first_seen or time.monotonic()
                if time.monotonic() - first_seen > settle:
                    return title
            time.sleep(0.2)
        return title


def wait_for_lease(path: Path, pid: int, child: Child, timeout: float) -> bool:
    """Whether process ``pid`` took the editing lease of ``path`` within ``timeout``. Reads the lease note
    instead of probing, so the wait itself never takes the lease from under a window that is starting."""
    note = lock_files(path, LEASE_SUFFIX)[0]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and child.poll() is None:
        with contextlib.suppress(OSError):
            if note.read_text(encoding="utf-8").split() == [str(pid), "window"]:
                return WindowLease.held_elsewhere(path)
        time.sleep(0.1)
    return False


HOLD_LEASE = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from workbench.core.store.lease import WindowLease
    lease = WindowLease.acquire(Path(sys.argv[1]))
    print("HELD" if lease else "REFUSED", flush=True)
    time.sleep(600)
""")

PROBE_LEASE = ("import sys; from pathlib import Path; from workbench.core.store.lease import WindowLease; "
               "sys.exit(0 if WindowLease.acquire(Path(sys.argv[1])) is None else 3)")


# --------------------------------------------------------------------------- the attacks


class Attack:
    """What every attack shares: the board, child environment, a folder of its own, the display."""

    def __init__(self, board: Board, base: Path, env: dict[str, str], display: Display | None,
                 display_problem: str | None, mount_problem: str | None) -> None:
        self.board = board
        self.base = base
        self.env = env
        self.display = display
        self.display_problem = display_problem
        self.mount_problem = mount_problem
        self.baseline_rss = 0.0
        self.import_timeout: float | None = None

    def folder(self, *parts: object) -> Path:
        folder = self.base.joinpath(*(str(p) for p in parts))
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def cli(self, *args: str, library: Path | None = None, timeout: float = CLI_TIMEOUT,
            cwd: Path | None = None) -> Ran:
        cmd = [PYTHON, "-m", "workbench"]
        if library is not None:
            cmd += ["--library", str(library)]
        return run(cmd + list(args), env=self.env, timeout=timeout, cwd=cwd)

    def window_env(self) -> dict[str, str]:
        assert self.display is not None
        return {**self.env, "DISPLAY": self.display.name, "QT_QPA_PLATFORM": "xcb"}

    def start_window(self, library_arg: str, folder: Path, cwd: Path | None = None) -> Child:
        return spawn([PYTHON, "-m", "workbench", "--library", library_arg], env=self.window_env(),
                     log=folder / "window.log", cwd=cwd)

    # ----------------------------------------------------------------- 0. baselines

    def baseline(self) -> None:
        folder = self.folder("00-baseline")
        path = folder / "library.sqlite3"
        small_library(path)
        article = folder / "article.txt"
        article.write_text(ARTICLE, encoding="utf-8")
        reviews = self.cli("reviews", library=path)
        imported = self.cli("import", str(article), library=path)
        self.baseline_rss = max(reviews.rss_mb, imported.rss_mb)
        self.board.add(Line("0", "baseline", "`workbench reviews` on a one-review library",
                            f"{reviews.exit_text()}", "n/a", reviews.wall, reviews.rss_mb))
        self.board.add(Line("0", "baseline", "`workbench import article.txt` (a two-line article)",
                            f"{imported.exit_text()} “{imported.out.decode().splitlines()[0]}”", "n/a",
                            imported.wall, imported.rss_mb))
        probe = run([PYTHON, "-c", "from workbench.core.importers import DEFAULT_TIMEOUT; print(DEFAULT_TIMEOUT)"],
                    env=self.env)
        self.import_timeout = float(probe.out.decode().strip())

    # ----------------------------------------------------------------- 1. restore beside an editing window

    def item_1(self) -> None:
        folder = self.folder("01-restore-beside-window")
        path = folder / "library.sqlite3"
        claims = small_library(path, backup=True)
        tried = "`workbench restore 1 --yes` while {how}"
        if self.display is not None:
            holder = self.start_window(str(path), folder)
            how = f"a real window (process {holder.pid}, Xvfb) has the library open for editing"
            who = "the window"
            up = wait_for_lease(path, holder.pid, holder, WINDOW_TIMEOUT)
            title = self.display.wait_for_title(holder, lambda t: False, timeout=15, settle=1.5) if up else None
        else:
            log = folder / "holder.log"
            holder = spawn([PYTHON, "-c", HOLD_LEASE, str(path)], env=self.env, log=log)
            how = (f"a child process (pid {holder.pid}) holds the editing lease exactly as a window does "
                   f"(WindowLease.acquire; no real window: {self.display_problem})")
            who = "the lease holder"
            deadline = time.monotonic() + 30
            while holder.poll() is None and time.monotonic() < deadline and not log.read_bytes().strip():
                time.sleep(0.05)
            up = log.read_bytes().strip() == b"HELD"
            title = None
        try:
            if not up:
                self.board.check("1", False, tried.format(how=how), f"{who} never took the lease "
                                 f"(see {folder / 'window.log'})")
                return
            before = digest(*library_files(path))
            restore = self.cli("restore", "1", "--yes", library=path)
            after = digest(*library_files(path))
            mark = self.cli("--reviewer", "attacker", "mark", str(claims[0]), "verified", library=path)
            alive = holder.poll() is None
            title_after = self.display.titles().get(holder.pid) if self.display is not None else None
        finally:
            holder_rss = reap(holder)
        status = claim_status(path, claims[0])
        aside = sorted(p.name for p in folder.glob("library.sqlite3.replaced-*"))
        message = restore.message
        ok = (restore.code == 1 and f"process {holder.pid}" in message and "window" in message
              and "nothing was restored" in message and before == after and mark.code == 0
              and status == "verified" and not aside and alive
              and (self.display is None or (title is not None and "read-only" not in title
                                            and title_after == title)))
        shown = f", window title “{title}” before and “{title_after}” after" if self.display is not None else ""
        result = (f"{restore.exit_text()} “{message}”; then `mark {claims[0]} verified` from a second process while "
                  f"{who} stayed open (the same store a window edit goes through): {mark.exit_text()}, claim "
                  f"{claims[0]} is {status} in the file at the path; {'no' if not aside else len(aside)} copies set "
                  f"aside; {who} still up: {alive}{shown} ({who}'s peak RSS {holder_rss:.0f} MB)")
        self.board.check("1", ok, tried.format(how=how), result, hash_state=same(before, after), ran=restore)

    # ----------------------------------------------------------------- 2. SIGKILL inside restore

    def _library_with_pending_wal(self, path: Path) -> int:
        claim_id = small_library(path, backup=True)[0]
        write_without_checkpoint(path, f"UPDATE claims SET note = 'only in the wal' WHERE id = {claim_id};", self.env)
        if path.with_name(path.name + "-wal").stat().st_size == 0:
            raise RuntimeError("the -wal is empty: the change was merged")
        return claim_id

    @staticmethod
    def _what_the_path_holds(path: Path, claim_id: int) -> str:
        """'old' (with the -wal's change), 'new' (the backup) or what is wrong."""
        if not path.exists():
            return "no library"
        try:
            with Library.open(path, read_only=True) as library:
                if library.integrity_problems():
                    return "damaged"
                note = library.get_claim(claim_id).note
        except WorkbenchError as exc:
            return f"unreadable ({exc})"
        return {"only in the wal": "old", "": "new"}.get(note, f"unexpected note {note!r}")

    def item_2(self) -> None:
        cap = 1000
        for syscall in ("rename", "pwrite64", "fdatasync", "fsync"):
            label = "rename/renameat/renameat2" if syscall == "rename" else syscall
            tried = (f"SIGKILL at the Nth {label} of `workbench restore 1 --yes` (strace inject, every N = 1, 2, "
                     "3 … until a run has no call left to kill at) on a library whose newest change is only in its "
                     "unmerged -wal")
            if shutil.which("strace") is None:
                self.board.skip("2", "needs strace", tried)
                continue
            spec = "rename,renameat,renameat2" if syscall == "rename" else syscall
            seen: Counter[str] = Counter()
            problems: list[str] = []
            finished, wall, rss = False, 0.0, 0.0
            for when in range(1, cap + 1):
                path = self.folder("02-kill-in-restore", f"{syscall}-{when}") / "library.sqlite3"
                claim_id = self._library_with_pending_wal(path)
                ran = run(["strace", "-f", "-qq", "-o", "/dev/null", "-e",
                           f"inject={spec}:signal=SIGKILL:when={when}", PYTHON, "-m", "workbench", "--library",
                           str(path), "restore", "1", "--yes"], env=self.env)
                wall += ran.wall
                rss = max(rss, ran.rss_mb)
                state = self._what_the_path_holds(path, claim_id)
                listing = self.cli("reviews", "--json", library=path)
                if ran.hung:
                    problems.append(f"N={when}: hang")
                if state not in ("old", "new"):
                    problems.append(f"N={when}: {state}")
                if listing.code != 0 or b'"Floods"' not in listing.out:
                    problems.append(f"N={when}: the next `reviews` found no library ({listing.message})")
                if ran.code == 0:
                    finished = state == "new"
                    if not finished:
                        problems.append(f"N={when}: the restore said it finished but the path holds {state}")
                    break
                seen[state] += 1
                shutil.rmtree(path.parent, ignore_errors=True)
            kills = sum(seen.values())
            end = (f"the run at N = {kills + 1} had no {syscall} left to kill at and restored normally" if finished
                   else f"no run finished within N = {cap}")
            result = (f"{kills} kills (N = 1 … {kills}): the path then held the old library (with the -wal change) "
                      f"{seen['old']}×, the restored one {seen['new']}×, none or a damaged one "
                      f"{kills - seen['old'] - seen['new']}×; `reviews --json` found the library after every kill; {end}")
            if problems:
                result += "; problems: " + "; ".join(problems[:4])
            self.board.check("2", not problems and finished, tried, result, wall=wall, rss_mb=rss)

    # ----------------------------------------------------------------- 3. one lease per file

    def item_3(self) -> None:
        folder = self.folder("03-second-window")
        real = self.folder("03-second-window", "real")
        other = self.folder("03-second-window", "other")
        path = real / "library.sqlite3"
        small_library(path)
        (other / "link.sqlite3").symlink_to(path)
        os.link(path, real / "alias.sqlite3")
        os.link(path, other / "alias.sqlite3")
        routes = [  # (name, what the second window is given, its working folder)
            ("a symlink in another folder", str(other / "link.sqlite3"), None),
            ("another relative path (../real/./library.sqlite3 from other/)", "../real/./library.sqlite3", other),
            ("a hard link in the same folder", str(real / "alias.sqlite3"), None),
            ("a hard link in another folder", str(other / "alias.sqlite3"), None),
        ]
        if self.display is None:
            first_lease = WindowLease.acquire(path)
            try:
                for name, arg, cwd in routes:
                    probe = run([PYTHON, "-c", PROBE_LEASE, arg], env=self.env, cwd=cwd)
                    self.board.check("3", probe.code == 0,
                                     f"a second lease through {name} while this script holds the first "
                                     f"(no window: {self.display_problem})",
                                     "refused the lease (the window would open read-only)" if probe.code == 0
                                     else "GOT THE LEASE: two editors on one file", ran=probe)
            finally:
                if first_lease is not None:
                    first_lease.release()
            return
        first = self.start_window(str(path), folder)
        try:
            if not wait_for_lease(path, first.pid, first, WINDOW_TIMEOUT):
                self.board.check("3", False, "first window on real/library.sqlite3", "it never took the lease")
                return
            first_title = self.display.wait_for_title(first, lambda t: False, timeout=15, settle=1.5)
            for name, arg, cwd in routes:
                second = self.start_window(arg, folder, cwd=cwd)
                started = time.monotonic()
                try:
                    title = self.display.wait_for_title(second, lambda t: "read-only" in t.lower(),
                                                        timeout=WINDOW_TIMEOUT, settle=8)
                    shown = time.monotonic() - started
                finally:
                    rss = reap(second)
                probe = run([PYTHON, "-c", PROBE_LEASE, arg], env=self.env, cwd=cwd)
                still_first = lock_files(path, LEASE_SUFFIX)[0].read_text(encoding="utf-8").split()[:1]
                ok = title is not None and "read-only" in title.lower() and probe.code == 0 and still_first == [str(first.pid)]
                self.board.check(
                    "3", ok,
                    f"a second real window (Xvfb) on the library through {name}, beside a first editing window "
                    f"(title “{first_title}”)",
                    f"second window's title “{title}” ({'read-only: refused the lease' if ok else 'NOT read-only'});"
                    f" a lease probe through the same path {'was refused' if probe.code == 0 else 'GOT IT'}; the "
                    f"first window still holds the lease: {still_first == [str(first.pid)]}",
                    wall=shown, rss_mb=rss)
        finally:
            reap(first)

    # ----------------------------------------------------------------- 4. a stale writer

    def item_4(self) -> None:
        path = self.folder("04-stale-writer") / "library.sqlite3"
        claim_id = small_library(path)[0]
        read = run([PYTHON, "-c", "import sys; from workbench.core.store import Library; "
                    "lib = Library.open(sys.argv[1], read_only=True); print(lib.get_claim(int(sys.argv[2])).version)",
                    str(path), str(claim_id)], env=self.env)
        version = read.out.decode().strip()
        mark = self.cli("--reviewer", "amira", "mark", str(claim_id), "disputed", library=path)
        before = digest(*library_files(path))
        stale = run([PYTHON, "-c", textwrap.dedent("""
            import sys
            from workbench.core.errors import ConflictError
            from workbench.core.store import Library
            with Library.open(sys.argv[1]) as library:
                try:
                    library.set_claim_status(int(sys.argv[2]), "verified", actor="sam",
                                             expected_version=int(sys.argv[3]))
                except ConflictError as exc:
                    print(exc)
                    sys.exit(3)
            print("the stale write went through")
        """), str(path), str(claim_id), version], env=self.env)
        after = digest(*library_files(path))
        status = claim_status(path, claim_id)
        message = stale.message
        ok = (read.code == 0 and mark.code == 0 and stale.code == 3 and "amira" in message and "disputed" in message
              and status == "disputed" and before == after)
        self.board.check("4", ok,
                         f"a writer read claim {claim_id} at version {version}; `workbench --reviewer amira mark "
                         f"{claim_id} disputed` ({mark.exit_text()}); then the writer, from a child, "
                         "`Library.set_claim_status(..., 'verified', expected_version=<old>)`",
                         f"{stale.exit_text()} (3 = ConflictError) “{message}”; claim is {status}",
                         hash_state=same(before, after), ran=stale)
        self.board.skip("4", "optional, not replayed here: the window's view cannot be read from outside its "
                        "process (no accessibility driver); tests/gui/test_live_library.py checks it with qtbot",
                        "`workbench mark` from a terminal while a window is open, seen by that window")

    # ----------------------------------------------------------------- 5. a library damaged in a later page

    def item_5(self) -> None:
        folder = self.folder("05-damaged")
        path = folder / "library.sqlite3"
        claim_id = long_library(path)
        damage_a_later_page(path)
        article = folder / "article.txt"
        article.write_text(ARTICLE, encoding="utf-8")
        broken = quick_check_fails(path)
        for args in (("mark", str(claim_id), "verified"), ("import", str(article))):
            before = digest(*library_files(path))
            ran = self.cli(*args, library=path)
            after = digest(*library_files(path))
            message = ran.message
            ok = broken and ran.code == 1 and "damaged" in message and "restore" in message.lower() and before == after
            self.board.check("5", ok, f"`workbench {' '.join(args)}` on a library whose article text's overflow "
                             f"chain is broken (quick_check fails: {broken})", f"{ran.exit_text()} “{message}”",
                             hash_state=same(before, after), ran=ran)

    # ----------------------------------------------------------------- 6. reading changes no byte

    def item_6(self) -> None:
        path = self.folder("06-read-commands") / "library.sqlite3"
        with Library.open(path) as library:
            review_id = new_review(library)
            library.set_claim_status(library.list_claims(review_id)[0].id, "verified", actor="ana")
        n = str(review_id)
        for args in (("reviews",), ("reviews", "--json"), ("claims", n), ("claims", n, "--json"),
                     ("report", n, "--format", "json"), ("report", n, "--format", "md")):
            before = digest(*library_files(path))
            ran = self.cli(*args, library=path)
            after = digest(*library_files(path))
            self.board.check("6", ran.code == 0 and before == after, f"`workbench {' '.join(args)}`",
                             f"{ran.exit_text()}, {len(ran.out):,} bytes out; library and -wal "
                             f"{'byte-identical' if before == after else 'CHANGED'}",
                             hash_state=same(before, after), ran=ran)

    # ----------------------------------------------------------------- 7. a newer library with an unmerged -wal

    def item_7(self) -> None:
        folder = self.folder("07-newer-library")
        path = folder / "future.sqlite3"
        small_library(path)
        write_without_checkpoint(path, "PRAGMA user_version = 99; INSERT INTO reviews (title, created, updated) "
                                       "VALUES ('from the future', 'x', 'x');", self.env)
        wal = path.with_name(path.name + "-wal")
        article = folder / "article.txt"
        article.write_text(ARTICLE, encoding="utf-8")
        for args in (("reviews",), ("mark", "1", "verified"), ("import", str(article))):
            before = digest(*library_files(path))
            ran = self.cli(*args, library=path)
            after = digest(*library_files(path))
            kept = wal.exists() and wal.stat().st_size > 0
            ok = ran.code == 1 and "newer version" in ran.message and before == after and kept
            self.board.check("7", ok, f"`workbench {' '.join(args)}` on a library of schema 99 whose newest "
                             "commit is only in its -wal",
                             f"{ran.exit_text()} “{ran.message}”; main file and -wal "
                             f"{'byte-identical' if before == after else 'CHANGED'}, -wal still there: {kept}",
                             hash_state=same(before, after), ran=ran)

    # ----------------------------------------------------------------- 8. Word zip bombs

    def item_8(self) -> None:
        folder = self.folder("08-docx-bombs")
        path = folder / "library.sqlite3"
        small_library(path)
        control = write_docx(folder / "story.docx", [PARAGRAPH * 5], level=6)
        ran = self.cli("import", str(control), library=path)
        docx_rss = ran.rss_mb
        self.board.add(Line("8", "baseline", f"`workbench import story.docx` (a real five-paragraph .docx, "
                            f"{control.stat().st_size / 1024:.1f} KB, same builder)",
                            f"{ran.exit_text()} “{ran.out.decode().strip().splitlines()[0] if ran.out.strip() else ran.message}”", "n/a",
                            ran.wall, ran.rss_mb))
        bound = max(self.baseline_rss, docx_rss) + 64

        wide = write_docx(folder / "wide.docx", repeated_paragraphs(250 * 1024 * 1024), level=1)
        dense = write_docx(folder / "dense.docx", repeated_paragraphs(20 * 1024 * 1024), level=9)
        liar = write_docx(folder / "liar.docx", repeated_paragraphs(400 * 1024 * 1024), level=9)
        with zipfile.ZipFile(liar) as archive, archive.open("word/document.xml") as part:
            first = part.read(4096)
        lie_about_size(liar, "word/document.xml", 4096, zlib.crc32(first))
        bombs = [
            (wide, "250 MB of one paragraph, its directory honest", r"would unpack to 250 MB"),
            (dense, "20 MB of one paragraph packed about 300 to 1", r"over 100 times its size.*zip bomb"),
            (liar, "400 MB of XML whose zip directory claims 4 KB (CRC of those 4 KB)",
             r"(would unpack|unpacks) to over"),
        ]
        for bomb, what, expected in bombs:
            before = digest(*library_files(path))
            ran = self.cli("import", str(bomb), library=path)
            after = digest(*library_files(path))
            ok = (ran.code == 1 and re.search(expected, ran.message) is not None and ran.wall < 10
                  and ran.rss_mb < bound and before == after)
            self.board.check("8", ok, f"`workbench import {bomb.name}` ({bomb.stat().st_size / 1024:,.0f} KB: {what})",
                             f"{ran.exit_text()} “{ran.message}” (RSS bound {bound:.0f} MB: the small "
                             "import plus 64 MB)", hash_state=same(before, after), ran=ran)

    # ----------------------------------------------------------------- 9. hostile web servers

    def item_9(self) -> None:
        folder = self.folder("09-web")
        path = folder / "library.sqlite3"
        small_library(path)
        seen: list[str] = []
        page = ("<html><head><title>Council approves budget</title></head><body><article><h1>Council approves "
                "budget</h1>" + "<p>The council voted on Tuesday to spend 4.5 million on three bridges.</p>" * 30
                + "</article></body></html>").encode()

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _redirect(self, location: str) -> None:
                self.send_response(302)
                self.send_header("Location", location)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                seen.append(self.path)
                try:
                    if self.path == "/drip-headers":  # a status line, then one header byte a second
                        self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Slow: ")
                        for _ in range(60):
                            self.wfile.write(b"a")
                            self.wfile.flush()
                            time.sleep(1)
                    elif self.path == "/cut-off":
                        self.send_response(200)
                        self.send_header("Content-Type", "text/html; charset=utf-8")
                        self.send_header("Content-Length", str(len(page) + 5000))
                        self.end_headers()
                        self.wfile.write(page)
                    elif self.path == "/to-ftp":
                        self._redirect("ftp://127.0.0.1:1/article.html")
                    elif self.path == "/loop":
                        self._redirect("/loop-2")
                    elif self.path == "/loop-2":
                        self._redirect("/loop")
                    else:
                        self.send_response(200)
                        self.send_header("Content-Type", "text/html; charset=utf-8")
                        self.send_header("Content-Length", str(len(page)))
                        self.end_headers()
                        self.wfile.write(page)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        base = f"http://127.0.0.1:{server.server_address[1]}"
        deadline = self.import_timeout or 15.0
        try:
            cases = [
                ("/drip-headers", "a server that drips header bytes one a second", base + "/drip-headers",
                 f"did not answer within {deadline:g} s", deadline + 5),
                ("/cut-off", "a body 5,000 bytes shorter than its Content-Length", base + "/cut-off",
                 "was cut off after", 5),
                ("/to-ftp", "a redirect to ftp://", base + "/to-ftp", "not http(s) (ftp:)", 5),
                ("/loop", "a redirect loop", base + "/loop", "redirects in a loop", 5),
                ("creds", "an address with a user name and password",
                 base.replace("http://", "http://editor:s3cret@") + "/article",
                 "user name or password are not opened", 5),
            ]
            for key, what, url, expected, limit in cases:
                requests_before = len(seen)
                before = digest(*library_files(path))
                ran = self.cli("import", url, library=path, timeout=limit + 30)
                after = digest(*library_files(path))
                message = ran.message
                ok = (ran.code == 1 and ran.one_line and expected in message and ran.wall <= limit
                      and before == after and not ran.traceback)
                extra = ""
                if key == "creds":
                    sent = len(seen) - requests_before
                    ok = ok and sent == 0 and "s3cret" not in message
                    extra = f"; requests that reached the server: {sent}; password in the message: {'s3cret' in message}"
                self.board.check("9", ok, f"`workbench import URL`: {what}",
                                 f"{ran.exit_text()} “{message}” (allowed: {limit:g} s){extra}",
                                 hash_state=same(before, after), ran=ran)
        finally:
            server.shutdown()
            server.server_close()

    # ----------------------------------------------------------------- 10. encodings

    def item_10(self) -> None:
        folder = self.folder("10-encodings")
        path = folder / "library.sqlite3"
        english = ("The council voted on Tuesday to spend 4.5 million on three bridges, officials said.\n"
                   "About 12,000 vehicles cross the oldest one every day.\n")
        arabic = "صوت مجلس المدينة يوم الثلاثاء على إنفاق 4.5 مليون دولار على ثلاثة جسور، حسبما قال المسؤولون.\n"
        chinese = "市议会周二投票决定拨款450万美元用于修建三座桥梁，官员表示。\n每天约有1.2万辆汽车通过最古老的那座桥。\n"
        western = "Les élèves ont payé 2,50 € pour le déjeuner — « trop cher », dit-on.\nÇa coûte.\n"
        head = "Le café “Chez Zoé” a fermé.\nLe maire a dit : « c’est fini ».\nIntro line\n"
        tail = "Fin — à bientôt.\n"
        files = [
            ("english-utf16le.txt", english, english.encode("utf-16-le"), "UTF-16-LE, no BOM, English"),
            ("arabic-utf16le.txt", arabic, arabic.encode("utf-16-le"), "UTF-16-LE, no BOM, Arabic"),
            ("chinese-utf16be.txt", chinese, chinese.encode("utf-16-be"), "UTF-16-BE, no BOM, Chinese"),
            ("mixed.txt", head + western + tail, head.encode() + western.encode("cp1252") + tail.encode(),
             "UTF-8 with a Windows-1252 paragraph"),
        ]
        for name, story, data, what in files:
            article = folder / name
            article.write_bytes(data)
            ran = self.cli("import", str(article), library=path)
            stored = None
            if ran.code == 0:
                review_id = int(ran.out.decode().strip().splitlines()[-1])
                with Library.open(path, read_only=True) as library:
                    stored = library.get_article(review_id).text
            same_text = stored == story
            result = f"{ran.exit_text()} “{ran.out.decode().strip().splitlines()[0] if ran.out else ran.message}”; " \
                     f"stored text {'is the original, character for character' if same_text else 'DIFFERS'}"
            ok = ran.code == 0 and same_text
            if name == "mixed.txt":
                api = run([PYTHON, "-c", "import json, sys; from workbench.core.importers import load_article; "
                           "print(json.dumps(load_article(sys.argv[1]).warnings))", str(article)], env=self.env)
                warnings = json.loads(api.out.decode() or "[]") if api.code == 0 else []
                ok = ok and any("Windows-1252" in w for w in warnings)
                said = ran.err.decode().strip()
                result += (f"; the importer's warning (load_article in a child): “{'; '.join(warnings)}”; "
                           f"`workbench import` itself said {'“' + said + '”' if said else 'nothing about it'}")
            self.board.check("10", ok, f"`workbench import {name}` ({what})", result, ran=ran)

    # ----------------------------------------------------------------- 11. odd ids, unwritable places, FIFOs

    def item_11(self) -> None:
        folder = self.folder("11-odd-input")
        path = folder / "library.sqlite3"
        with Library.open(path) as library:
            for _ in range(10):
                new_review(library)
        for args in (("mark", str(2**63), "verified"), ("claims", str(2**64)), ("report", str(10**30)),
                     ("claims", "١٠")):
            before = digest(*library_files(path))
            ran = self.cli(*args, library=path, timeout=20)
            after = digest(*library_files(path))
            message = ran.message
            ok = (ran.code in (1, 2) and ran.one_line and not ran.traceback and before == after
                  and ("there is no" in message or "not a whole number" in message))
            self.board.check("11", ok, f"`workbench {' '.join(args)}`", f"{ran.exit_text()} “{message}”",
                             hash_state=same(before, after), ran=ran)

        tried = "`workbench backup` of a library on a read-only mount (4 MB tmpfs remounted ro)"
        if self.mount_problem:
            self.board.skip("11", self.mount_problem, tried)
        else:
            with small_disk(folder / "ro-disk", "4m") as disk:
                lib = disk / "library.sqlite3"
                small_library(lib)
                subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True, capture_output=True, timeout=30)
                before = digest(*library_files(lib))
                ran = self.cli("backup", library=lib, timeout=20)
                after = digest(*library_files(lib))
            message = ran.message
            ok = (ran.code == 1 and not ran.traceback and ran.one_line and "backup" in message
                  and ("read-only" in message.lower() or "cannot" in message))
            self.board.check("11", ok, tried, f"{ran.exit_text()} “{message}”", hash_state=same(before, after), ran=ran)

        tried = "`workbench backup` of a library whose folder is chmod 555 (no backups folder can be made)"
        if os.geteuid() == 0:
            self.board.skip("11", "needs a user other than root (chmod does not stop root; the read-only "
                            "mount above is the root form of it)", tried)
        else:
            locked = self.folder("11-odd-input", "locked")
            lib = locked / "library.sqlite3"
            small_library(lib)
            locked.chmod(0o555)
            try:
                before = digest(*library_files(lib))
                ran = self.cli("backup", library=lib, timeout=20)
                after = digest(*library_files(lib))
            finally:
                locked.chmod(0o755)
            ok = ran.code == 1 and not ran.traceback and ran.one_line and "backup" in ran.message
            self.board.check("11", ok, tried, f"{ran.exit_text()} “{ran.message}”", hash_state=same(before, after),
                             ran=ran)

        fifo_article = folder / "story.txt"
        os.mkfifo(fifo_article)
        fifo_library = folder / "pipe.sqlite3"
        os.mkfifo(fifo_library)
        for args, library, what in ((("import", str(fifo_article)), path, "a named pipe as the article"),
                                    (("reviews",), fifo_library, "a named pipe as the library"),
                                    (("mark", "1", "verified"), fifo_library, "a named pipe as the library")):
            ran = self.cli(*args, library=library, timeout=20)
            ok = ran.code == 1 and not ran.hung and ran.one_line and "named pipe" in ran.message and not ran.traceback
            shown_args = " ".join(a.replace(str(folder) + "/", "") for a in args)
            self.board.check("11", ok, f"`workbench --library {library.name} {shown_args}` ({what}, 20 s time-out)",
                             f"{ran.exit_text()} “{ran.message}”", ran=ran)

    # ----------------------------------------------------------------- 12. control characters

    def item_12(self) -> None:
        folder = self.folder("12-control-characters")
        path = folder / "library.sqlite3"
        article = folder / "story.txt"
        # ESC, BEL or C1 in a .txt make it "binary" (refused); a right-to-left override is text, so it goes in
        article.write_text("Officials said 40 people were hurt in the \u202eflood on Monday.", encoding="utf-8")
        hostile = "Title\x1b]0;pwned\x07\x1b[2J\x9b31m\u202eevil"

        def report(label: str, ran: Ran, *, expect_code: int = 0, must_show: str = "") -> None:
            bad = unsafe_characters(ran.out, ran.err)
            shown = (ran.out + ran.err).decode("utf-8", "replace")
            ok = ran.code == expect_code and not bad and must_show in shown and not ran.traceback
            said = f" “{ran.message}”" if ran.code != 0 or not ok else ""
            self.board.check("12", ok, label,
                             f"{ran.exit_text()}{said}, {len(ran.out):,} bytes out; control characters on stdout/stderr: "
                             f"{', '.join(bad) if bad else 'none'}"
                             + (f"; “{must_show}” shown: {must_show in shown}" if must_show else ""), ran=ran)

        imported = self.cli("import", str(article), "--title", hostile, library=path)
        report("`workbench import story.txt --title 'Title ESC]0;pwned BEL ESC[2J CSI31m RLO evil'` (the article "
               "text has an RLO too)", imported, must_show="evil")
        n = imported.out.decode().strip().splitlines()[-1] if imported.code == 0 else "1"
        for args, shows, what in ((("reviews",), "evil", "the title"), (("reviews", "--json"), "evil", "the title"),
                                  (("claims", n), "40 people", "the claims"),
                                  (("claims", n, "--json"), "40 people", "the claims"),
                                  (("report", n, "--format", "md"), "evil", "title and article text")):
            report(f"`workbench {' '.join(args)}` showing {what}", self.cli(*args, library=path), must_show=shows)
        weird = folder / "bad\x1b[31mname\x07.pdf"
        weird.write_bytes(b"%PDF-1.4")
        report("`workbench import 'bad ESC[31m name BEL .pdf'` (a file name with ESC and BEL)",
               self.cli("import", str(weird), library=path), expect_code=1, must_show="bad")
        odd_text = folder / "odd\x1b]0;x\x07name.txt"
        odd_text.write_text("Officials said 12 homes were lost.", encoding="utf-8")
        self.cli("import", str(odd_text), library=path)
        report("`workbench reviews` after importing 'odd ESC]0;x BEL name.txt' (title from the text)",
               self.cli("reviews", library=path))

    # ----------------------------------------------------------------- 13. backups, full disks, 1_0

    def item_13(self) -> None:
        folder = self.folder("13-backups")
        path = folder / "library.sqlite3"
        build = run([PYTHON, "-c", textwrap.dedent("""
            import sys
            from workbench.core.model import Extraction
            from workbench.core.store import Library
            with Library.open(sys.argv[1]) as library:
                for r in range(40):
                    text = " ".join(f"On day {i} of review {r} some {i + 10} people arrived." for i in range(12000))
                    extractions = [Extraction(m, m + 3, text[m:m + 3], "count", 1) for m in range(0, len(text) - 10, 400)]
                    library.create_review(title=f"Long {r}", reviewer="ana", text=text, extractions=extractions)
        """), str(path)], env=self.env, timeout=300)
        if build.code != 0:
            raise RuntimeError(f"could not build the big library: {build.message}")
        backups = folder / "backups"
        before = digest(*library_files(path))
        timed = self.cli("backup", library=path)
        delays = sorted([0.05, 0.1, 0.15, 0.2, 0.3] + [round(f * timed.wall, 3) for f in (0.5, 0.65, 0.8, 0.95)])
        caught, rss, wall = 0, timed.rss_mb, timed.wall
        for delay in delays:
            child = spawn([PYTHON, "-m", "workbench", "--library", str(path), "backup"], env=self.env,
                          log=folder / "killed-backups.log")
            time.sleep(delay)
            if any("partial" in p.name for p in [*folder.iterdir(), *(backups.iterdir() if backups.is_dir() else [])]):
                caught += 1
            rss = max(rss, reap(child, signal.SIGKILL))
        last = self.cli("backup", library=path)
        after = digest(*library_files(path))
        litter = sorted(p.name for p in [*folder.iterdir(), *backups.iterdir()] if "partial" in p.name)
        names = sorted(p.name for p in backups.iterdir())
        unsound = [n for n in names if not n.endswith(".backup") or check_library_file(backups / n)]
        ok = timed.code == 0 and last.code == 0 and not litter and not unsound and before == after
        self.board.check(
            "13", ok,
            f"{len(delays)} `workbench backup` runs of a {path.stat().st_size / 1e6:.0f} MB library SIGKILLed after "
            f"{', '.join(f'{d * 1000:.0f}' for d in delays)} ms (a whole backup takes {timed.wall:.2f} s), then one more",
            f"{caught} kills landed while a .partial copy existed; last backup {last.exit_text()}; "
            f"{len(names)} backups, all sound: {not unsound}; .partial files left: {len(litter)}"
            + (f" ({', '.join(litter[:3])})" if litter else ""),
            hash_state=same(before, after), wall=wall + last.wall, rss_mb=max(rss, last.rss_mb))

        tried = "`workbench restore 1 --yes` on a full disk (a 4 MB tmpfs filled up)"
        if self.mount_problem:
            self.board.skip("13", self.mount_problem, tried)
        else:
            with small_disk(folder / "full-disk", "4m") as disk:
                lib = disk / "library.sqlite3"
                claim_id = small_library(lib, backup=True)[0]
                filler = disk / "filler"
                with contextlib.suppress(OSError), filler.open("wb", buffering=0) as fh:
                    while True:
                        fh.write(b"\0" * 65536)
                        fh.flush()
                before = digest(*library_files(lib))
                ran = self.cli("restore", "1", "--yes", library=lib)
                after = digest(*library_files(lib))
                reading = self.cli("reviews", library=lib)  # what a reader gets while the disk is still full
                filler.unlink()
                status = claim_status(lib, claim_id)
            message = ran.message
            ok = (ran.code == 1 and "full" in message and "not usable" not in message and status == "unchecked"
                  and before == after and not ran.traceback)
            self.board.check("13", ok, tried, f"{ran.exit_text()} “{message}”; with the disk still full, "
                             f"`reviews` gave {reading.exit_text()} “{reading.message}”; once space was freed the "
                             f"library opened with claim {claim_id} {status}", hash_state=same(before, after), ran=ran)

        path = self.folder("13-backups", "ids") / "library.sqlite3"
        with Library.open(path) as library:
            for _ in range(10):
                new_review(library)
        before = digest(*library_files(path))
        ran = self.cli("mark", "1_0", "verified", library=path)
        after = digest(*library_files(path))
        status = claim_status(path, 10)
        ok = ran.code == 2 and "not a whole number" in ran.message and status == "unchecked" and before == after
        self.board.check("13", ok, "`workbench mark 1_0 verified` (int() would read claim 10)",
                         f"{ran.exit_text()} “{ran.message}”; claim 10 is {status}",
                         hash_state=same(before, after), ran=ran)


# --------------------------------------------------------------------------- entry point


def child_environment(base: Path) -> dict[str, str]:
    """Every child sees the same private user folders (the inode-keyed lease locks live in the runtime one)."""
    env = {k: v for k, v in os.environ.items()
           if k.lower() not in ("http_proxy", "https_proxy", "all_proxy", "no_proxy") and k not in ("DISPLAY",
                                                                                                    "QT_QPA_PLATFORM")}
    home = base / "user"
    for name in ("config", "data", "state", "cache", "runtime"):
        (home / name).mkdir(parents=True, exist_ok=True)
    (home / "runtime").chmod(0o700)
    env.update(PYTHONPATH=str(REPO), XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_STATE_HOME=str(home / "state"), XDG_CACHE_HOME=str(home / "cache"),
               XDG_RUNTIME_DIR=str(home / "runtime"), WORKBENCH_LIBRARY=str(home / "default-library.sqlite3"),
               WORKBENCH_REVIEWER="attacker", no_proxy="127.0.0.1,localhost")
    return env


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", help="comma-separated item numbers to replay (default: 1-13)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folders for a look afterwards")
    args = parser.parse_args(argv)
    items = [int(x) for x in args.only.split(",")] if args.only else list(range(1, 14))

    global LAUNCHER
    LAUNCHER = Launcher()
    base = Path(tempfile.mkdtemp(prefix="workbench-attack-"))
    env = child_environment(base)
    os.environ["XDG_RUNTIME_DIR"] = env["XDG_RUNTIME_DIR"]  # this script's own lease probes meet the same locks
    board = Board(base)
    started = time.monotonic()
    display = None
    display_problem = None
    if {1, 3} & set(items):
        display = Display(base)
        display_problem = display.start()
        if display_problem:
            display = None
    mount_problem = can_mount(base) if {11, 13} & set(items) else None
    print(f"Workbench attack replay: {PYTHON} -m workbench from {REPO}; "
          f"window: {'Xvfb ' + display.name if display else display_problem or 'not needed'}; "
          f"mounts: {mount_problem or 'tmpfs available'}; strace: {shutil.which('strace') or 'missing'}")
    board.header()
    attack = Attack(board, base, env, display, display_problem, mount_problem)
    try:
        attack.baseline()
        for item in items:
            try:
                getattr(attack, f"item_{item}")()
            except Exception as exc:  # noqa: BLE001 (a broken attack is a FAILED line, not a crash)
                board.check(str(item), False, f"item {item}", f"the attack itself broke: {exc!r}")
    finally:
        if display is not None:
            display.stop()
        LAUNCHER.close()
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    print(board.summary() + f"; {time.monotonic() - started:.0f} s in all; this script's own peak RSS "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f} MB"
          + (f"; folders kept in {base}" if args.keep else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
