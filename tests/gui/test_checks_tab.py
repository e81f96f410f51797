"""The Checks tab (issue 14): the story's arithmetic and calendar checked against itself, beside the claims
and the dated wording; highlighted together in the article, dismissed with a reason or disputed with one
key, every decision undoable, stored at once and still there when the review is opened again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.helpers import open_dialog, wait_dialog
from workbench.core.importers import load_article
from workbench.core.services import import_article, review_checks
from workbench.core.store import Library
from workbench.gui.checks import ChecksModel, DismissCheckDialog
from workbench.gui.claims_model import ClaimsTableModel
from workbench.gui.theme import DARK, LIGHT, palette

BACKENDS = ("sqlite", "postgresql")  # every test here runs against both back ends

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

FILLER = ("Volunteers spent the night clearing mud and branches from the streets around the market, "
          "and the shops on the high road stayed shut while the water went down.\n\n")
STORY = ("Council approves flood relief after storm\n\n"
         "The city council met on Tuesday, 15 February 2018, to approve emergency relief for families hit "
         "by the storm.\n\n"
         + FILLER * 14
         + "Of the 30 injured, 12 were children and 20 adults, the fire service said.\n\n"
         "The relief fund will pay out over three years, the council said.\n")
WEEKDAY = "15 February 2018 was a Thursday, but the text says Tuesday"
PARTS = "12 + 20 = 32, but the total given is 30"


@pytest.fixture
def story_review(library_path: Path, tmp_path: Path) -> int:
    """The story imported as a user would (real importer and extractor): a wrong weekday, parts that
    do not add up to their total."""
    path = tmp_path / "flood.txt"
    path.write_text(STORY, encoding="utf-8")
    loaded = load_article(path)
    loaded.published = "2018-02-16"
    with Library.open(library_path) as library:
        return import_article(library, loaded, reviewer="tester")


@pytest.fixture
def window(make_window, story_review, settings):  # type: ignore[no-untyped-def]
    settings.set("last_review", story_review)
    return make_window()


def open_checks(window, qtbot):  # type: ignore[no-untyped-def]
    """Ctrl+Shift+C from the claims, as a person would; returns the review page."""
    page = window.review_page
    qtbot.keyClick(page.table, K.Key_C, CTRL | SHIFT)
    assert page.showing_checks() and page.checks.table.hasFocus()
    return page


def tab_title(page) -> str:  # type: ignore[no-untyped-def]
    return page.side_tabs.tabText(page.side_tabs.indexOf(page.checks)).replace("&", "")


def shown(page) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    model = page.checks.model
    return [tuple(model.index(r, c).data() for c in (ChecksModel.RULE, ChecksModel.MESSAGE, ChecksModel.DECISION))
            for r in range(model.rowCount())]


def claim_status_in_table(page, claim_id: int) -> str:  # type: ignore[no-untyped-def]
    return page.model.index(page.model.row_of(claim_id), ClaimsTableModel.STATUS).data()


def go_to(page, qtbot, rule: str) -> None:  # type: ignore[no-untyped-def]
    """Walk the list with J/K to the check of ``rule``."""
    for _ in range(page.checks.model.rowCount()):
        if page.checks.current_check().finding.rule == rule:
            return
        qtbot.keyClick(page.checks.table, K.Key_J)
    assert page.checks.current_check().finding.rule == rule


def test_a_weekday_and_a_parts_error_show_two_checks_in_words(window, qtbot, story_review) -> None:  # type: ignore[no-untyped-def]
    page = window.review_page
    assert tab_title(page) == "Checks (2)"
    page = open_checks(window, qtbot)
    assert shown(page) == [("Weekday and date", WEEKDAY, "Open"), ("Parts and total", PARTS, "Open")]
    # The same findings and claims as the command line's `workbench check REVIEW` (read from the file).
    stored = review_checks(window.library, story_review)
    assert [(r.finding.key, r.claim_ids) for r in page.checks.model.checks()] == \
           [(r.finding.key, r.claim_ids) for r in stored]
    details = page.checks.details
    assert details.heading.text() == "Weekday and date" and details.message.text() == WEEKDAY
    assert details.claims.text().startswith("In the article: “Tuesday, 15 February 2018”")
    for label in (details.heading, details.message, details.claims, details.expected, details.decided):
        assert label.textFormat() == Qt.TextFormat.PlainText and "&" not in label.text()


def test_selecting_a_check_fills_all_its_claims_together_and_brings_them_into_view(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_checks(window, qtbot)
    view = page.article_view
    assert view.current_check_spans() == [(STORY.index("Tuesday"), STORY.index("2018,") + 4)]
    bar = view.verticalScrollBar()
    assert bar.value() == 0  # the weekday is in the second paragraph
    qtbot.keyClick(page.checks.table, K.Key_J)
    parts = STORY.index("Of the 30")
    spans = view.current_check_spans()
    assert [STORY[a:b] for a, b in spans] == ["30", "12", "20 adults"]
    assert all(a > parts for a, _b in spans)
    assert bar.value() > 0  # scrolled down to them
    bar.setValue(0)
    qtbot.keyClick(page.checks.table, K.Key_Return)  # Enter brings them back into view
    assert bar.value() > 0
    qtbot.keyClick(page.checks.table, K.Key_K)
    assert [STORY[a:b] for a, b in view.current_check_spans()] == ["Tuesday, 15 February 2018"]
    # Only while the list is shown: back on the claims, nothing of the checks is drawn.
    page.show_checks(False)
    assert view.current_check_spans() == []
    page.show_checks(True)
    window.actions["theme_dark"].trigger()  # and in the dark theme, in its own colours
    try:
        assert palette() is DARK
        assert len(view.current_check_spans()) == 1
        drawn = [s.format.background().color().name() for s in view.extraSelections()
                 if s.format.background().style() != Qt.BrushStyle.NoBrush]
        assert DARK.check_background.lower() in drawn and LIGHT.check_background.lower() not in drawn
    finally:
        window.actions["theme_light"].trigger()


def test_dismiss_asks_for_a_reason_stores_it_and_undo_takes_it_back(window, qtbot, story_review) -> None:  # type: ignore[no-untyped-def]
    page = open_checks(window, qtbot)
    go_to(page, qtbot, "parts_total")
    key = page.checks.current_check().finding.key
    # Escape cancels: nothing stored, nothing to undo.
    qtbot.keyClick(page.checks.table, K.Key_X)
    dialog = wait_dialog(qtbot, DismissCheckDialog)
    qtbot.waitUntil(lambda: dialog.reason.hasFocus())
    qtbot.keyClicks(dialog.reason, "maybe")
    qtbot.keyClick(dialog.reason, K.Key_Escape)
    qtbot.waitUntil(lambda: open_dialog(DismissCheckDialog) is None and page.checks.table.hasFocus())
    assert window.library.check_decisions(story_review) == [] and window.undo_stack.count() == 0
    # A reason is required: Enter on an empty one does nothing.
    qtbot.keyClick(page.checks.table, K.Key_X)
    dialog = wait_dialog(qtbot, DismissCheckDialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClick(dialog.reason, K.Key_Return)
    assert dialog.isVisible()
    # Letters that are shortcuts outside (J, K, X, D, O) are typed into the reason, never taken as commands.
    reason = "the total includes 2 unidentified, per the fire desk; odd, kept"
    qtbot.keyClicks(dialog.reason, reason)
    assert dialog.reason.text() == reason and page.checks.current_check().finding.key == key
    qtbot.keyClick(dialog.reason, K.Key_Return)
    qtbot.waitUntil(lambda: open_dialog(DismissCheckDialog) is None and page.checks.table.hasFocus())
    [stored] = window.library.check_decisions(story_review)
    assert (stored.key, stored.decision, stored.reason, stored.decided_by) == (key, "dismissed", reason, "tester")
    assert "check.decide" in {e.action for e in window.library.events(review_id=story_review)}
    assert shown(page)[1][2] == "Dismissed" and tab_title(page) == "Checks (1 open)"
    assert window.undo_stack.count() == 1 and "Dismiss" in window.undo_stack.undoText()
    qtbot.keyClick(page.checks.table, K.Key_Z, CTRL)
    assert window.library.check_decisions(story_review) == []
    assert shown(page)[1][2] == "Open" and tab_title(page) == "Checks (2)"
    qtbot.keyClick(page.checks.table, K.Key_Z, CTRL | SHIFT)  # redo stores it again
    assert [d.reason for d in window.library.check_decisions(story_review)] == [reason]


def test_dispute_marks_every_claim_and_undo_gives_each_its_verdict_back(make_window, settings, story_review,  # type: ignore[no-untyped-def]
                                                                       qtbot) -> None:
    with Library.open(settings.library_path) as library:
        row = next(r for r in review_checks(library, story_review) if r.finding.rule == "parts_total")
        thirty = next(c for c in library.list_claims(story_review) if c.text == "30")
        library.set_claim_status(thirty.id, "verified", actor="Amira Haddad", note="Fire service log.")
    assert len(row.claim_ids) >= 3 and thirty.id in row.claim_ids
    settings.set("last_review", story_review)
    window = make_window()
    page = open_checks(window, qtbot)
    go_to(page, qtbot, "parts_total")
    before = {i: (c.status, c.note) for i, c in ((i, window.library.get_claim(i)) for i in row.claim_ids)}
    qtbot.keyClick(page.checks.table, K.Key_V)  # a claim key: off on the checks, nothing marked
    assert {i: window.library.get_claim(i).status for i in row.claim_ids} == {i: s for i, (s, _n) in before.items()}
    qtbot.keyClick(page.checks.table, K.Key_D)
    for claim_id in row.claim_ids:
        claim = window.library.get_claim(claim_id)
        assert claim.status == "disputed" and PARTS in claim.note
        assert claim_status_in_table(page, claim_id) == "Disputed"  # the claims table shows it at once
    assert window.library.get_claim(thirty.id).note.startswith("Fire service log.")
    [stored] = window.library.check_decisions(story_review)
    assert (stored.key, stored.decision) == (row.finding.key, "disputed")
    assert shown(page)[1][2] == "Disputed"
    assert window.undo_stack.count() == 1  # one key, one undoable step
    qtbot.keyClick(page.checks.table, K.Key_Z, CTRL)
    assert {i: (window.library.get_claim(i).status, window.library.get_claim(i).note) for i in row.claim_ids} == before
    assert claim_status_in_table(page, thirty.id) == "Verified"
    assert all(claim_status_in_table(page, i) == "Unchecked" for i in row.claim_ids if i != thirty.id)
    assert window.library.check_decisions(story_review) == [] and shown(page)[1][2] == "Open"


def test_o_opens_a_decided_check_again(window, qtbot, story_review) -> None:  # type: ignore[no-untyped-def]
    page = open_checks(window, qtbot)
    assert not window.actions["lens_reopen"].isEnabled()  # nothing decided yet
    page.checks.details.dismiss_button.click()
    dialog = wait_dialog(qtbot, DismissCheckDialog)
    qtbot.keyClicks(dialog.reason, "dateline says Tuesday")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: open_dialog(DismissCheckDialog) is None and page.checks.table.hasFocus())
    qtbot.keyClick(page.checks.table, K.Key_K)  # back to it (the list went on to the next open check)
    assert shown(page)[0][2] == "Dismissed" and window.actions["lens_reopen"].isEnabled()
    qtbot.keyClick(page.checks.table, K.Key_O)
    assert window.library.check_decisions(story_review) == [] and shown(page)[0][2] == "Open"
    assert "check.undecide" in {e.action for e in window.library.events(review_id=story_review)}
    window.undo_stack.undo()
    assert [d.decision for d in window.library.check_decisions(story_review)] == ["dismissed"]


def test_correcting_a_figure_works_the_checks_out_again(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.review_page
    thirty = next(c for c in page.session.claims.values() if c.text == "30")
    page.update_fields(thirty.id, {"value": 32})  # the editor corrects the total
    assert tab_title(page) == "Checks (1)"
    assert [row[0] for row in shown(page)] == ["Weekday and date"]
    window.undo_stack.undo()
    assert tab_title(page) == "Checks (2)"


def test_decisions_survive_reopening_the_review(window, make_window, qtbot, story_review) -> None:  # type: ignore[no-untyped-def]
    page = open_checks(window, qtbot)
    qtbot.keyClick(page.checks.table, K.Key_X)
    dialog = wait_dialog(qtbot, DismissCheckDialog)
    qtbot.keyClicks(dialog.reason, "the dateline gives Tuesday")
    qtbot.keyClick(dialog.reason, K.Key_Return)
    qtbot.waitUntil(lambda: open_dialog(DismissCheckDialog) is None and page.checks.table.hasFocus())
    go_to(page, qtbot, "parts_total")
    qtbot.keyClick(page.checks.table, K.Key_D)
    window.close()
    window.library.close()
    window.library = None
    again = make_window(fresh_settings=True)
    page = again.review_page
    assert tab_title(page) == "Checks (2 decided)"
    assert [row[2] for row in shown(page)] == ["Dismissed", "Disputed"]
    page.show_checks()
    assert page.checks.details.decided.text().startswith("Dismissed by tester")
    assert page.checks.details.decided.text().endswith(": the dateline gives Tuesday")
    parts = page.checks.model.check_at(1)
    assert all(page.session.claims[i].status == "disputed" for i in parts.claim_ids)
    assert QApplication.activeModalWidget() is None


def test_a_decision_made_from_the_command_line_shows_in_the_open_window(window, settings, story_review) -> None:  # type: ignore[no-untyped-def]
    page = window.review_page
    row = page.session.checks[0]
    with Library.open(settings.library_path) as other:  # another program: `workbench check REVIEW 1 dismiss`
        other.decide_check(story_review, rule=row.finding.rule, spans=row.finding.spans, decision="dismissed",
                           actor="Amira Haddad", message=row.finding.message, reason="dateline", expected_version=0)
    notes = page.session.take_outside_changes()  # what the library watcher calls on a change
    assert any("Amira Haddad decided on a consistency check" in n for n in notes)
    assert shown(page)[0][2] == "Dismissed" and tab_title(page) == "Checks (1 open)"


def test_leaving_a_field_for_the_checks_never_types_a_key_into_it(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.review_page
    claim_id = page.current_claim_id()
    qtbot.keyClick(page.table, K.Key_N)
    qtbot.keyClicks(page.editor.note, "Asked the fire service")
    assert page.editor.note.hasFocus()
    bar = page.side_tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(page.side_tabs.indexOf(page.checks)).center())
    assert page.showing_checks() and page.checks.table.hasFocus()
    qtbot.keyClick(page.checks.table, K.Key_J)  # a command on the list, not a letter in the note
    assert page.checks.current_check().finding.rule == "parts_total"
    assert window.library.get_claim(claim_id).note == "Asked the fire service"
    qtbot.keyClick(page.checks.table, K.Key_C, Qt.KeyboardModifier.AltModifier)  # Alt+C: the claims again
    assert not page.showing_checks()
    qtbot.keyClick(page.table, K.Key_S, Qt.KeyboardModifier.AltModifier)  # Alt+S: the tab's own key, no menu's
    assert page.showing_checks() and page.checks.table.hasFocus()
