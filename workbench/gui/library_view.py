"""Past reviews: search, open, rename, move to the trash, restore, empty the trash."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.core.errors import WorkbenchError
from workbench.core.formatting import format_iso_date, format_timestamp, progress_text
from workbench.core.model import Review
from workbench.core.store import Library
from workbench.gui.ask import ask
from workbench.gui.theme import status_icon

ReviewRole = Qt.ItemDataRole.UserRole + 1
ReviewIdRole = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex


class ReviewsModel(QAbstractTableModel):
    """Reviews with title, publication date, last edit, progress and (on a server) who is in them now.
    The title is editable (rename)."""

    COLUMNS = ("Title", "Published", "Last edited", "Progress", "Working on it now")
    TITLE, PUBLISHED, UPDATED, PROGRESS, EDITORS = range(5)
    rename_requested = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reviews: list[Review] = []
        self._presence: dict[int, list[str]] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        """The column and order asked for by the view; ``None`` keeps the order given."""

    def _ordered(self, reviews: list[Review]) -> list[Review]:
        if self._sort is None:
            return reviews
        column, order = self._sort
        keys = {
            self.TITLE: lambda r: (r.title.lower(), r.id),
            self.PUBLISHED: lambda r: (r.published or "", r.id),
            self.UPDATED: lambda r: (r.updated, r.id),
            self.PROGRESS: lambda r: (r.checked / r.total if r.total else 1.0, r.id),
            self.EDITORS: lambda r: (len(self._presence.get(r.id, ())), r.id),
        }
        return sorted(reviews, key=keys.get(column, keys[self.UPDATED]), reverse=order == Qt.SortOrder.DescendingOrder)

    def set_reviews(self, reviews: list[Review]) -> None:
        self.beginResetModel()
        self._reviews = self._ordered(list(reviews))
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in one pass with a key (the view's header asks through the proxy)."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._reviews[i.row()].id if 0 <= i.row() < len(self._reviews) else None for i in before]
        self._reviews = self._ordered(self._reviews)
        rows = {r.id: n for n, r in enumerate(self._reviews)}
        after = [self.index(rows[rid], i.column()) if rid is not None else QModelIndex()
                 for rid, i in zip(ids, before, strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def set_presence(self, presence: dict[int, list[str]]) -> None:
        """Who is working on which review right now (review id -> names); only changed rows are redrawn."""
        presence = {rid: sorted(names) for rid, names in presence.items() if names}
        if presence == self._presence:
            return
        changed = set(presence) ^ set(self._presence) | {r for r in presence if presence[r] != self._presence.get(r)}
        self._presence = presence
        for row, review in enumerate(self._reviews):
            if review.id in changed:
                self.dataChanged.emit(self.index(row, self.EDITORS), self.index(row, self.EDITORS))

    def editors_of(self, review_id: int) -> list[str]:
        return list(self._presence.get(review_id, ()))

    def review_at(self, row: int) -> Review:
        return self._reviews[row]

    def reviews(self) -> list[Review]:
        return list(self._reviews)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._reviews)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.COLUMNS):
            return self.COLUMNS[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == self.TITLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._reviews)):
            return None
        review = self._reviews[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.TITLE:
                return review.title
            if column == self.PUBLISHED:
                return format_iso_date(review.published) if role == Qt.ItemDataRole.DisplayRole else review.published
            if column == self.UPDATED:
                return format_timestamp(review.updated)
            if column == self.PROGRESS:
                return progress_text(review.total, review.checked, review.disputed)
            if column == self.EDITORS:
                return ", ".join(self._presence.get(review.id, ()))
        if role == Qt.ItemDataRole.DecorationRole and column == self.PROGRESS and review.total:
            if review.disputed:
                return status_icon("disputed")
            return status_icon("verified") if review.ready else status_icon("unchecked")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.EDITORS and self._presence.get(review.id):
                return "Has this review open now: " + ", ".join(self._presence[review.id])
            return f"{review.title}\nReviewer: {review.reviewer}\nCreated {format_timestamp(review.created)}"
        if role == ReviewRole:
            return review
        if role == ReviewIdRole:
            return review.id
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != self.TITLE:
            return False
        title = str(value).strip()
        review = self._reviews[index.row()]
        if not title or title == review.title:
            return False
        self.rename_requested.emit(review.id, title)
        return True

    def replace_review(self, review: Review) -> None:
        for row, existing in enumerate(self._reviews):
            if existing.id == review.id:
                self._reviews[row] = review
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
                return


class _SortInSource(QSortFilterProxyModel):
    """Passes the view's sort to the model, which sorts in one pass (no per-comparison callbacks)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)


