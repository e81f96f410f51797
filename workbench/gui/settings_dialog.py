"""The Settings dialog: reviewer name, library (a file, or a server), text size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.core.errors import WorkbenchError
from workbench.core.identity import default_reviewer, full_name
from workbench.core.store import Library
from workbench.gui.server import has_password, is_server_location, server_target
from workbench.gui.settings import Settings


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName("muted")
    return label


class ReviewerDialog(QDialog):
    """Asked once, on the first start: the name printed on verdicts and reports (never a login like "root")."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewerDialog")
        self.setWindowTitle("Welcome to Workbench")
        self.settings = settings
        intro = _muted("Your name is recorded on every verdict you give and printed in the reports you export. "
                       "You can change it later in Settings.")
        self.name = QLineEdit(full_name())
        self.name.setObjectName("reviewerName")
        self.name.setPlaceholderText("e.g. Amira Haddad")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Start")
        buttons.accepted.connect(self.accept)
        self.name.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        self.ok.setEnabled(bool(self.name.text().strip()))
        form = QFormLayout()
        form.addRow("Your &name:", self.name)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(440, self.sizeHint().height())

    def accept(self) -> None:
        name = self.name.text().strip()
        if not name:
            return
        self.settings.set("reviewer", name)
        self.settings.sync()
        super().accept()


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None, *, open_library: str | None = None,
                 reviewer_override: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle("Settings")
        self.settings = settings
        form = QFormLayout()
        self.reviewer = QLineEdit(settings.get("reviewer") if settings.is_set("reviewer") else "")
        self.reviewer.setObjectName("reviewer")
        self.reviewer.setPlaceholderText(default_reviewer())
        self.reviewer.setToolTip("Your name, as it is recorded on every verdict and printed in reports")
        self.library_path = QLineEdit(settings.library_path)
        self.library_path.setObjectName("libraryPath")
        browse = QPushButton("Choose…")
        browse.clicked.connect(self._browse)
        library_row = QHBoxLayout()
        library_row.addWidget(self.library_path, 1)
        library_row.addWidget(browse)
        self.text_size = QSpinBox()
        self.text_size.setObjectName("textSize")
        self.text_size.setRange(8, 32)
        self.text_size.setSuffix(" pt")
        self.text_size.setValue(settings.text_size)
        self.advance = QCheckBox("After V or D, go on to the next unchecked claim")
        self.advance.setObjectName("advanceAfterVerdict")
        self.advance.setChecked(settings.get("advance_after_verdict"))
        form.addRow("&Reviewer name:", self.reviewer)
        if reviewer_override:
            form.addRow("", _muted(f"This window records verdicts as “{reviewer_override}” (--reviewer)."))
        self.use_file = QRadioButton("A &file on this computer")
        self.use_file.setObjectName("useLibraryFile")
        self.use_server = QRadioButton("A &server shared by the team (PostgreSQL)")
        self.use_server.setObjectName("useLibraryServer")
        self._kind = QButtonGroup(self)
        self._kind.addButton(self.use_file)
        self._kind.addButton(self.use_server)
        (self.use_server if settings.get("library_kind") == "server" else self.use_file).setChecked(True)
        form.addRow("Library:", self.use_file)
        library_label = QLabel("Library f&ile:")
        library_label.setBuddy(self.library_path)
        form.addRow(library_label, library_row)
        form.addRow("", self.use_server)
        self.server = QLineEdit(settings.get("library_server"))
        self.server.setObjectName("libraryServer")
        self.server.setPlaceholderText("a service name (newsroom) or postgresql://amira@db.example/newsroom")
        self.server.setToolTip("A libpq service name from ~/.pg_service.conf, or a postgresql:// URL without a password")
        self.test_button = QPushButton("&Test Connection")
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test_connection)
        server_row = QHBoxLayout()
        server_row.addWidget(self.server, 1)
        server_row.addWidget(self.test_button)
        server_label = QLabel("Ser&ver:")
        server_label.setBuddy(self.server)
        form.addRow(server_label, server_row)
        self.server_result = _muted("")
        self.server_result.setObjectName("serverResult")
        self.server_result.hide()
        form.addRow("", self.server_result)
        form.addRow("", _muted("No password here: libpq reads it from ~/.pgpass or your service file "
                               "(~/.pg_service.conf), so it is never kept in Workbench's settings."))
        self.server.textEdited.connect(lambda _t: self.use_server.setChecked(True))
        self.library_path.textEdited.connect(lambda _t: self.use_file.setChecked(True))
        if open_library and not _same_library(open_library, settings.library_location):
            self.open_library = _muted(f"Open now: {open_library} (chosen with --library or WORKBENCH_LIBRARY; "
                                       "the library above is used when neither is given)")
            self.open_library.setObjectName("openLibrary")
            form.addRow("", self.open_library)
        form.addRow("Article &text size:", self.text_size)
        form.addRow("Checking:", self.advance)
        note = _muted("A new library file is created if none exists there. Changing the library reopens the "
                      "window's library.")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Library File", self.library_path.text(),
                                              "Workbench libraries (*.sqlite3 *.db);;All files (*)",
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.library_path.setText(path)

    def _say(self, text: str, *, failed: bool) -> None:
        self.server_result.setText(text)
        self.server_result.setProperty("failed", failed)
        self.server_result.show()

    def server_location(self) -> str:
        """The URL the server field stands for (raises :class:`WorkbenchError` when it cannot be used)."""
        return server_target(self.server.text())

    def test_connection(self) -> bool:
        """Open the server library once and say what was found, or the store's own words for what failed."""
        try:
            target = self.server_location()
        except WorkbenchError as exc:
            self._say(_first_upper(str(exc)), failed=True)
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with Library.open(target) as library:
                reviews = library.count_reviews()
                mode = "read-only (your role cannot write)" if library.read_only else "editing allowed"
                found = f"Connected to {library.location}: {reviews} review{'s' if reviews != 1 else ''}, {mode}."
        except WorkbenchError as exc:
            self._say("Cannot connect: " + str(exc), failed=True)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._say(found, failed=False)
        return True

    def accept(self) -> None:
        """A server address that cannot be stored (a password in it) keeps the dialog open and says why."""
        if self.use_server.isChecked() or has_password(self.server.text()):
            try:
                self.server_location()
            except WorkbenchError as exc:
                self._say(_first_upper(str(exc)), failed=True)
                self.server.setFocus()
                return
        super().accept()

    def apply(self) -> dict[str, bool]:
        """Store the values; return which ones changed."""
        changed = {}
        reviewer = self.reviewer.text().strip()
        changed["reviewer"] = reviewer != self.settings.get("reviewer")
        if reviewer:
            self.settings.set("reviewer", reviewer)
        else:
            self.settings.reset("reviewer")
        before = self.settings.library_location
        library = self.library_path.text().strip() or str(self.settings.default("library_path"))
        self.settings.set("library_path", library)
        server = self.server.text().strip()
        if has_password(server):
            server = self.settings.get("library_server")  # never stored (accept() refuses it first)
        self.settings.set("library_server", server)
        self.settings.set("library_kind", "server" if self.use_server.isChecked() and server else "file")
        changed["library_path"] = self.settings.library_location != before
        changed["text_size"] = self.text_size.value() != self.settings.text_size
        self.settings.set("text_size", self.text_size.value())
        self.settings.set("advance_after_verdict", self.advance.isChecked())
        self.settings.sync()
        return changed


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]



def _same_library(a: str, b: str) -> bool:
    if is_server_location(a) or is_server_location(b):
        return a.strip() == b.strip()
    return Path(a).expanduser() == Path(b).expanduser()
