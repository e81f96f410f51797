"""The editor's desk (issue 10): a keyboard flow that never eats a keystroke, corrections shown as such,
web addresses from the window, stable numbers, undo notices, layout at 1280×800 and readable dark colours."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLineEdit

from tests.gui.conftest import SEED_TEXT
from tests.gui.helpers import press, wait_dialog
from workbench.core.store import Library
from workbench.gui.import_dialog import ArticleDetailsDialog
from workbench.gui.import_flow import ArticleFileDialog
from workbench.gui.settings_dialog import ReviewerDialog, SettingsDialog
from workbench.gui.source_dialog import SourceDialog
from workbench.gui.theme import DARK, LIGHT, colour_pairs, contrast, palette

BACKENDS = ("sqlite", "postgresql")  # every test here runs against both back ends

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def current_text(window) -> str:  # type: ignore[no-untyped-def]
    return window.review_page.current_claim().text


# ---------------------------------------------------------------------- 1-2. focus never traps a keystroke


def test_enter_after_editing_a_value_gives_the_keyboard_back_to_the_list(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.review_page
    claim_id = page.current_claim_id()
    press(qtbot, page.table, K.Key_F2)
    assert page.editor.value.hasFocus()
    page.editor.value.selectAll()
    qtbot.keyClicks(page.editor.value, "2018-W07")
    qtbot.keyClick(page.editor.value, K.Key_Return)
    assert page.table.hasFocus()
    assert window.library.get_claim(claim_id).value == "2018-W07"
    qtbot.keyClick(page.table, K.Key_V)  # a command again, not a letter in the field
    claim = window.library.get_claim(claim_id)
    assert (claim.value, claim.status) == ("2018-W07", "verified")


def test_escape_puts_the_value_back_and_leaves_the_field(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.review_page
    claim_id = page.current_claim_id()
    before = window.library.get_claim(claim_id).value
    press(qtbot, page.table, K.Key_F2)
    qtbot.keyClicks(page.editor.value, "junk")
    qtbot.keyClick(page.editor.value, K.Key_Escape)
    assert page.table.hasFocus()
    assert window.library.get_claim(claim_id).value == before
    assert "junk" not in page.editor.value.text()
    assert window.undo_stack.count() == 0


def test_moving_to_another_claim_never_keeps_the_keyboard_in_a_field(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.review_page
    first = page.current_claim_id()
    press(qtbot, page.table, K.Key_N)
    qtbot.keyClicks(page.editor.note, "Checked with AFP")
    qtbot.keyClick(page.editor.note, K.Key_Down, CTRL)  # next claim, from inside the note
    assert page.current_claim_id() != first
    assert page.table.hasFocus()
    assert window.library.get_claim(first).note == "Checked with AFP"
    second = page.current_claim_id()
    qtbot.keyClick(page.table, K.Key_J)
    assert page.current_claim_id() != second
    assert window.library.get_claim(second).note == ""  # nothing typed into it by accident


def test_validation_messages_are_plain_text(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.review_page
    press(qtbot, page.table, K.Key_F2)
    page.editor.value.selectAll()
    qtbot.keyClicks(page.editor.value, "2018-W07v")
    message = page.editor.value_preview.text()
    assert "'2018-W07v'" in message and "&#x27;" not in message and "&" not in message
    assert page.editor.value_preview.textFormat() == Qt.TextFormat.PlainText


# ---------------------------------------------------------------------- 4. corrections


def test_a_corrected_value_keeps_what_the_article_says_and_a_disputed_claim_takes_the_correct_figure(  # type: ignore[no-untyped-def]
        window, qtbot) -> None:
    page = window.review_page
    money = next(c for c in page.session.claims.values() if c.text == "$88 billion")
    page.select_claim(money.id)
    press(qtbot, page.table, K.Key_F2)
    page.editor.value.selectAll()
    qtbot.keyClicks(page.editor.value, "US$90 billion")
    qtbot.keyClick(page.editor.value, K.Key_Return)
    stored = window.library.get_claim(money.id)
    assert stored.value["amount"] == 90e9 and stored.original_value["amount"] == 88e9
    assert page.editor.article_says.isVisible()
    assert "$88 billion" in page.editor.article_says.text()
    assert not page.editor.correction.isVisible()
    window.review_page.advance_after_verdict = False
    qtbot.keyClick(page.table, K.Key_D)
    assert page.editor.correction.isVisible()
    page.editor.correction.setFocus()
    qtbot.keyClicks(page.editor.correction, "US$88.2 billion, per the planning ministry")
    qtbot.keyClick(page.editor.correction, K.Key_Return)
    assert window.library.get_claim(money.id).correction == "US$88.2 billion, per the planning ministry"
    assert page.table.hasFocus()


# ---------------------------------------------------------------------- 5. web addresses


class _Pages(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        body = ("<html><head><title>NATO agrees bigger training mission</title></head><body><article>"
                "<h1>NATO agrees bigger training mission</h1><p>" + SEED_TEXT.read_text(encoding="utf-8")[:1500]
                + "</p></article></body></html>").encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/story.html"
    server.shutdown()


def _imported_from(qtbot, window, address: str) -> None:  # type: ignore[no-untyped-def]
    details = wait_dialog(qtbot, ArticleDetailsDialog)
    assert details.url.text() == address
    details.accept()
    qtbot.waitUntil(lambda: window.session is not None and window.session.article.origin == address, timeout=20000)


def test_file_open_web_address(make_window, site, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.actions["open_web_address"].shortcut() == QKeySequence("Ctrl+Shift+O")
    QGuiApplication.clipboard().setText(site)
    window.actions["open_web_address"].trigger()
    dialog = wait_dialog(qtbot, QInputDialog, "webAddressDialog")
    assert dialog.textValue() == site  # offered from the clipboard
    dialog.accept()
    _imported_from(qtbot, window, site)


def test_a_web_address_typed_into_open_article(make_window, site, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.actions["open_article"].trigger()
    dialog = wait_dialog(qtbot, ArticleFileDialog)
    dialog.findChild(QLineEdit, "fileNameEdit").setText(site)
    dialog.accept()
    _imported_from(qtbot, window, site)


def test_a_web_address_dropped_on_the_window(make_window, site, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    data = QMimeData()
    data.setUrls([QUrl(site)])
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    _imported_from(qtbot, window, site)


# ---------------------------------------------------------------------- 6. verify and advance


def test_v_marks_and_goes_on_to_the_next_unchecked_with_context_in_view(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.review_page
    window.resize(1280, 800)
    qtbot.wait(50)
    first = page.current_claim_id()
    qtbot.keyClick(page.table, K.Key_J)
    qtbot.keyClick(page.table, K.Key_V)  # the second claim; then on to the third
    assert page.table.currentIndex().row() == 2
    qtbot.keyClick(page.table, K.Key_K)
    qtbot.keyClick(page.table, K.Key_K)
    assert page.current_claim_id() == first
    qtbot.keyClick(page.table, K.Key_V)  # goes to the next *unchecked* one, past the one verified
    assert window.library.get_claim(first).status == "verified"
    row = page.table.currentIndex().row()
    assert row == 2
    for _ in range(9):
        qtbot.keyClick(page.table, K.Key_D)
    row = page.table.currentIndex().row()
    viewport = page.table.viewport().rect()
    for ahead in (1, 2):
        assert viewport.contains(page.table.visualRect(page.proxy.index(row + ahead, 0)).center()), ahead


def test_a_setting_keeps_the_verdict_keys_on_the_claim(make_window, seed_review_id, settings, qtbot) -> None:  # type: ignore[no-untyped-def]
    settings.set("last_review", seed_review_id)
    settings.set("advance_after_verdict", False)
    window = make_window()
    page = window.review_page
    first = page.current_claim_id()
    qtbot.keyClick(page.table, K.Key_V)
    assert page.current_claim_id() == first


# ---------------------------------------------------------------------- 7. shortcuts, undo, delete


def test_the_search_box_lets_window_shortcuts_through(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.review_page
    qtbot.keyClick(page.table, K.Key_F, CTRL)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "billion")
    qtbot.keyClick(page.search, K.Key_Escape)
    assert page.search.text() == "" and page.search.hasFocus()
    qtbot.keyClick(page.search, K.Key_Escape)
    assert page.table.hasFocus()
    page.focus_search()
    qtbot.keyClicks(page.search, "billion")
    qtbot.keyClick(page.search, K.Key_Down)
    assert page.table.hasFocus() and 0 < page.proxy.rowCount() < page.model.rowCount()
    page.focus_search()
    qtbot.keyClick(page.search, K.Key_E, CTRL)
    dialog = wait_dialog(qtbot, QDialog, "exportDialog")
    qtbot.waitUntil(lambda: not window.runner.busy)
    dialog.reject()


def test_ctrl_z_in_a_field_undoes_the_typing_and_in_the_list_the_last_action(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.review_page
    claim_id = page.current_claim_id()
    qtbot.keyClick(page.table, K.Key_V)
    press(qtbot, page.table, K.Key_F2)
    typed_before = page.editor.value.text()
    qtbot.keyClicks(page.editor.value, "xyz")
    qtbot.keyClick(page.editor.value, K.Key_Z, CTRL)
    assert page.editor.value.text() != typed_before + "xyz"
    assert window.library.get_claim(claim_id).status == "verified"  # the verdict was not undone
    qtbot.keyClick(page.editor.value, K.Key_Escape)
    qtbot.keyClick(page.table, K.Key_Z, CTRL)
    assert window.library.get_claim(claim_id).status == "unchecked"


def test_delete_asks_nothing_and_offers_the_undo_in_the_status_bar(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.review_page
    claim = page.current_claim()
    qtbot.keyClick(page.table, K.Key_D, CTRL)
    assert claim.id in page.session.claims, "Ctrl+D must not delete"
    qtbot.keyClick(page.table, K.Key_Delete)
    assert claim.id not in page.session.claims
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert window.undo_notice.text() == f"Deleted claim {claim.number} “{claim.text}” — Undo"
    window.undo_notice.button.click()
    assert claim.id in page.session.claims
    assert not window.undo_notice.isVisible()


# ---------------------------------------------------------------------- 8. readable shortcuts, filters, dates


def test_shortcuts_read_as_people_say_them(window) -> None:  # type: ignore[no-untyped-def]
    table = window.actions.shortcut_table()
    keys = ", ".join(row[2] for row in table)
    assert "F14" not in keys and "Ctrl++" not in keys and "Ctrl+Plus" in keys
    assert dict((row[1], row[2]) for row in table)["Keyboard Shortcuts"] == "F1"


def test_ctrl_k_drops_the_kind_filter_down(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.review_page
    qtbot.keyClick(page.table, K.Key_K, CTRL)
    qtbot.waitUntil(lambda: page.kind_filter.view().isVisible())
    view = page.kind_filter.view()
    qtbot.keyClick(view, K.Key_Down)
    qtbot.keyClick(view, K.Key_Return)
    assert page.proxy.kinds == {"date"}


def test_add_source_tabs_through_whole_fields_and_reads_dates_as_written(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.review_page
    qtbot.keyClick(page.table, K.Key_S)
    dialog = wait_dialog(qtbot, SourceDialog)
    order = []
    widget = dialog.citation
    for _ in range(4):
        order.append(widget)
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
    assert order == [dialog.citation, dialog.title, dialog.publisher, dialog.accessed.edit]
    assert widget is dialog.excerpt  # after the date, straight to the excerpt: no day/month/year stops
    dialog.citation.setText("https://example.org/statement")
    dialog.accessed.edit.setText("Tue 9 Sep 2024")
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    assert dialog.accessed.error.isVisible() and "Monday" in dialog.accessed.error.text()
    dialog.accessed.edit.setText("Mon 9 Sep 2024")
    assert dialog.source().accessed == "2024-09-09"
    dialog.reject()


# ---------------------------------------------------------------------- 9-10. numbers, trash, settings


def test_adding_a_claim_keeps_every_other_number(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.review_page
    before = {c.id: c.number for c in page.session.claims.values()}
    text = page.session.article.text
    start = text.index("second day")
    page.article_view.select_span(start, start + len("second day"))
    press(qtbot, page.article_view, K.Key_A)
    added = page.current_claim()
    assert added.number == max(before.values()) + 1
    shown = {page.model.claim_at(r).id: page.model.index(r, 0).data() for r in range(page.model.rowCount())}
    assert all(shown[claim_id] == str(number) for claim_id, number in before.items())


def test_trash_can_be_undone_and_the_start_page_says_what_it_holds(window, library_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_library()
    page = window.library_page
    review = page.selected_review()
    page.trash_selected()
    assert "Trash" in window.undo_notice.text()
    window.show_start_page()
    assert "1 review in the Trash" in window.start_page.no_recent.text()
    window.undo_notice.button.click()
    with Library.open(library_path, read_only=True) as check:
        assert check.get_review(review.id).state == "open"


def test_settings_show_the_library_actually_open(make_window, settings, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from workbench.gui.app import create_window

    other = tmp_path / "elsewhere.sqlite3"
    window = create_window(library_path=str(other), settings=settings)
    qtbot.addWidget(window)
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    assert str(other) in dialog.open_library.text()
    dialog.reject()
    window.close()
    window.library.close()


def test_the_first_start_asks_for_a_name_never_a_login(qtbot, settings_path, library_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from workbench.gui.app import create_window
    from workbench.gui.settings import Settings

    monkeypatch.delenv("WORKBENCH_REVIEWER", raising=False)
    fresh = Settings(settings_path + ".first")
    window = create_window(library_path=str(library_path), settings=fresh)
    qtbot.addWidget(window)
    dialog = wait_dialog(qtbot, ReviewerDialog)
    assert dialog.name.text().lower() != "root"
    dialog.name.setText("Amira Haddad")
    dialog.accept()
    assert window.reviewer == "Amira Haddad"
    window.close()
    window.library.close()


# ---------------------------------------------------------------------- 11-12. layout and colours


def test_at_1280_by_800_a_dozen_rows_the_note_and_the_sources_column_are_in_view(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(1280, 800)
    qtbot.wait(100)
    page = window.review_page
    rows = page.table.viewport().height() // page.table.verticalHeader().defaultSectionSize()
    assert rows >= 12
    scroll = page.editor.parentWidget().parentWidget()
    note_bottom = page.editor.note.mapTo(page.editor, QPoint(0, page.editor.note.height())).y()
    assert note_bottom <= scroll.viewport().height() + 4, "the note needs scrolling to reach"
    header = page.table.horizontalHeader()
    sources = page.model.SOURCES
    assert header.sectionViewportPosition(sources) + header.sectionSize(sources) <= page.table.viewport().width()
    assert header.sectionSize(sources) >= header.sectionSizeHint(sources)


def test_a_window_saved_on_a_bigger_screen_comes_back_whole(make_window, settings, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = make_window()
    first.resize(5000, 4000)
    first.move(3000, 2000)
    first.save_window_state()
    first.close()
    second = make_window()
    available = second.screen().availableGeometry()
    assert available.contains(second.frameGeometry()) or second.width() <= available.width()
    assert second.width() <= available.width() and second.height() <= available.height()


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_every_colour_pair_is_readable(theme) -> None:  # type: ignore[no-untyped-def]
    poor = [(what, round(contrast(fg, bg), 2)) for what, fg, bg in colour_pairs(theme) if contrast(fg, bg) < 4.5]
    assert poor == []


def test_view_theme_switches_the_whole_window(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.review_page
    claim_id = next(iter(page.session.claims))
    window.actions["theme_dark"].trigger()
    try:
        assert palette() is DARK
        assert QApplication.palette().color(QApplication.palette().ColorRole.Base).lightness() < 80
        assert page.article_view.drawn_background(claim_id) in {c.lower() for c in DARK.status_background.values()}
        assert window.settings.get("theme") == "dark"
    finally:
        window.actions["theme_light"].trigger()
    assert palette() is LIGHT


# ---------------------------------------------------------------------- 3. publication dates from Word files


def _word_story(tmp_path: Path, **props: object) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("Council votes on the budget", level=1)
    document.add_paragraph("The council met on 14 February 2018 and voted 7-2 for the plan last month.")
    for key, value in props.items():
        setattr(document.core_properties, key, value)
    path = tmp_path / "story.docx"
    document.save(path)
    return path


def test_a_word_file_made_from_a_template_does_not_prefill_its_date(make_window, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    window = make_window(file=str(_word_story(tmp_path, created=dt.datetime(2013, 5, 2, 8, 0),
                                              modified=dt.datetime(2018, 2, 15, 10, 0))))
    dialog = wait_dialog(qtbot, ArticleDetailsDialog)
    assert dialog.date_unknown.isChecked(), "the template's 2013 creation date must not become the date"
    assert dialog.origins["title"].text() == "From the document's first heading"
    assert not dialog.origins["published"].isVisible()
    dialog.reject()
    window.close()


def test_the_details_dialog_says_where_a_credible_date_came_from(make_window, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    make_window(file=str(_word_story(tmp_path, created=dt.datetime(2018, 2, 15, 9, 0),
                                     modified=dt.datetime(2018, 2, 15, 11, 0))))
    dialog = wait_dialog(qtbot, ArticleDetailsDialog)
    assert not dialog.date_unknown.isChecked() and dialog.published.date() == dt.date(2018, 2, 15)
    assert dialog.origins["published"].text() == "From the file's properties"
    dialog.reject()
