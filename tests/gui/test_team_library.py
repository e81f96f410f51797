"""Issue 15, the window side: a team on one PostgreSQL library. Every window edits (no lease), sees the
others' changes within a second with who made them, never loses an edit to a conflict, shows who is in
which review, and rides out a server restart or a network cut without losing what it acknowledged."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.gui.conftest import close_windows, create_seed_review, show_window
from tests.gui.tcp_proxy import TcpProxy
from workbench.core.store import Library
from workbench.gui.library_view import ReviewsModel

AMIRA = "Amira Haddad"
BEN = "Ben Okafor"


@pytest.fixture
def library_path(pg_library_url: str) -> str:
    """The window tests' library is a database of its own on the test server."""
    return pg_library_url


@pytest.fixture
def seed_review_id(library_path: str) -> int:
    with Library.open(library_path) as library:
        return create_seed_review(library)


@pytest.fixture
def open_window(qtbot, settings) -> Iterator[Callable]:  # type: ignore[no-untyped-def]
    """``open_window(reviewer, location=None)``: a window of its own (own settings) on the library."""

    from workbench.gui.app import application, create_window
    from workbench.gui.settings import Settings

    application()
    made = []

    def make(reviewer: str, location: str | None = None, review_id: int | None = None):  # type: ignore[no-untyped-def]
        own = Settings(settings.file_name.replace(".ini", f"-{len(made)}.ini"))
        own.set("reviewer", reviewer)
        own.set("last_review", review_id or 0)
        own.sync()
        window = show_window(qtbot, create_window(library_path=location or settings.library_path,
                                                  reviewer=reviewer, settings=own))
        window.runner.wait_for_done(10000)
        made.append(window)
        return window

    yield make
    close_windows(made)


def _on_claim(window, claim_id: int) -> None:  # type: ignore[no-untyped-def]
    window.review_page.select_claim(claim_id)
    assert window.review_page.current_claim().id == claim_id


def _stored(location: str, claim_id: int):  # type: ignore[no-untyped-def]
    with Library.open(location) as library:
        return library.get_claim(claim_id)


def test_two_windows_on_one_server_library_both_edit_and_see_each_other_live(  # type: ignore[no-untyped-def]
        open_window, seed_review_id, library_path, qtbot, fault_outcome) -> None:
    amira = open_window(AMIRA, review_id=seed_review_id)
    ben = open_window(BEN, review_id=seed_review_id)
    for window in (amira, ben):
        assert not window.library.read_only and window.library.backend == "postgresql"
        assert not window.read_only_badge.isVisible() and window.actions["mark_verified"].isEnabled()
        assert window.watcher.live  # the change feed, not the poll
        assert "(PostgreSQL)" in window.windowTitle() and window.library.location in window.windowTitle()
        assert window.library_label.text().startswith("PostgreSQL · ")
        assert window.library.location in window.library_label.toolTip()
    first, second = sorted(amira.session.claims)[:2]
    _on_claim(amira, first)
    started = time.monotonic()
    amira.actions["mark_disputed"].trigger()
    qtbot.waitUntil(lambda: ben.session.claims[first].status == "disputed", timeout=1000)
    seen = time.monotonic() - started
    assert ben.review_page.model.claim_at(ben.review_page.model.row_of(first)).status == "disputed"
    assert AMIRA in ben.statusBar().currentMessage() and "disputed" in ben.statusBar().currentMessage()
    _on_claim(ben, second)
    ben.review_page.editor.note.setPlainText("the ministry's figure is 3,600")
    ben.review_page.editor.commit_note()
    qtbot.waitUntil(lambda: amira.session.claims[second].note == "the ministry's figure is 3,600", timeout=1000)
    assert BEN in amira.statusBar().currentMessage()
    assert _stored(library_path, first).status == "disputed"
    fault_outcome(f"two windows on one PostgreSQL library, both editing: Amira's verdict shown in Ben's window "
                  f"{seen * 1000:.0f} ms after she pressed D (“{ben.statusBar().currentMessage()}”); Ben's note "
                  "reached Amira's window too")


def test_a_conflicting_edit_is_said_and_loses_nothing(  # type: ignore[no-untyped-def]
        open_window, seed_review_id, library_path, qtbot, fault_outcome) -> None:
    amira = open_window(AMIRA, review_id=seed_review_id)
    ben = open_window(BEN, review_id=seed_review_id)
    claim_id = min(amira.session.claims)
    ben.watcher.stop()  # Ben's window has not taken in Amira's change yet
    _on_claim(amira, claim_id)
    amira.actions["mark_disputed"].trigger()
    _on_claim(ben, claim_id)
    ben.actions["mark_verified"].trigger()  # made on a stale copy: refused, not written over hers
    message = ben.statusBar().currentMessage()
    assert AMIRA in message and "not applied" in message
    assert _stored(library_path, claim_id).status == "disputed"
    assert ben.session.claims[claim_id].status == "disputed"  # the window shows her verdict now
    assert ben.review_page.editor.status_buttons["disputed"].isChecked()
    ben.actions["mark_verified"].trigger()  # a fresh edit on what he now sees goes through
    assert _stored(library_path, claim_id).status == "verified"
    fault_outcome(f"a stale window's verdict on a claim a colleague had just marked: refused and said "
                  f"(“{message}”); her verdict kept, his next edit applied")


