"""Export a report from the window; change the article's details and publication date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from tests.gui.helpers import press, wait_dialog
from workbench.gui.export_dialog import ExportDialog
from workbench.gui.import_dialog import ArticleDetailsDialog


def test_export_warns_about_unchecked_claims_and_writes_in_a_worker(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, window.review_page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_dialog(qtbot, ExportDialog)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled())
    assert "NATO agrees bigger training mission" in dialog.preview.toPlainText()
    assert dialog.warning.isVisible() and "18 claims are still unchecked" in dialog.warning.text()
    dialog.export_button.click()
    box = wait_dialog(qtbot, QMessageBox, "confirmExport")
    box.button(QMessageBox.StandardButton.Cancel).click()
    target = tmp_path / "report.html"
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        dialog.export_to(target, "html")
    assert "NATO agrees bigger training mission" in target.read_text(encoding="utf-8")


def test_export_a_pdf(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window.export_report()
    dialog = wait_dialog(qtbot, ExportDialog)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled())
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    target = tmp_path / "report.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        dialog.export_to(target)
    assert target.read_bytes().startswith(b"%PDF-")


def test_a_new_publication_date_reresolves_relative_dates_only(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.review_page
    claims = {c.text: c for c in page.session.claims.values()}
    last_month = claims["last month"]
    weeks = sorted((c for c in page.session.claims.values() if c.text == "this week"), key=lambda c: c.start)
    page.select_claim(last_month.id)
    press(qtbot, page.table, Qt.Key.Key_V)
    page.update_fields(weeks[0].id, {"value": "2018-W06"})  # an editor's correction

    press(qtbot, page.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_dialog(qtbot, ArticleDetailsDialog)
    assert dialog.published.date() == dt.date(2018, 2, 15)
    dialog.published.set_date(dt.date(2018, 3, 15))
    dialog.publisher.setText("Gulf News (Dubai)")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: page.session.article.published == "2018-03-15" and not window.runner.busy, timeout=20000)
    library = window.library
    assert library.get_claim(last_month.id).value == "2018-02"
    assert library.get_claim(last_month.id).status == "verified"
    assert library.get_claim(weeks[0].id).value == "2018-W06"
    assert library.get_claim(weeks[1].id).value == "2018-W11"
    assert page.model.index(page.model.row_of(last_month.id), 3).data() == "February 2018"
    assert "Gulf News (Dubai)" in page.article_meta.text()
    assert "Thu 15 Mar 2018" in page.article_meta.text()