class LibraryPage(QWidget):
    """The library view; it asks the window to open a review and reports failures through ``error_raised``."""

    open_requested = Signal(int)
    error_raised = Signal(object)
    reviews_changed = Signal()
    back_requested = Signal()
    trashed = Signal(int, str)
    """A review went to the trash (id, title): the window offers the undo."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPage")
        self.library: Library | None = None
        self.actor = "editor"
        self.model = ReviewsModel(self)
        self.model.rename_requested.connect(self.rename)
        self.proxy = _SortInSource(self)
        self.proxy.setSourceModel(self.model)
        self.stale = True
        """The list needs reading again before it is shown (a change here or in another program)."""

        title = QLabel("Library")
        title.setObjectName("pageTitle")
        self.tabs = QTabBar()
        self.tabs.setObjectName("libraryTabs")
        self.tabs.addTab("Reviews")
        self.tabs.addTab("Trash")
        self.tabs.setDrawBase(False)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.search = QLineEdit()
        self.search.setObjectName("librarySearch")
        self.search.setPlaceholderText("Search titles, articles, claims, notes and sources")
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())

        self.table = QTableView()
        self.table.setObjectName("reviewsTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ReviewsModel.UPDATED, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(ReviewsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((ReviewsModel.PUBLISHED, 130), (ReviewsModel.UPDATED, 140), (ReviewsModel.PROGRESS, 230),
                              (ReviewsModel.EDITORS, 200)):
            self.table.setColumnWidth(column, width)
        self.table.setColumnHidden(ReviewsModel.EDITORS, True)  # shown for a library on a server
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.open_button = QPushButton("Open")
        self.open_button.setObjectName("openReview")
        self.open_button.setToolTip("Open the selected review (Enter)")
        self.open_button.clicked.connect(lambda: self._open_index(self.table.currentIndex()))
        self.rename_button = QPushButton("Rename")
        self.rename_button.setObjectName("renameReview")
        self.rename_button.setToolTip("Rename the selected review (F2)")
        self.rename_button.clicked.connect(lambda: self.table.edit(self.proxy.index(self.table.currentIndex().row(), 0)))
        self.trash_button = QPushButton("Move to Trash")
        self.trash_button.setObjectName("trashReview")
        self.trash_button.setToolTip("Move the selected review to the trash; it can be restored from there")
        self.trash_button.clicked.connect(self.trash_selected)
        self.restore_button = QPushButton("Restore")
        self.restore_button.setObjectName("restoreReview")
        self.restore_button.setToolTip("Put the selected review back in the library")
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button = QPushButton("Empty Trash…")
        self.empty_button.setObjectName("emptyTrash")
        self.empty_button.setToolTip("Delete every review in the trash for good (asks first)")
        self.empty_button.clicked.connect(self.confirm_empty_trash)
        self.back_button = QPushButton("Back to Review")
        self.back_button.setObjectName("backToReview")
        self.back_button.setToolTip("Return to the review you were checking (Esc)")
        self.back_button.clicked.connect(self.back_requested)
        self.back_button.hide()
        self.count_label = QLabel()
        self.count_label.setObjectName("libraryCount")

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.tabs)
        top.addStretch(1)
        top.addWidget(self.search, 2)
        top.addWidget(self.back_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        for button in (self.open_button, self.rename_button, self.trash_button, self.restore_button, self.empty_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    @property
    def showing_trash(self) -> bool:
        return self.tabs.currentIndex() == 1

    def set_library(self, library: Library | None, actor: str) -> None:
        """Use ``library``; its reviews are read when the page is next shown (:meth:`refresh_if_stale`)."""
        self.library = library
        self.actor = actor
        self.stale = True
        self.model.set_presence({})
        self.table.setColumnHidden(ReviewsModel.EDITORS, library is None or library.backend == "sqlite")
        if library is None:
            self.model.set_reviews([])

    def refresh_if_stale(self) -> None:
        if self.stale:
            self.refresh()

    def refresh(self) -> None:
        self._search_timer.stop()
        self.stale = False
        if self.library is None:
            self.model.set_reviews([])
            return
        try:
            text = self.search.text().strip()
            if text:
                reviews = self.library.search_reviews(text, trashed=self.showing_trash)
            else:
                reviews = self.library.list_reviews(trashed=self.showing_trash)
        except WorkbenchError as exc:
            self.error_raised.emit(exc)
            return
        self.model.set_reviews(reviews)
        noun = "review" if len(reviews) == 1 else "reviews"
        where = " in the trash" if self.showing_trash else ""
        self.count_label.setText(f"{len(reviews)} {noun}{where}" + (" found" if text else ""))
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.table.currentIndex().isValid()
        trash = self.showing_trash
        self.open_button.setVisible(not trash)
        self.rename_button.setVisible(not trash)
        self.trash_button.setVisible(not trash)
        self.restore_button.setVisible(trash)
        self.empty_button.setVisible(trash)
        for button in (self.open_button, self.rename_button, self.trash_button, self.restore_button):
            button.setEnabled(selected)
        self.empty_button.setEnabled(trash and self.model.rowCount() > 0)

    def selected_review(self) -> Review | None:
        index = self.table.currentIndex()
        return index.data(ReviewRole) if index.isValid() else None

    def select_review(self, review_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ReviewIdRole) == review_id:
                self.table.setCurrentIndex(self.proxy.index(row, 0))
                return True
        return False

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid() and not self.showing_trash:
            self.open_requested.emit(int(index.data(ReviewIdRole)))

    def rename(self, review_id: int, title: str) -> None:
        if self.library is None:
            return
        try:
            review = self.library.rename_review(review_id, title, actor=self.actor)
        except WorkbenchError as exc:
            self.error_raised.emit(exc)
            return
        self.model.replace_review(review)
        self.reviews_changed.emit()

    def trash_selected(self) -> None:
        review = self.selected_review()
        if review is None or self.library is None:
            return
        try:
            self.library.trash_review(review.id, actor=self.actor)
        except WorkbenchError as exc:
            self.error_raised.emit(exc)
            return
        self.refresh()
        self.reviews_changed.emit()
        self.trashed.emit(review.id, review.title)

    def restore_selected(self) -> None:
        review = self.selected_review()
        if review is None or self.library is None:
            return
        try:
            self.library.restore_review(review.id, actor=self.actor)
        except WorkbenchError as exc:
            self.error_raised.emit(exc)
            return
        self.refresh()
        self.reviews_changed.emit()

    def confirm_empty_trash(self) -> QMessageBox:
        count = self.model.rowCount()
        return ask(self, "confirmEmptyTrash", "Empty Trash",
                   f"Delete the {count} review{'s' if count != 1 else ''} in the trash for good?",
                   [("Delete for Good", QMessageBox.ButtonRole.DestructiveRole, self.empty_trash)],
                   informative="Their articles, claims, verdicts and notes cannot be restored afterwards.",
                   icon=QMessageBox.Icon.Warning)

    def empty_trash(self) -> int:
        if self.library is None:
            return 0
        try:
            gone = self.library.empty_trash(actor=self.actor)
        except WorkbenchError as exc:
            self.error_raised.emit(exc)
            return 0
        self.refresh()
        self.reviews_changed.emit()
        return gone

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.back_button.isVisible():
            self.back_requested.emit()
            return
        if event.key() == Qt.Key.Key_Delete and not self.showing_trash and self.table.hasFocus():
            self.trash_selected()
            return
        super().keyPressEvent(event)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