def test_the_library_shows_who_is_working_on_which_review(  # type: ignore[no-untyped-def]
        open_window, seed_review_id, library_path, qtbot, fault_outcome) -> None:
    with Library.open(library_path) as library:
        other = create_seed_review(library, title="Another story")
    amira = open_window(AMIRA, review_id=seed_review_id)
    ben = open_window(BEN)
    ben.show_library()
    assert not ben.library_page.table.isColumnHidden(ReviewsModel.EDITORS)
    model = ben.library_page.model

    def editors(review_id: int) -> str:
        row = next(r for r in range(model.rowCount()) if model.review_at(r).id == review_id)
        return model.data(model.index(row, ReviewsModel.EDITORS)) or ""

    qtbot.waitUntil(lambda: editors(seed_review_id) == AMIRA, timeout=8000)
    assert editors(other) == ""
    ben.open_review(seed_review_id)
    qtbot.waitUntil(lambda: amira.presence_label.text() == f"Also here: {BEN}", timeout=8000)
    assert ben.presence_label.text() == f"Also here: {AMIRA}"
    amira.close_review()
    qtbot.waitUntil(lambda: not ben.presence_label.isVisible(), timeout=8000)
    fault_outcome(f"presence: Ben's library list said “{AMIRA}” beside the review she had open within the "
                  "presence refresh (3 s); the status bars said “Also here: …” while both were in it")


def test_a_server_restart_while_editing_reconnects_and_the_edit_lands(  # type: ignore[no-untyped-def]
        open_window, seed_review_id, library_path, pg_cluster, qtbot, fault_outcome) -> None:
    amira = open_window(AMIRA, review_id=seed_review_id)
    first, second = sorted(amira.session.claims)[:2]
    pg_cluster.restart()  # a quick restart: the next write finds a new connection by itself
    _on_claim(amira, first)
    amira.actions["mark_verified"].trigger()
    assert _stored(library_path, first).status == "verified"
    pg_cluster.stop_server()
    try:
        _on_claim(amira, second)
        amira.review_page.editor.note.setPlainText("checked against the NATO communiqué")
        amira.review_page.editor.commit_note()  # the server is away: the edit is held, not dropped
        qtbot.waitUntil(lambda: amira.offline, timeout=3000)
        assert amira.statusBar().currentMessage().startswith("Reconnecting to the library server")
        assert not amira.actions["mark_verified"].isEnabled() and not amira.review_page.editor.isEnabled()
        assert amira.connection.held == 1
        qtbot.wait(1500)  # several attempts while it is down; the window keeps drawing
        assert amira.connection.attempts >= 2 and amira.offline
    finally:
        pg_cluster.start_server()
    qtbot.waitUntil(lambda: not amira.offline, timeout=10000)
    qtbot.waitUntil(lambda: "Reconnected" in amira.statusBar().currentMessage(), timeout=2000)
    said = amira.statusBar().currentMessage()
    assert _stored(library_path, second).note == "checked against the NATO communiqué"
    assert _stored(library_path, first).status == "verified"
    assert amira.actions["mark_verified"].isEnabled() and amira.review_page.editor.isEnabled()
    fault_outcome(f"server restarted while a window was editing: the next write reconnected by itself; with the "
                  f"server stopped the window said “Reconnecting…”, held the note, tried {amira.connection.attempts} "
                  f"times, then “{said}” and the note was in the library")


def test_a_network_cut_is_ridden_out_and_the_held_edit_lands(  # type: ignore[no-untyped-def]
        open_window, seed_review_id, library_path, pg_cluster, qtbot, fault_outcome) -> None:
    database = urlsplit(library_path).path.lstrip("/")
    proxy = TcpProxy("127.0.0.1", pg_cluster.port)
    try:
        amira = open_window(AMIRA, location=pg_cluster.tcp_url(database, port=proxy.port), review_id=seed_review_id)
        ben = open_window(BEN, review_id=seed_review_id)  # on the server directly: not cut off
        claim_id = min(amira.session.claims)
        _on_claim(amira, claim_id)
        proxy.cut_network()
        amira.actions["mark_disputed"].trigger()  # sent into the cut: held
        qtbot.waitUntil(lambda: amira.offline, timeout=3000)
        assert "Reconnecting" in amira.statusBar().currentMessage()
        assert _stored(library_path, claim_id).status == "unchecked"
        qtbot.wait(800)
        proxy.restore_network()
        qtbot.waitUntil(lambda: not amira.offline, timeout=10000)
        qtbot.waitUntil(lambda: _stored(library_path, claim_id).status == "disputed", timeout=3000)
        qtbot.waitUntil(lambda: ben.session.claims[claim_id].status == "disputed", timeout=2000)
        assert amira.session.claims[claim_id].status == "disputed"
        said = amira.statusBar().currentMessage()
        # and it is live again: Ben's change reaches Amira through the new feed
        _on_claim(ben, claim_id)
        ben.actions["mark_verified"].trigger()
        qtbot.waitUntil(lambda: amira.session.claims[claim_id].status == "verified", timeout=2000)
    finally:
        proxy.close()
    fault_outcome(f"network cut (a local proxy dropping every connection) under an editing window: “Reconnecting…”, "
                  f"the verdict made into the cut was held and landed after the network came back (“{said}”); "
                  "live updates resumed")


