"""A revised article in the window: a new version re-anchors the claims, says what needs re-checking, is
one undoable command; earlier versions stay readable; What Changed walks the differences."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import SEED_TEXT
from tests.gui.helpers import wait_dialog
from workbench.core.importers import load_pasted
from workbench.gui.revision_views import VersionDialog, WhatChangedDialog

BACKENDS = ("sqlite", "postgresql")  # every test here runs against both back ends


def test_a_new_version_carries_verdicts_and_undo_brings_the_old_one_back(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.review_page
    claim_id = next(c.id for c in page.session.claims.values() if c.text == "1,350 people")
    page.select_claim(claim_id)
    window.review_page.advance_after_verdict = False
    qtbot.keyClick(page.table, Qt.Key.Key_V)
    first = next(c for c in page.session.claims.values() if c.text == "$88 billion")
    page.select_claim(first.id)
    qtbot.keyClick(page.table, Qt.Key.Key_V)
    text = SEED_TEXT.read_text(encoding="utf-8").replace("1,350 people", "1,200 people")
    window.imports.revise_with(load_pasted(text))
    qtbot.waitUntil(lambda: window.session.article.version == 2 and not window.runner.busy, timeout=20000)
    claims = list(window.session.claims.values())
    changed = next(c for c in claims if c.text == "1,200 people")
    assert changed.revision == "changed" and changed.status == "unchecked"
    money = next(c for c in claims if c.text == "$88 billion")
    assert money.status == "verified" and money.revision == "unchanged"
    assert "need re-checking: 1 changed" in window.progress_label.text()  # and the people the labels lacked, new
    assert "Version 2" in window.progress_label.text()
    page.select_claim(changed.id)
    assert page.editor.revision_note.isVisible() and "was “1,350 people”" in page.editor.revision_note.text()
    assert window.actions["what_changed"].isEnabled()
    window.actions["what_changed"].trigger()
    dialog = wait_dialog(qtbot, WhatChangedDialog)
    assert len(dialog.changes) == 1 and "1,350" in dialog.list.item(0).text()
    qtbot.keyClick(dialog.list, Qt.Key.Key_J)
    dialog.reject()
    old = window.show_version(1)
    assert isinstance(old, VersionDialog) and "1,350 people" in old.view.toPlainText()
    old.reject()
    window.actions["undo"].trigger()
    assert window.session.article.version == 1
    back = next(c for c in window.session.claims.values() if c.text == "1,350 people")
    assert back.status == "verified" and back.revision is None
    window.actions["redo"].trigger()
    assert window.session.article.version == 2
