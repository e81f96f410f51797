"""Export a report from the window; change the article's details and publication date."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from tests.gui.helpers import open_dialog, press, wait_dialog
from workbench.core.model import Extraction
from workbench.core.store import Library
from workbench.gui.export_dialog import ExportDialog, name_filter
from workbench.gui.import_dialog import ArticleDetailsDialog
from workbench.gui.tasks import TaskRunner

BACKENDS = ("sqlite", "postgresql")  # every test here runs against both back ends


def _dark_pixels(image) -> int:  # type: ignore[no-untyped-def]
    """How many sampled pixels of a page preview are ink, not paper."""
    return sum(1 for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
               if image.pixelColor(x, y).lightness() < 128)


def test_export_previews_the_report_warns_once_and_remembers_the_folder(window, qtbot, tmp_path, settings,  # type: ignore[no-untyped-def]
                                                                       monkeypatch) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    settings.set("export_folder", str(folder))
    press(qtbot, window.review_page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_dialog(qtbot, ExportDialog)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled() and dialog.page_view.pixmap() is not None
                    and not dialog.page_view.pixmap().isNull())
    assert dialog.warning.isVisible() and "18 claims are still unchecked" in dialog.warning.text()
    assert not dialog.history.isChecked()  # the change history is off unless asked for
    page = dialog.page_view.pixmap().toImage()
    assert page.width() > 500 and page.height() > page.width() and _dark_pixels(page) > 200  # an A4 page

    dialog.format.setCurrentIndex(dialog.format.findData("md"))  # the preview follows the format
    qtbot.waitUntil(lambda: "NATO agrees bigger training mission" in dialog.text_view.toPlainText())
    assert "Appendix: change history" not in dialog.text_view.toPlainText()
    dialog.history.setChecked(True)
    qtbot.waitUntil(lambda: "Appendix: change history" in dialog.text_view.toPlainText())
    dialog.history.setChecked(False)

    dialog.export_button.click()  # no second warning: straight to the save dialog
    files = wait_dialog(qtbot, QFileDialog, "exportFileDialog")
    assert open_dialog(QMessageBox, "confirmExport") is None
    assert files.selectedNameFilter() == name_filter("md") == "Markdown (*.md)"
    assert Path(files.directory().absolutePath()) == folder
    assert files.selectedFiles()[0].endswith(".md")
    elsewhere = tmp_path / "desk"
    elsewhere.mkdir()
    target = elsewhere / "report.md"
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        files.fileSelected.emit(str(target))
        files.close()
    assert "NATO agrees bigger training mission" in target.read_text(encoding="utf-8")
    assert "Appendix: change history" not in target.read_text(encoding="utf-8")
    assert settings.get("export_folder") == str(elsewhere)  # next time the save dialog starts there
    assert dialog.isVisible() and dialog.done_row.isVisible() and str(target) in dialog.result.text()

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog.open_button.click()
    dialog.folder_button.click()
    assert [Path(u.toLocalFile()) for u in opened] == [target, elsewhere]
    dialog.close_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_export_a_pdf_with_its_history(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window.export_report()
    dialog = wait_dialog(qtbot, ExportDialog)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled())
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    dialog.history.setChecked(True)
    target = tmp_path / "report.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        dialog.export_to(target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert dialog.done_row.isVisible()


def _long_review(path: Path, claims: int) -> int:
    sentence = "The council said spending rose to €{n} million in {year}, officials said. "
    text, extractions = "", []
    for i in range(claims):
        piece = sentence.format(n=100 + i, year=2000 + i % 24)
        start = len(text) + piece.index("€")
        end = start + len(f"€{100 + i} million")
        extractions.append(Extraction(start, end, f"€{100 + i} million", "money",
                                      {"amount": (100 + i) * 10**6, "currency": "EUR"}))
        text += piece + ("\n\n" if i % 5 == 4 else "")
    with Library.open(path) as library:
        review_id = library.create_review(title="A long review", reviewer="Amira Haddad", text=text,
                                          extractions=extractions)
        for claim in library.list_claims(review_id)[::3]:
            library.set_claim_status(claim.id, "disputed", actor="Amira Haddad", note="The budget says otherwise.")
        return review_id


def test_a_long_pdf_export_shows_progress_and_the_window_keeps_responding(qapp, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """2,000 claims: the PDF is drawn in a worker; the dialog's progress bar moves and the event loop runs."""
    review_id = _long_review(tmp_path / "long.sqlite3", 2000)
    library = Library.open(tmp_path / "long.sqlite3")
    host = QWidget()  # owns the runner and the dialog, as the main window does
    qtbot.addWidget(host)
    runner = TaskRunner(host)
    dialog = ExportDialog(library, review_id, runner, host)
    dialog.show()
    try:
        qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=20000)
        qtbot.waitUntil(lambda: not runner.busy, timeout=20000)  # the preview is ready
        ticks: list[float] = []
        seen: list[tuple[bool, int, int]] = []
        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(lambda: (ticks.append(time.perf_counter()),
                                       seen.append((dialog.progress.isVisible(), dialog.progress.value(),
                                                    dialog.progress.maximum()))))
        target = tmp_path / "long.pdf"
        timer.start()
        with qtbot.waitSignal(dialog.exported, timeout=120000):
            dialog.export_to(target, "pdf")
            assert dialog.progress.isVisible() and not dialog.export_button.isEnabled()
            dialog.reject()  # closing is refused while the file is being written
            assert dialog.isVisible()
        timer.stop()
        assert target.read_bytes().startswith(b"%PDF-")
        assert not dialog.progress.isVisible() and dialog.done_row.isVisible()
        moving = [value for visible, value, top in seen if visible and top > 0 and value > 0]
        assert len(moving) >= 3 and moving != sorted(moving)[:1] * len(moving)  # the bar moved
        gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
        assert len(ticks) >= 10 and max(gaps) < 1.0  # the window kept drawing all along
    finally:
        runner.wait_for_done()
        library.close()


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