def test_settings_open_a_server_library_by_url_or_service_and_never_store_a_password(  # type: ignore[no-untyped-def]
        tmp_path, pg_cluster, library_path, seed_review_id, settings, qtbot, monkeypatch, fault_outcome) -> None:
    from tests.gui.helpers import wait_dialog
    from workbench.gui.app import create_window
    from workbench.gui.settings import Settings
    from workbench.gui.settings_dialog import SettingsDialog

    file_library = tmp_path / "mine.sqlite3"
    settings.set("library_path", str(file_library))
    settings.sync()
    monkeypatch.delenv("WORKBENCH_LIBRARY", raising=False)  # the library is the one chosen in Settings
    window = create_window(settings=settings)  # on the file, as before
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    assert window.library.backend == "sqlite" and window.library_page.table.isColumnHidden(ReviewsModel.EDITORS)
    assert window.library_label.text() == "mine.sqlite3" and "PostgreSQL" not in window.windowTitle()

    window.actions["settings"].trigger()
    dialog = wait_dialog(qtbot, SettingsDialog)
    dialog.use_server.setChecked(True)
    dialog.server.setText("postgresql://amira:s3cret@db.example/newsroom")
    dialog.accept()  # refused: the dialog stays open and says why
    assert dialog.isVisible() and "password" in dialog.server_result.text() and ".pgpass" in dialog.server_result.text()
    refused = dialog.server_result.text()
    assert "s3cret" not in Path(settings.file_name).read_text(encoding="utf-8")

    database = urlsplit(library_path).path.lstrip("/")
    dialog.server.setText(pg_cluster.tcp_url("no_such_library"))
    assert not dialog.test_connection()
    assert dialog.server_result.text().startswith("Cannot connect: ") and "no_such_library" in dialog.server_result.text()
    missing = dialog.server_result.text()

    service_file = tmp_path / "pg_service.conf"
    service_file.write_text(f"[newsroom]\nhost=127.0.0.1\nport={pg_cluster.port}\ndbname={database}\nuser=postgres\n",
                            encoding="utf-8")
    monkeypatch.setenv("PGSERVICEFILE", str(service_file))
    dialog.server.setText("newsroom")
    assert dialog.test_connection(), dialog.server_result.text()
    assert "1 review" in dialog.server_result.text() and "editing allowed" in dialog.server_result.text()
    found = dialog.server_result.text()
    dialog.accept()
    assert not dialog.isVisible()
    stored = Settings(settings.file_name)
    assert stored.get("library_kind") == "server" and stored.get("library_server") == "newsroom"
    assert window.library.backend == "postgresql" and not window.library.read_only
    assert "(PostgreSQL)" in window.windowTitle() and window.library_label.text().startswith("PostgreSQL · ")
    window.show_library()
    assert window.library_page.model.rowCount() == 1 and not window.library_page.table.isColumnHidden(ReviewsModel.EDITORS)
    window.close()
    window.library.close()
    fault_outcome(f"Settings ▸ Library ▸ Server: a URL with a password refused (“{refused[:70]}…”); a missing "
                  f"database: “{missing[:90]}…”; the service “newsroom”: “{found}”, and the window switched to it")


def test_a_role_that_may_only_read_opens_the_window_read_only_and_says_why(  # type: ignore[no-untyped-def]
        open_window, seed_review_id, library_path, pg_cluster, qtbot, fault_outcome) -> None:
    database = urlsplit(library_path).path.lstrip("/")
    pg_cluster.sql("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'desk_reader') THEN "
                   "CREATE ROLE desk_reader LOGIN; END IF; END $$")
    with Library.open(library_path) as library:
        library.grant("desk_reader", read_only=True)
    reader = open_window(BEN, location=pg_cluster.url(database, user="desk_reader"), review_id=seed_review_id)
    assert reader.library.read_only and reader.read_only_badge.isVisible()
    assert "desk_reader" in reader.read_only_badge.toolTip()
    assert not reader.actions["mark_verified"].isEnabled() and not reader.review_page.editor.isEnabled()
    assert reader.session is not None  # it can still read the review
    fault_outcome(f"a role granted read-only: the window opened the library read-only and said "
                  f"“{reader.read_only_badge.toolTip()}”")
