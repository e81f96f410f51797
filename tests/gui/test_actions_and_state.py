"""Every command sits in a menu with its shortcut and a tooltip; edits undo; layout and progress persist."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from tests.gui.helpers import press
from workbench.gui.actions import MENUS, menu_entries
from workbench.gui.commands import NOTE_MERGE_ID

BACKENDS = ("sqlite", "postgresql")  # every test here runs against both back ends


def test_every_action_is_in_a_menu_with_a_tooltip_and_no_shortcut_clashes(window) -> None:  # type: ignore[no-untyped-def]
    in_menus = {action_id for _title, ids in MENUS for action_id in menu_entries(ids)}
    assert set(window.actions.ids()) == in_menus
    seen: dict[str, str] = {}
    for action in window.actions:
        assert action.toolTip() and action.statusTip(), action.objectName()
        for sequence in action.shortcuts():
            key = sequence.toString()
            assert key not in seen, f"{key} is used by {seen[key]} and {action.objectName()}"
            seen[key] = action.objectName()
    assert window.actions["undo"].shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.actions["find"].shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert window.actions["open_article"].shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert "(V)" in window.actions["mark_verified"].toolTip()


def test_value_edits_undo_and_note_typing_is_one_undo_step(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.review_page
    claim_id = page.current_claim_id()
    page.update_fields(claim_id, {"value": "2018-02-14"})
    assert page.model.index(0, 3).data() == "Wed 14 Feb 2018"
    press(qtbot, page.table, Qt.Key.Key_N)
    for word in ("Checked ", "with ", "the ", "ministry."):
        qtbot.keyClicks(page.editor.note, word)
        page.editor.commit_note()  # as the idle timer would
    assert window.undo_stack.count() == 2
    assert window.undo_stack.command(1).id() == NOTE_MERGE_ID
    assert window.library.get_claim(claim_id).note == "Checked with the ministry."
    window.undo_stack.undo()
    assert window.library.get_claim(claim_id).note == ""
    assert page.editor.note.toPlainText() == ""
    window.undo_stack.undo()
    assert window.library.get_claim(claim_id).value == "2018-02-15"
    assert page.model.index(0, 3).data() == "Thu 15 Feb 2018"
    assert window.actions["undo"].isEnabled() is False


def test_a_review_with_nothing_left_to_check_is_ready(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.review_page
    assert not window.ready_badge.isVisible()
    for _ in range(18):
        press(qtbot, page.table, Qt.Key.Key_V)  # each V goes on to the next unchecked claim
    assert window.progress_label.text() == "18 of 18 checked"
    assert window.ready_badge.isVisible()
    window.show_start_page()
    assert "ready" in window.start_page.recent.item(0).text()


def test_window_geometry_and_splitters_are_remembered(window, make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(760, 700)  # the offscreen screen is 800 x 800
    window.review_page.main_splitter.setSizes([300, 460])
    sizes = window.review_page.main_splitter.sizes()
    window.close()
    again = make_window(fresh_settings=True)
    assert again.size().width() == 760
    assert again.review_page.main_splitter.sizes() == sizes


def test_closing_never_asks_and_keeps_the_note_being_typed(window, make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.review_page
    claim_id = page.current_claim_id()
    press(qtbot, page.table, Qt.Key.Key_N)
    qtbot.keyClicks(page.editor.note, "typed just before closing")
    press(qtbot, page.editor.note, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    again = make_window(fresh_settings=True)
    assert again.library.get_claim(claim_id).note == "typed just before closing"


def test_right_click_on_the_article_offers_add_claim(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication, QMenu

    view = window.review_page.article_view
    point = QPoint(60, 60)
    view.contextMenuEvent(QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, view.mapToGlobal(point)))
    menu = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible())
    assert menu.actions()[0] is window.actions["add_claim"]
    assert any(a.text().replace("&", "").startswith("Copy") for a in menu.actions())
    menu.close()
    assert window.actions["mark_verified"] in window.review_page.table.actions()
