"""An editor checks the seed article from the keyboard, closes the window and finds everything as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.gui.conftest import SEED_TEXT, SEED_TITLE
from tests.gui.helpers import press, wait_dialog, window_title
from workbench.gui.claims_model import ClaimIdRole, ClaimsTableModel
from workbench.gui.import_dialog import ArticleDetailsDialog
from workbench.gui.source_dialog import SourceDialog
from workbench.gui.theme import STATUS_LOOKS

BACKENDS = ("sqlite", "postgresql")  # every test here runs against both back ends

K = Qt.Key


def current_text(window) -> str:  # type: ignore[no-untyped-def]
    index = window.review_page.table.currentIndex()
    return index.siblingAtColumn(ClaimsTableModel.TEXT).data()


def test_the_seed_review_shows_every_claim_with_its_value(window) -> None:  # type: ignore[no-untyped-def]
    page = window.review_page
    assert window.windowTitle() == window_title(window, SEED_TITLE)
    assert page.model.rowCount() == 18
    values = {page.model.index(r, ClaimsTableModel.VALUE).data() for r in range(18)}
    assert {"Thu 15 Feb 2018", "more than US$88 billion", "1,350 people", "3 years", "Week 7, 2018",
            "January 2018"} <= values
    assert window.progress_label.text() == "0 of 18 checked"
    drawn = {page.article_view.drawn_background(c) for c in page.session.claims}
    assert drawn == {STATUS_LOOKS["unchecked"].background.lower()}  # every claim highlighted as unchecked
    assert page.article_view.toPlainText() == SEED_TEXT.read_text(encoding="utf-8")


def test_walk_mark_source_undo_redo_by_keyboard(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.review_page
    table = page.table
    assert current_text(window) == "Thursday"
    for _ in range(9):
        press(qtbot, table, K.Key_J)
    assert current_text(window) == "$88 billion"
    press(qtbot, table, K.Key_K)
    press(qtbot, table, K.Key_J)
    assert current_text(window) == "$88 billion"
    claim_id = page.current_claim_id()
    assert page.article_view.current_claim() == claim_id
    assert page.editor.claim().id == claim_id

    press(qtbot, table, K.Key_S)
    dialog = wait_dialog(qtbot, SourceDialog)
    qtbot.keyClicks(dialog.citation, "https://www.reuters.com/article/iraq-reconstruction")
    qtbot.keyClicks(dialog.title, "Iraq says reconstruction will cost $88 billion")
    qtbot.keyClicks(dialog.publisher, "Reuters")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: len(page.session.claims[claim_id].sources) == 1)
    assert page.model.index(table.currentIndex().row(), ClaimsTableModel.SOURCES).data() == "1"
    assert page.editor.sources.count() == 1

    press(qtbot, table, K.Key_N)
    assert page.editor.note.hasFocus()
    qtbot.keyClicks(page.editor.note, "Figure from the Kuwait donor conference.")
    press(qtbot, page.editor.note, K.Key_Return, Qt.KeyboardModifier.ControlModifier)  # stores it, back to the list
    assert table.hasFocus()

    press(qtbot, table, K.Key_V)  # the verdict, then on to the next unchecked claim
    assert page.session.claims[claim_id].status == "verified"
    assert window.progress_label.text() == "1 of 18 checked"
    assert current_text(window) == "this week", "V goes on to the next unchecked claim"
    library = window.library
    stored = library.get_claim(claim_id)
    assert stored.status == "verified" and stored.marked_by == "tester"
    assert stored.note == "Figure from the Kuwait donor conference."
    assert [s.citation for s in stored.sources] == ["https://www.reuters.com/article/iraq-reconstruction"]

    press(qtbot, table, K.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the verdict
    assert library.get_claim(claim_id).status == "unchecked"
    assert current_text(window) == "$88 billion", "undo brings the claim it changed into view"
    assert window.progress_label.text() == "0 of 18 checked"
    press(qtbot, table, K.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the note
    assert library.get_claim(claim_id).note == ""
    press(qtbot, table, K.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the source
    assert library.get_claim(claim_id).sources == []
    for _ in range(3):
        press(qtbot, table, K.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    stored = library.get_claim(claim_id)
    assert (stored.status, len(stored.sources), stored.note) == ("verified", 1, "Figure from the Kuwait donor conference.")


def test_add_a_missed_claim_from_a_selection_and_delete_it(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.review_page
    text = page.session.article.text
    start = text.index("second day")
    page.article_view.select_span(start, start + len("second day"))
    press(qtbot, page.article_view, K.Key_A)
    assert page.model.rowCount() == 19
    claim = page.current_claim()
    assert (claim.text, claim.origin, claim.start) == ("second day", "manual", start)
    assert current_text(window) == "second day"
    page.editor.kind.setCurrentIndex(page.editor.kind.findData("date"))
    page.editor.kind.activated.emit(page.editor.kind.currentIndex())
    assert window.library.get_claim(claim.id).kind == "date"
    page.editor.value.setFocus()
    page.editor.value.clear()
    qtbot.keyClicks(page.editor.value, "16 Feb 2018")
    qtbot.keyClick(page.editor.value, K.Key_Return)
    assert window.library.get_claim(claim.id).value == "2018-02-16"
    assert page.editor.value_preview.text() == "= Fri 16 Feb 2018"

    press(qtbot, page.table, K.Key_Delete)
    assert page.model.rowCount() == 18
    assert claim.id not in page.session.claims
    press(qtbot, page.table, K.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == 19
    assert window.library.get_claim(claim.id).value == "2018-02-16"


def test_a_bad_value_is_refused_with_a_reason(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.review_page
    claim = page.current_claim()
    page.editor.value.setFocus()
    page.editor.value.selectAll()
    qtbot.keyClicks(page.editor.value, "the thirtieth of Febtober")
    assert "not a date" in page.editor.value_preview.text()
    qtbot.keyClick(page.editor.value, K.Key_Return)
    assert window.library.get_claim(claim.id).value == "2018-02-15"


def test_filters_by_status_and_kind(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.review_page
    press(qtbot, page.table, K.Key_D)
    press(qtbot, page.table, K.Key_J)
    press(qtbot, page.table, K.Key_V)
    press(qtbot, page.table, K.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert page.proxy.rowCount() == 1
    assert window.actions["filter_disputed"].isChecked()
    press(qtbot, page.table, K.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert page.proxy.rowCount() == 16
    page.set_kind_filter("money")
    assert page.proxy.rowCount() == 2
    assert {page.proxy.index(r, ClaimsTableModel.TEXT).data() for r in range(2)} == {"$88 billion", "$1 billion"}
    press(qtbot, page.table, K.Key_0, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.proxy.rowCount() == 18
    assert window.progress_label.text() == "2 of 18 checked · 1 disputed"


def test_find_filters_claims_and_moves_through_the_article(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.review_page
    press(qtbot, page.table, K.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "this week")
    qtbot.keyClick(page.search, K.Key_Return)
    shown = [page.proxy.index(r, ClaimsTableModel.TEXT).data() for r in range(page.proxy.rowCount())]
    assert shown == ["this week", "$88 billion", "this week"], "the claims, or the sentences around them, match"
    first = page.article_view.textCursor().position()
    qtbot.keyClick(page.search, K.Key_Return)
    assert page.article_view.textCursor().position() > first


def test_clicking_a_highlight_selects_its_claim(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.review_page
    view = page.article_view
    target = next(c for c in page.session.claims.values() if c.text == "1,350 people")
    view.scroll_to_claim(target.id)
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(view.document())
    cursor.setPosition(target.start + 2)
    point = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert page.current_claim_id() == target.id
    assert view.claim_at(point) == target.id
    assert "1,350 people" in view.tooltip_for(target.id)


def test_everything_is_there_after_closing_and_starting_again(window, make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.review_page
    press(qtbot, page.table, K.Key_J)
    press(qtbot, page.table, K.Key_D)  # disputed, and on to the next unchecked claim
    press(qtbot, page.table, K.Key_K)
    press(qtbot, page.table, K.Key_N)
    qtbot.keyClicks(page.editor.note, "The meeting ended on Thursday 15 Feb.")
    window.main_splitter_sizes = page.main_splitter.sizes()
    window.close()  # never asks: the note being typed is stored on the way out
    again = make_window(fresh_settings=True)
    assert again.windowTitle() == window_title(again, SEED_TITLE)
    claim = again.review_page.session.claims[page.model.claim_at(1).id]
    assert (claim.status, claim.note) == ("disputed", "The meeting ended on Thursday 15 Feb.")
    assert again.progress_label.text() == "1 of 18 checked · 1 disputed"


def test_import_the_seed_through_the_real_extractor(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(file=str(SEED_TEXT))
    dialog = wait_dialog(qtbot, ArticleDetailsDialog)
    assert dialog.title.text() == SEED_TITLE
    assert dialog.published.date().isoformat() == "2018-02-15"
    assert dialog.publisher.text() == "Gulf News"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=20000)
    page = window.review_page
    assert page.model.rowCount() >= 15
    texts = {page.model.index(r, ClaimsTableModel.TEXT).data() for r in range(page.model.rowCount())}
    assert {"$88 billion", "1,350 people"} <= texts
    assert window.windowTitle() == window_title(window, SEED_TITLE)
    assert page.table.currentIndex().data(ClaimIdRole) is not None


def test_opening_an_article_already_under_review_offers_that_review(make_window, seed_review_id, library_path,  # type: ignore[no-untyped-def]
                                                                    qtbot) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = make_window()
    window.imports.import_file(str(SEED_TEXT))
    box = wait_dialog(qtbot, QMessageBox, "alreadyReviewed")
    assert SEED_TITLE in box.text() and "0 of 18 checked" in box.text()
    next(b for b in box.buttons() if b.text() == "Open Review").click()
    qtbot.waitUntil(lambda: window.session is not None and window.session.review_id == seed_review_id)
    assert [r.id for r in window.library.list_reviews()] == [seed_review_id]  # no second review

    window.imports.import_file(str(SEED_TEXT))  # the editor may still want a fresh review of it
    box = wait_dialog(qtbot, QMessageBox, "alreadyReviewed")
    next(b for b in box.buttons() if b.text() == "New Review").click()
    details = wait_dialog(qtbot, ArticleDetailsDialog)
    details.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: len(window.library.list_reviews()) == 2, timeout=20000)
