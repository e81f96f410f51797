"""Bringing an article in: read it (worker), confirm its details (dialog), find its claims (worker), open it.

Also changes the details of the open article; a new publication date re-resolves relative dates in a
worker without touching manual edits or verdicts.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from workbench.core.errors import ImportFailedError, WorkbenchError
from workbench.core.formatting import progress_text
from workbench.core.importers import LoadedArticle, is_web_address, load_article, load_pasted
from workbench.core.services import change_publication_date, import_article
from workbench.gui.ask import ask
from workbench.gui.import_dialog import ArticleDetailsDialog, PasteDialog

if TYPE_CHECKING:
    from workbench.gui.main_window import MainWindow

log = logging.getLogger(__name__)

FILE_FILTER = ("Articles (*.txt *.md *.markdown *.html *.htm *.docx);;Text (*.txt *.md *.markdown);;"
               "Web pages (*.html *.htm);;Word documents (*.docx);;All files (*)")


def sample_article_path() -> Path | None:
    """The seed article shipped beside the package (``seeds/`` in a checkout)."""
    here = Path(__file__).resolve()
    for folder in (here.parents[2] / "seeds", here.parents[1] / "seeds"):
        found = sorted(folder.glob("000_*.txt")) if folder.is_dir() else []
        if found:
            return found[0]
    return None


class ArticleFileDialog(QFileDialog):
    """The Open Article dialog; a web address typed or pasted into its file name box opens that page."""

    web_address_chosen = Signal(str)

    def __init__(self, parent: QWidget, folder: str) -> None:
        super().__init__(parent, "Open Article", folder, FILE_FILTER)
        self.setObjectName("openArticleDialog")
        # Qt's own dialog, so that a typed address reaches accept() instead of the platform's picker.
        self.setOption(QFileDialog.Option.DontUseNativeDialog)
        self.setFileMode(QFileDialog.FileMode.ExistingFile)
        self.setLabelText(QFileDialog.DialogLabel.FileName, "File or web address:")

    def typed_name(self) -> str:
        edit = self.findChild(QLineEdit, "fileNameEdit")
        return edit.text().strip() if edit is not None else ""

    def accept(self) -> None:
        typed = self.typed_name()
        if is_web_address(typed):
            self.web_address_chosen.emit(typed)
            self.done(QDialog.DialogCode.Accepted)
            return
        super().accept()


class ImportFlow(QObject):
    details_dialog_opened = Signal(object)
    """The article details dialog now on screen (tests accept it through this)."""
    imported = Signal(int)
    revised = Signal(int)
    """The open review got a new version of its article."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._last_folder = str(Path.home())

    # -------------------------------------------------------------- starting points

    def choose_file(self) -> ArticleFileDialog:
        dialog = ArticleFileDialog(self.window, self._last_folder)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.import_file)
        dialog.web_address_chosen.connect(self.import_file)
        dialog.open()
        return dialog

    def choose_web_address(self) -> QInputDialog:
        """File ▸ Open Web Address…: an address from the clipboard is offered ready to open."""
        dialog = QInputDialog(self.window)
        dialog.setObjectName("webAddressDialog")
        dialog.setWindowTitle("Open Web Address")
        dialog.setLabelText("The article's web address (http:// or https://):")
        dialog.setOkButtonText("Open")
        clipboard = QGuiApplication.clipboard().text().strip() if QGuiApplication.clipboard() else ""
        dialog.setTextValue(clipboard if is_web_address(clipboard) and "\n" not in clipboard else "https://")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            address = dialog.textValue().strip()
            if not is_web_address(address):
                self.window.show_error(ImportFailedError(
                    f"“{address}” is not a web address; it should start with http:// or https://"))
                return
            self.import_file(address)

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def open_sample(self) -> None:
        path = sample_article_path()
        if path is None:
            self.window.show_error(ImportFailedError("the sample article is not installed with this copy of Workbench"))
            return
        self.import_file(str(path))

    def paste(self, text: str = "") -> PasteDialog:
        dialog = PasteDialog(self.window, text)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            try:
                loaded = load_pasted(dialog.text.toPlainText())
            except ImportFailedError as exc:
                self.window.show_error(exc)
                return
            self.offer_existing_review(loaded)

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def import_file(self, path: str) -> None:
        """Read ``path`` (a file or a web address) in a worker, then ask for its details."""
        if self.window.library is None:
            self.window.show_error(ImportFailedError("no library is open; choose one in Settings first"))
            return
        if is_web_address(path):
            name = path.strip()
        else:
            self._last_folder = str(Path(path).expanduser().parent)
            name = Path(path).name
        self.window.runner.run(lambda: load_article(path), on_done=self.offer_existing_review,
                               on_error=lambda exc: self.window.show_error(exc, doing=f"Importing {name}"),
                               label=f"Reading {name}…")

    # -------------------------------------------------------------- details, then extraction

    def offer_existing_review(self, loaded: LoadedArticle) -> QMessageBox | None:
        """The same article is already under review: offer to open that review instead of a second one."""
        library = self.window.library
        try:
            existing = library.reviews_of_text(loaded.text) if library is not None else []
        except WorkbenchError:
            existing = []
        if not existing:
            self.confirm_details(loaded)
            return None
        review = existing[0]
        progress = progress_text(review.total, review.checked, review.disputed)
        return ask(self.window, "alreadyReviewed", "Article Already in the Library",
                   f"This article is already under review as “{review.title}” ({progress}). Open that review, "
                   "or start a new review of it?",
                   [("Open Review", QMessageBox.ButtonRole.AcceptRole, lambda: self.window.open_review(review.id)),
                    ("New Review", QMessageBox.ButtonRole.YesRole, lambda: self.confirm_details(loaded))],
                   default=0)

    def confirm_details(self, loaded: LoadedArticle) -> ArticleDetailsDialog:
        url = loaded.origin if loaded.origin.startswith(("http://", "https://")) else ""
        dialog = ArticleDetailsDialog(title=loaded.title, published=loaded.published, publisher=loaded.publisher,
                                      url=url, preview=loaded.text, parent=self.window,
                                      found_from=loaded.found_from, warnings=loaded.warnings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.extract_and_store(loaded, dialog.details()))
        dialog.open()
        self.details_dialog_opened.emit(dialog)
        return dialog

    def extract_and_store(self, loaded: LoadedArticle, details: dict[str, str | None]) -> None:
        loaded.title = details["title"] or loaded.title
        loaded.published = details["published"]
        loaded.publisher = details["publisher"] or ""
        if details["origin"]:
            loaded.origin = details["origin"]
        library = self.window.library
        if library is None:
            return
        reviewer = self.window.reviewer
        title = loaded.title

        def done(review_id: int) -> None:
            self.window.open_review(review_id)
            self.window.statusBar().showMessage(f"Imported “{title}”", 6000)
            self.imported.emit(review_id)

        self.window.runner.run(lambda: import_article(library, loaded, reviewer=reviewer), on_done=done,
                               on_error=lambda exc: self.window.show_error(exc, doing=f"Finding the claims in “{title}”"),
                               label="Finding claims…")

    # -------------------------------------------------------------- a revised version of the open article

    def choose_new_version(self) -> ArticleFileDialog | None:
        """File ▸ New Version of Article…: a revised file or web address for the open review."""
        if self.window.session is None:
            return None
        dialog = ArticleFileDialog(self.window, self._last_folder)
        dialog.setWindowTitle("New Version of the Article")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.new_version)
        dialog.web_address_chosen.connect(self.new_version)
        dialog.open()
        return dialog

    def paste_new_version(self) -> PasteDialog | None:
        if self.window.session is None:
            return None
        dialog = PasteDialog(self.window)
        dialog.setWindowTitle("Paste a New Version of the Article")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            try:
                loaded = load_pasted(dialog.text.toPlainText())
            except ImportFailedError as exc:
                self.window.show_error(exc)
                return
            self.revise_with(loaded)

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def new_version(self, path: str) -> None:
        """Read ``path`` (a file or a web address) in a worker, then make it the open review's new version."""
        if not is_web_address(path):
            self._last_folder = str(Path(path).expanduser().parent)
        name = path if is_web_address(path) else Path(path).name
        self.window.runner.run(lambda: load_article(path), on_done=self.revise_with,
                               on_error=lambda exc: self.window.show_error(exc, doing=f"Reading {name}"),
                               label=f"Reading {name}…")

    def revise_with(self, loaded: LoadedArticle) -> None:
        """Re-anchor the claims onto the revised text in a worker; then one undoable command holds it."""
        from workbench.core.services import recheck_text, revise_article
        from workbench.gui.commands import NewVersionCommand

        session = self.window.session
        if session is None:
            return
        if loaded.text == session.article.text:
            self.window.statusBar().showMessage("That is the same text as the current version: nothing to re-check",
                                                8000)
            return
        self.window.review_page.editor.commit_note()
        library, review_id, actor = session.library, session.review_id, self.window.reviewer
        published = loaded.published or session.article.published

        def done(summary: object) -> None:
            if self.window.session is not session:
                return
            session.reload()
            line = summary.line()  # type: ignore[attr-defined]
            self.window.undo_stack.push(NewVersionCommand(session, loaded.text, published, line,
                                                          self.window.review_page._report))
            again = recheck_text(summary.counts)  # type: ignore[attr-defined]
            self.window.statusBar().showMessage(f"Version {summary.version}: {line}."  # type: ignore[attr-defined]
                                                + (f" {again}." if again else ""), 20000)
            self.revised.emit(review_id)

        self.window.runner.run(lambda: revise_article(library, review_id, loaded, actor=actor, published=published),
                               on_done=done,
                               on_error=lambda exc: self.window.show_error(exc, doing="Adding the new version"),
                               label="Re-anchoring the claims on the new version…")

    # -------------------------------------------------------------- the open article's details

    def edit_details(self) -> ArticleDetailsDialog | None:
        session = self.window.session
        if session is None:
            return None
        article = session.article
        dialog = ArticleDetailsDialog(title=session.review.title, published=article.published,
                                      publisher=article.publisher, url=article.origin
                                      if article.origin.startswith(("http://", "https://")) else "",
                                      confirm_text="Save", parent=self.window, republication=True,
                                      republish_on=session.review.republish_on)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_details(dialog.details()))
        dialog.open()
        self.details_dialog_opened.emit(dialog)
        return dialog

    def apply_details(self, details: dict[str, str | None]) -> None:
        """Store new details; a changed publication date re-resolves relative dates in a worker."""
        session = self.window.session
        if session is None:
            return
        from workbench.core.errors import WorkbenchError

        library, review_id, actor = session.library, session.review_id, self.window.reviewer
        fields = {"publisher": details["publisher"] or ""}
        if details["origin"] or session.article.origin.startswith(("http://", "https://")):
            fields["origin"] = details["origin"] or ""
        try:
            if details["title"] and details["title"] != session.review.title:
                session.rename(details["title"])
                library.update_article_metadata(review_id, actor=actor, title=details["title"])
            library.update_article_metadata(review_id, actor=actor, **fields)
            if details.get("republish_on") != session.review.republish_on:
                again = details.get("republish_on")
                session.set_republication_date(dt.date.fromisoformat(again) if again else None)
        except WorkbenchError as exc:
            self.window.show_error(exc)
            return
        if details["published"] == session.article.published:
            session.reload()
            self.window._update_title()
            return

        def done(changed: int) -> None:
            if self.window.session is session:
                session.reload()
                self.window._update_title()
            self.window.statusBar().showMessage(
                f"Publication date changed; {changed} relative date{'s' if changed != 1 else ''} worked out again", 8000)

        self.window.runner.run(
            lambda: change_publication_date(library, review_id, details["published"], actor=actor), on_done=done,
            on_error=lambda exc: self.window.show_error(exc, doing="Changing the publication date"),
            label="Working out relative dates again…")
