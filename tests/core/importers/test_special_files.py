"""Named pipes, devices and sockets given as the article are refused at once, never opened for reading."""

from __future__ import annotations

import contextlib
import os
import socket
import threading
from pathlib import Path

import pytest

from workbench.core.errors import ImportFailedError
from workbench.core.importers import load_article

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX special files")


def _load_within(path: Path, seconds: float = 5) -> BaseException | None:
    """Run ``load_article(path)`` in a thread; fail the test (and unblock it) if it hangs."""
    outcome: list[BaseException | None] = []

    def work() -> None:
        try:
            load_article(path)
        except BaseException as exc:  # noqa: BLE001 (handed back to the test)
            outcome.append(exc)
        else:
            outcome.append(None)

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        with contextlib.suppress(OSError):  # a writer that closes at once: the blocked reader sees the end
            os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
        thread.join(seconds)
        pytest.fail(f"load_article({path.name}) hung on a named pipe")
    return outcome[0]


def test_a_named_pipe_is_refused_without_hanging(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    os.mkfifo(path)
    error = _load_within(path)
    assert isinstance(error, ImportFailedError)
    assert str(error) == "x.txt is not a regular file (a named pipe); choose an article file"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_is_refused_without_reading_it() -> None:
    with pytest.raises(ImportFailedError) as info:
        load_article("/dev/zero")
    assert str(info.value) == "zero is not a regular file (a device); choose an article file"


def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(path))
        with pytest.raises(ImportFailedError) as info:
            load_article(path)
    finally:
        server.close()
    assert str(info.value) == "s.txt is not a regular file (a socket); choose an article file"


def test_a_link_to_a_named_pipe_is_refused_too(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "story.md"
    link.symlink_to(fifo)
    error = _load_within(link)
    assert isinstance(error, ImportFailedError)
    assert "story.md is not a regular file (a named pipe)" in str(error)


def test_a_named_pipe_as_sidecar_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Headline\n\nThe council voted 4.5 million.\n", encoding="utf-8")
    os.mkfifo(tmp_path / "story.meta.json")
    error = _load_within(path)
    assert error is None
