"""The review: the article on one side, the claims table and the claim editor on the other."""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from workbench.core.errors import ConflictError, WorkbenchError
from workbench.core.formatting import format_iso_date, guess_kind, parse_value, progress_text
from workbench.core.lens import Finding, age_text
from workbench.core.model import CLAIM_KINDS, Article, Claim, Review, Source
from workbench.core.services import CheckRow
from workbench.gui.article_view import ArticleView
from workbench.gui.checks import ChecksPanel, ask_dismiss_reason
from workbench.gui.claim_editor import ClaimEditor
from workbench.gui.claims_model import ClaimIdRole, ClaimsFilterProxy, ClaimsTableModel
from workbench.gui.commands import (
    NOTE_MERGE_ID,
    AddClaimCommand,
    AddSourceCommand,
    DecideFindingCommand,
    DeleteClaimCommand,
    DismissCheckCommand,
    DisputeCheckCommand,
    RemoveSourceCommand,
    ReopenCheckCommand,
    ReopenFindingCommand,
    SetStatusCommand,
    UpdateClaimCommand,
)
from workbench.gui.date_field import DateField
from workbench.gui.dated_wording import DatedWordingPanel, class_colour
from workbench.gui.session import CheckKey, ReviewSession
from workbench.gui.theme import KIND_LABELS, KIND_TEXT_COLOURS, STATUS_LOOKS, kind_icon, palette, status_icon

log = logging.getLogger(__name__)

STATUS_FILTERS = (("", "All statuses"), ("unchecked", "Unchecked"), ("verified", "Verified"), ("disputed", "Disputed"))


class ReviewPage(QWidget):
    current_claim_changed = Signal(object)
    """The claim being checked (or None)."""
    progress_changed = Signal(object)
    """The review, with its counts."""
    error_raised = Signal(object)
    tab_changed = Signal()
    """The side switched between the claims, the dated wording and the checks."""
    notice_raised = Signal(str)
    """Something the editor should read in the status bar (a change made elsewhere, a conflict)."""
    filters_changed = Signal()
    check_decided = Signal()
    """A consistency check was decided or opened again (here, by an undo, or elsewhere)."""
    deleted = Signal(str)
    """A claim was deleted (the words for the status bar's undo notice)."""

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPage")
        self.undo_stack = undo_stack
        self.session: ReviewSession | None = None
        self.advance_after_verdict = True
        """V and D move on to the next unchecked claim (a setting turns this off)."""
        self.window_keys: list[QKeySequence] = []
        """Shortcuts of window commands that must work from the search box too (Ctrl+E, Ctrl+J …)."""

        # Article side
        self.article_title = QLabel()
        self.article_title.setObjectName("articleTitle")
        self.article_title.setWordWrap(True)
        self.article_meta = QLabel()
        self.article_meta.setObjectName("articleMeta")
        self.article_meta.setWordWrap(True)
        self.age_banner = QLabel()
        self.age_banner.setObjectName("ageBanner")
        self.age_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.age_banner.setWordWrap(True)
        self.republish_button = QToolButton()
        self.republish_button.setObjectName("republishDate")
        self.republish_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.republish_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.republish_button.setToolTip("The day the story is to be republished: the dated wording is read "
                                         "against it")
        self.republish_menu = QMenu(self.republish_button)
        self.republish_field = DateField(allow_empty=True)
        self.republish_field.edit.setPlaceholderText("today")
        self.republish_field.edit.returnPressed.connect(self._republish_date_entered)
        field_box = QWidget()
        field_layout = QHBoxLayout(field_box)
        field_layout.setContentsMargins(8, 6, 8, 6)
        field_layout.addWidget(QLabel("Republish on:"))
        field_layout.addWidget(self.republish_field, 1)
        set_button = QPushButton("Set")
        set_button.clicked.connect(self._republish_date_entered)
        field_layout.addWidget(set_button)
        holder = QWidgetAction(self.republish_menu)
        holder.setDefaultWidget(field_box)
        self.republish_menu.addAction(holder)
        self.republish_menu.addAction("Today (as it is when the story is read)", lambda: self.set_republication_date(None))
        self.republish_menu.aboutToShow.connect(self._fill_republish_field)
        self.republish_button.setMenu(self.republish_menu)
        self.article_view = ArticleView()
        self.legend = QLabel(self._legend_html())
        self.legend.setObjectName("legend")
        self.legend.setWordWrap(True)
        article_side = QWidget()
        article_side.setObjectName("articleSide")
        article_layout = QVBoxLayout(article_side)
        article_layout.setContentsMargins(0, 0, 0, 0)
        article_layout.setSpacing(0)
        header = QWidget()
        header.setObjectName("articleHeader")
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(24, 14, 24, 10)
        header_layout.setSpacing(4)
        header_layout.addWidget(self.article_title)
        header_layout.addWidget(self.article_meta)
        header_layout.addWidget(self.age_banner)
        age_row = QHBoxLayout()
        age_row.setContentsMargins(0, 0, 0, 0)
        age_row.addWidget(self.republish_button)
        age_row.addStretch(1)
        header_layout.addLayout(age_row)
        header_layout.addWidget(self.legend)
        article_layout.addWidget(header)
        article_layout.addWidget(self.article_view, 1)

        # Claims side
        self.model = ClaimsTableModel(self)
        self.proxy = ClaimsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setObjectName("claimSearch")
        self.search.setPlaceholderText("Find in article and claims")
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip("Filter the claims and find the words in the article (Enter: next place)")
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(lambda: self.find_in_article(backward=False))
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setToolTip("Show claims with this verdict")
        for status, label in STATUS_FILTERS:
            if status:
                self.status_filter.addItem(status_icon(status), label, status)
            else:
                self.status_filter.addItem(label, status)
        self.status_filter.currentIndexChanged.connect(self._status_filter_chosen)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.setToolTip("Show claims of this kind")
        self.kind_filter.addItem("All kinds", "")
        for kind in CLAIM_KINDS:
            self.kind_filter.addItem(kind_icon(kind), KIND_LABELS[kind], kind)
        self.kind_filter.currentIndexChanged.connect(self._kind_filter_chosen)
        filter_bar = QHBoxLayout()
        filter_bar.setContentsMargins(8, 8, 8, 4)
        filter_bar.setSpacing(6)
        filter_bar.addWidget(self.search, 1)
        filter_bar.addWidget(self.status_filter)
        filter_bar.addWidget(self.kind_filter)

        self.table = QTableView()
        self.table.setObjectName("claimsTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ClaimsTableModel.POSITION, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.setAccessibleName("Claims")
        header_view = self.table.horizontalHeader()
        header_view.setHighlightSections(False)
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header_view.setStretchLastSection(False)
        header_view.setSectionResizeMode(ClaimsTableModel.TEXT, QHeaderView.ResizeMode.Stretch)
        widths = {ClaimsTableModel.POSITION: 40, ClaimsTableModel.KIND: 100, ClaimsTableModel.VALUE: 190,
                  ClaimsTableModel.STATUS: 104, ClaimsTableModel.SOURCES: 64}
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        # The counts at the right edge are never cut off: as wide as the header's word needs (measured once,
        # not from the rows: sizing to contents would read all 20,000 rows on every verdict).
        header_view.setSectionResizeMode(ClaimsTableModel.SOURCES, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(ClaimsTableModel.SOURCES, header_view.sectionSizeHint(ClaimsTableModel.SOURCES) + 4)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyClaims")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

        claims_side = QWidget()
        claims_layout = QVBoxLayout(claims_side)
        claims_layout.setContentsMargins(0, 0, 0, 0)
        claims_layout.setSpacing(0)
        claims_layout.addLayout(filter_bar)
        claims_layout.addWidget(self.table, 1)
        claims_layout.addWidget(self.empty_label)

        self.editor = ClaimEditor()
        self.editor.related_for = self._related_lines
        editor_scroll = QScrollArea()
        editor_scroll.setObjectName("editorScroll")
        editor_scroll.setWidget(self.editor)
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.side_splitter = QSplitter(Qt.Orientation.Vertical)
        self.side_splitter.setObjectName("sideSplitter")
        self.side_splitter.addWidget(claims_side)
        self.side_splitter.addWidget(editor_scroll)
        self.side_splitter.setStretchFactor(0, 3)
        self.side_splitter.setStretchFactor(1, 2)
        self.side_splitter.setChildrenCollapsible(False)

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(article_side)
        self.dated_wording = DatedWordingPanel()
        self.side_tabs = QTabWidget()
        self.side_tabs.setObjectName("sideTabs")
        self.side_tabs.setDocumentMode(True)
        self.side_tabs.addTab(self.side_splitter, "&Claims")
        self.side_tabs.addTab(self.dated_wording, "Dated &wording")
        self.checks = ChecksPanel()
        self.side_tabs.addTab(self.checks, "Check&s")
        self.side_tabs.currentChanged.connect(self._tab_changed)
        self.main_splitter.addWidget(self.side_tabs)
        self.main_splitter.setStretchFactor(0, 5)
        self.main_splitter.setStretchFactor(1, 6)
        self.main_splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.main_splitter)

        self.article_view.claim_clicked.connect(self._claim_clicked)
        self.editor.done_editing.connect(self.focus_claims)
        self.dated_wording.current_finding_changed.connect(self._finding_selected)
        self.dated_wording.editor.decide_requested.connect(
            lambda finding, decision, rewrite, reason: self.decide(finding.key, decision, rewrite=rewrite, reason=reason))
        self.dated_wording.editor.reopen_requested.connect(lambda finding: self.reopen(finding.key))
        self.checks.current_check_changed.connect(lambda _row: self._show_current_check(scroll=True))
        self.checks.check_activated.connect(lambda _row: self._show_current_check(scroll=True, force=True))
        self.checks.details.dismiss_requested.connect(lambda row: self.dismiss_check(row.finding.key))
        self.checks.details.dispute_requested.connect(lambda row: self.dispute_check(row.finding.key))
        self.checks.details.reopen_requested.connect(lambda row: self.reopen_check(row.finding.key))
        self.search.installEventFilter(self)
        self.editor.status_requested.connect(self.set_status)
        self.editor.fields_requested.connect(self.update_fields)
        self.editor.note_requested.connect(self.set_note)
        self.editor.remove_source_requested.connect(self.remove_source)
        self.model.rowsInserted.connect(self._update_empty_state)
        self.model.rowsRemoved.connect(self._update_empty_state)
        self.model.modelReset.connect(self._update_empty_state)
        self.proxy.layoutChanged.connect(self._update_empty_state)
        self.proxy.rowsInserted.connect(self._update_empty_state)
        self.proxy.rowsRemoved.connect(self._update_empty_state)

    @staticmethod
    def _legend_html() -> str:
        styles = {"unchecked": "dotted", "verified": "solid", "disputed": "wavy"}
        parts = []
        colours = palette()
        for status, look in STATUS_LOOKS.items():
            parts.append(f"<span style='background:{look.background}; color:{colours.text}'>&nbsp;{look.label}&nbsp;"
                         f"</span>&nbsp;<span style='color:{colours.muted}'>{styles[status]} line</span>")
        kinds = " ".join(f"<span style='color:{KIND_TEXT_COLOURS[k]}'>{KIND_LABELS[k].lower()}</span>"
                         for k in CLAIM_KINDS)
        return "&nbsp;&nbsp; ".join(parts) + f"&nbsp;&nbsp;&nbsp;<span style='color:{colours.muted}'>·</span>&nbsp; {kinds}"

    # -------------------------------------------------------------- loading

    def show_review(self, session: ReviewSession, text_size: int) -> None:
        if self.session is not None:
            self.editor.commit_note()
            self.session.deleteLater()
        self.session = session
        self.undo_stack.clear()
        claims = list(session.claims.values())
        self.article_view.set_text_size(text_size)
        self.editor.set_claim(None)
        self.model.set_claims(claims)
        self.article_view.set_article(session.article.text, claims)
        self._show_article_header(session.article, session.review)
        session.claim_changed.connect(self._claim_changed)
        session.claim_added.connect(self._claim_added)
        session.claim_removed.connect(self._claim_removed)
        session.review_changed.connect(self._review_changed)
        session.article_changed.connect(lambda article: self._show_article_header(article, session.review))
        session.claims_reloaded.connect(self._claims_reloaded)
        session.claim_touched.connect(self.select_claim)
        session.lens_changed.connect(self._lens_changed)
        session.decision_changed.connect(self._decision_changed)
        session.finding_touched.connect(self._finding_touched)
        session.checks_changed.connect(self._checks_changed)
        session.check_decision_changed.connect(self._check_decision_changed)
        session.check_touched.connect(self._check_touched)
        # The claims are drawn first; the dated wording and the checks fill their tabs just after.
        QTimer.singleShot(0, self, lambda: self._fill_side_lists(session))  # dropped if the page goes first
        self.progress_changed.emit(session.review)
        if self.proxy.rowCount() > 0:
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._update_empty_state()

    def close_review(self) -> None:
        if self.session is not None:
            self.editor.commit_note()
            self.session.deleteLater()
        self.session = None
        self.undo_stack.clear()
        self.editor.set_claim(None)
        self.model.set_claims([])
        self.article_view.set_article("", [])
        self.dated_wording.set_findings([], {})
        self.checks.set_checks([], {}, "", {})
        self._update_checks_tab()

    def _show_article_header(self, article: Article, review: Review) -> None:
        if self.session is not None:
            as_of = self.session.as_of
            self.age_banner.setText(age_text(self.session.published, as_of))
            when = f"{format_iso_date(as_of.isoformat())}" + ("" if review.republish_on else " (today)")
            self.republish_button.setText(f"Republish on {when}")
        self.article_title.setText(html.escape(review.title or article.title or "Untitled article"))
        meta = [x for x in (article.publisher, format_iso_date(article.published) or "publication date not set",
                            article.byline) if x]
        if article.origin and article.origin.startswith(("http://", "https://")):
            meta.append(f"<a href='{html.escape(article.origin)}'>{html.escape(article.origin)}</a>")
        self.article_meta.setText(" · ".join(meta))
        self.article_meta.setOpenExternalLinks(True)

    def _claims_reloaded(self) -> None:
        assert self.session is not None
        current = self.current_claim_id()
        claims = list(self.session.claims.values())
        self.model.set_claims(claims)
        self.article_view.set_claims(claims)
        if current is not None:
            self.select_claim(current)

    # -------------------------------------------------------------- selection and navigation

    def current_claim_id(self) -> int | None:
        index = self.table.currentIndex()
        if index.isValid():
            return int(index.data(ClaimIdRole))
        claim = self.editor.claim()
        return claim.id if claim else None

    def current_claim(self) -> Claim | None:
        claim_id = self.current_claim_id()
        if self.session is None or claim_id is None:
            return None
        return self.session.claims.get(claim_id)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.session is None:
            return
        claim = self.session.claims.get(int(current.data(ClaimIdRole))) if current.isValid() else None
        self.editor.set_claim(claim)
        self.article_view.set_current_claim(claim.id if claim else None)
        if current.isValid():
            self._keep_context(current.row())
        self.current_claim_changed.emit(claim)

    CONTEXT_ROWS = 2
    """Rows kept in view after the current one (and before it), so the editor sees what comes next."""

    def _related_lines(self, claim: Claim) -> list[str]:
        """A person's card: every mention of them and every quote attributed to them."""
        if self.session is None or claim.kind not in ("person", "quote"):
            return []
        claims = self.session.claims
        if claim.kind == "quote":
            speaker = (claim.value or {}).get("speaker") if isinstance(claim.value, dict) else None
            return [f"Said by {speaker}"] if speaker else []
        first = claims.get(claim.refers_to) if claim.refers_to else claim
        if first is None:
            return []
        from workbench.core.offices import check_title

        record = check_title(first, self.session.office_records, self.session.article.published)
        name = (first.value or {}).get("name") if isinstance(first.value, dict) else first.text
        mentions = [c for c in claims.values() if c.kind == "person" and (c.id == first.id or c.refers_to == first.id)]
        quotes = [c for c in claims.values() if c.kind == "quote" and isinstance(c.value, dict)
                  and (c.value.get("speaker") or "").lower() == (name or "").lower()]
        lines = [f"{len(mentions)} mention{'s' if len(mentions) != 1 else ''} of {name}: "
                 + ", ".join(f"#{c.number} “{c.text}”" for c in sorted(mentions, key=lambda c: c.start))]
        if claim.refers_to:
            lines.append(f"Checked with the first mention, #{first.number}.")
        if record is not None:
            lines.append(("⚠ " if record.held is False else "") + record.text(self.session.article.published or ""))
        for q in sorted(quotes, key=lambda c: c.start):
            words = q.text if len(q.text) <= 90 else q.text[:88].rsplit(" ", 1)[0] + "…"
            lines.append(f"#{q.number} {(q.value or {}).get('verb', 'said')}: “{words}”")
        return lines

    def _keep_context(self, row: int) -> None:
        last = self.proxy.rowCount() - 1
        for neighbour in (min(last, row + self.CONTEXT_ROWS), max(0, row - self.CONTEXT_ROWS), row):
            self.table.scrollTo(self.proxy.index(neighbour, 0), QAbstractItemView.ScrollHint.EnsureVisible)

    def focus_claims(self) -> None:
        """Give the keyboard to the claim list (after a field was edited, or to leave the search box)."""
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _leave_fields(self) -> None:
        """Moving to another claim never keeps the keyboard in a field: store it, go back to the list."""
        if self.editor.holds_focus():
            self.focus_claims()

    def select_claim(self, claim_id: int) -> None:
        """Make ``claim_id`` current, showing it in the table (clearing filters that hide it)."""
        self._leave_fields()
        row = self.model.row_of(claim_id)
        if row < 0:
            return
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not proxy_index.isValid():
            self.clear_filters()
            proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            proxy_index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(proxy_index)
        self.article_view.scroll_to_claim(claim_id)

    def move(self, step: int) -> None:
        self._leave_fields()
        rows = self.proxy.rowCount()
        if rows == 0:
            return
        current = self.table.currentIndex()
        row = current.row() + step if current.isValid() else (0 if step > 0 else rows - 1)
        row = max(0, min(rows - 1, row))
        index = self.proxy.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def next_claim(self) -> None:
        if self.showing_dated_wording():
            self.dated_wording.move(+1)
        elif self.showing_checks():
            self.checks.move(+1)
        else:
            self.move(+1)

    def previous_claim(self) -> None:
        if self.showing_dated_wording():
            self.dated_wording.move(-1)
        elif self.showing_checks():
            self.checks.move(-1)
        else:
            self.move(-1)

    def next_unchecked(self) -> bool:
        """Go to the next claim still to check (wrapping round); False when none is left."""
        self._leave_fields()
        rows = self.proxy.rowCount()
        start = self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1
        for offset in range(1, rows + 1):
            index = self.proxy.index((start + offset) % rows, 0)
            claim_id = int(index.data(ClaimIdRole))
            if self.session and self.session.claims[claim_id].status == "unchecked":
                self.select_claim(claim_id)
                return True
        return False

    # -------------------------------------------------------------- filtering and finding

    def set_status_filter(self, status: str) -> None:
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(status)))

    def set_kind_filter(self, kind: str) -> None:
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(kind)))

    def clear_filters(self) -> None:
        self.search.clear()
        self._apply_search()
        self.set_status_filter("")
        self.set_kind_filter("")

    def _status_filter_chosen(self) -> None:
        status = self.status_filter.currentData()
        self.proxy.set_statuses({status} if status else set())
        self._keep_current_visible()
        self.filters_changed.emit()

    def _kind_filter_chosen(self) -> None:
        kind = self.kind_filter.currentData()
        self.proxy.set_kinds({kind} if kind else set())
        self._keep_current_visible()
        self.filters_changed.emit()

    def _apply_search(self) -> bool:
        """Filter the claims by the search words and go to their first place in the article; True if applied."""
        self._search_timer.stop()
        text = self.search.text().strip()
        if text == self.proxy.text:
            return False
        self.proxy.set_text(text)
        self._keep_current_visible()
        self.article_view.find_text(text)
        self.filters_changed.emit()
        return True

    def find_in_article(self, *, backward: bool = False) -> bool:
        if self._apply_search() and not backward:
            return True
        return self.article_view.find_text(self.search.text().strip(), backward=backward)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """The search box: window commands still work from it, Escape clears it (then leaves it), Down
        goes into the results."""
        if watched is self.search and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.ShortcutOverride and self._is_window_key(event):
                event.ignore()  # the line edit would take Ctrl+E (end of line) or Ctrl+K (cut to end)
                return True
            if event.type() == QEvent.Type.KeyPress:
                if event.key() == Qt.Key.Key_Escape:
                    if self.search.text():
                        self.search.clear()
                        self._apply_search()
                    else:
                        self.focus_claims()
                    return True
                if event.key() == Qt.Key.Key_Down:
                    self._apply_search()
                    self.focus_claims()
                    return True
        return super().eventFilter(watched, event)

    def _is_window_key(self, event: QKeyEvent) -> bool:
        combo = QKeySequence(event.keyCombination())
        return any(combo.matches(k) == QKeySequence.SequenceMatch.ExactMatch for k in self.window_keys)

    def _keep_current_visible(self) -> None:
        if not self.table.currentIndex().isValid() and self.proxy.rowCount() > 0:
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        elif self.table.currentIndex().isValid():
            self.table.scrollTo(self.table.currentIndex())

    def _update_empty_state(self) -> None:
        if self.session is None:
            return
        if self.model.rowCount() == 0:
            message = "No claims were found. Select text in the article and press A to add one."
        elif self.proxy.rowCount() == 0:
            message = "No claim matches the filters. Press Ctrl+Shift+0 to show every claim."
        else:
            message = ""
        self.empty_label.setText(message)
        self.empty_label.setVisible(bool(message))

    # -------------------------------------------------------------- edits (each one an undoable command)

    def _report(self, exc: BaseException) -> None:
        if isinstance(exc, ConflictError):
            self.notice_raised.emit(str(exc)[0].upper() + str(exc)[1:] + ".")
        else:
            self.error_raised.emit(exc)
        claim = self.current_claim()
        self.editor.set_claim(claim)

    def _push(self, make: Callable[[], Any]) -> Any:
        if self.session is None:
            return None
        command = make()
        self.undo_stack.push(command)
        return command

    def set_status(self, claim_id: int, status: str) -> None:
        assert self.session is not None
        if claim_id in self.session.claims and self.session.claims[claim_id].status != status:
            self._push(lambda: SetStatusCommand(self.session, claim_id, status, self._report))
        else:
            self.editor.set_claim(self.current_claim())

    def set_current_status(self, status: str) -> None:
        """The V / D / U commands: mark the current claim, then (V and D) go on to the next unchecked one.
        On the Checks list, D disputes every claim of the check shown."""
        if self.showing_checks():
            if status == "disputed":
                self.dispute_check()
            return
        claim = self.current_claim()
        if claim is None:
            return
        self.editor.commit_note()
        self.set_status(claim.id, status)
        if self.advance_after_verdict and status != "unchecked" and self.session is not None \
                and self.session.claims.get(claim.id, claim).status == status:
            self.next_unchecked()

    def update_fields(self, claim_id: int, fields: dict[str, Any]) -> None:
        self._push(lambda: UpdateClaimCommand(self.session, claim_id, fields, self._report))

    def set_note(self, claim_id: int, note: str) -> None:
        if self.session is not None and claim_id in self.session.claims:
            self._push(lambda: UpdateClaimCommand(self.session, claim_id, {"note": note}, self._report,
                                                  merge_id=NOTE_MERGE_ID, text="Edit note"))

    def add_source(self, claim_id: int, source: Source) -> None:
        self._push(lambda: AddSourceCommand(self.session, claim_id, source, self._report))

    def remove_source(self, claim_id: int, source_id: int) -> None:
        assert self.session is not None
        source = next((s for s in self.session.claims[claim_id].sources if s.id == source_id), None)
        if source is not None:
            self._push(lambda: RemoveSourceCommand(self.session, claim_id, source, self._report))

    def add_claim_from_selection(self) -> Claim | None:
        """Make the text selected in the article a claim (kind guessed, value read where possible)."""
        if self.session is None:
            return None
        span = self.article_view.selected_span()
        if span is None:
            return None
        start, end = span
        text = self.session.article.text[start:end]
        kind = guess_kind(text)
        try:
            value = parse_value(kind, text)
        except ValueError:
            value = None
        command = self._push(lambda: AddClaimCommand(self.session, start, end, kind, value, self._report))
        if command is not None and command.claim is not None:
            self.select_claim(command.claim.id)
            return command.claim
        return None

    def delete_current_claim(self) -> None:
        """Delete without asking: the status bar offers the undo."""
        claim = self.current_claim()
        if claim is None:
            return
        row = self.table.currentIndex().row()
        command = self._push(lambda: DeleteClaimCommand(self.session, claim.id, self._report))
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(min(row, self.proxy.rowCount() - 1), 0))
        if command is not None and not command.isObsolete():
            self.deleted.emit(f"Deleted claim {claim.number or claim.id} “{claim.text}”")

    # -------------------------------------------------------------- session signals

    def _claim_changed(self, claim: Claim) -> None:
        self.model.update_claim(claim)
        self.article_view.update_claim(claim)
        shown = self.editor.claim()
        if shown is not None and shown.id == claim.id:
            self.editor.set_claim(claim)
            self.current_claim_changed.emit(claim)

    def _claim_added(self, claim: Claim) -> None:
        self.model.add_claim(claim)
        self.article_view.update_claim(claim)

    def _claim_removed(self, claim_id: int) -> None:
        shown = self.editor.claim()
        self.model.remove_claim(claim_id)
        self.article_view.remove_claim(claim_id)
        if shown is not None and shown.id == claim_id:
            self._row_changed(self.table.currentIndex(), QModelIndex())

    def _review_changed(self, review: Review) -> None:
        if self.session is not None:
            self._show_article_header(self.session.article, review)
        self.progress_changed.emit(review)

    def restyle(self) -> None:
        """Draw again in the colours of the theme now in use."""
        self.legend.setText(self._legend_html())
        self.article_view.restyle()
        self.editor.set_claim(self.editor.claim())
        if self.session is not None:
            self._show_article_header(self.session.article, self.session.review)

    # -------------------------------------------------------------- the republication lens

    def showing_dated_wording(self) -> bool:
        return self.side_tabs.currentWidget() is self.dated_wording

    def show_dated_wording(self, show: bool = True) -> None:
        self.side_tabs.setCurrentWidget(self.dated_wording if show else self.side_splitter)
        (self.dated_wording.table if show else self.table).setFocus()

    def _tab_changed(self, _index: int) -> None:
        showing = self.showing_dated_wording()
        finding = self.dated_wording.current_finding() if showing else None
        self.article_view.set_current_finding((finding.start, finding.end) if finding else None, scroll=showing)
        self._show_current_check(scroll=True)
        focus = QApplication.focusWidget()
        if self.showing_checks() and (focus is None or not self.checks.isAncestorOf(focus)):
            # The keyboard follows to the list (a field on the claims side never keeps it: issue 10).
            self.checks.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.tab_changed.emit()

    def _fill_side_lists(self, session: ReviewSession) -> None:
        if session is self.session and not session.library.closed:  # a window closed at once closes its library
            self._lens_changed()
            self._checks_changed()

    def _lens_changed(self) -> None:
        session = self.session
        if session is None:
            return
        self.dated_wording.set_findings(session.findings, session.decisions)
        self.article_view.set_findings((f.start, f.end, class_colour(f.cls)) for f in session.findings)
        self._update_lens_tab()
        self._show_article_header(session.article, session.review)

    def _update_lens_tab(self) -> None:
        open_count = self.dated_wording.model.open_count()
        total = self.dated_wording.model.rowCount()
        label = f"Dated &wording ({open_count} open)" if open_count else f"Dated &wording ({total})"
        self.side_tabs.setTabText(self.side_tabs.indexOf(self.dated_wording), label)

    def _decision_changed(self, key: tuple[int, int, str], decision: object) -> None:
        self.dated_wording.decision_changed(key, decision)  # type: ignore[arg-type]
        self._update_lens_tab()

    def _finding_selected(self, finding: Finding | None) -> None:
        if self.showing_dated_wording():
            self.article_view.set_current_finding((finding.start, finding.end) if finding else None)

    def _finding_touched(self, key: tuple[int, int, str]) -> None:
        self.show_dated_wording()
        self.dated_wording.select_key(key)

    def current_finding(self) -> Finding | None:
        return self.dated_wording.current_finding() if self.showing_dated_wording() else None

    def decide_or_dismiss(self) -> None:
        """X: dismiss the dated wording shown (its reason from the field) or the check shown (asking why)."""
        if self.showing_checks():
            self.dismiss_check()
        else:
            self.decide_current("dismissed")

    def reopen_shown(self) -> None:
        """O: open the dated wording or the check shown again."""
        if self.showing_checks():
            self.reopen_check()
        else:
            self.reopen()

    def decide(self, key: tuple[int, int, str], decision: str, *, rewrite: str = "", reason: str = "") -> None:
        """One decision on dated wording, as an undoable command; then on to the next open finding."""
        if self.session is None:
            return
        command = self._push(lambda: DecideFindingCommand(self.session, key, decision, self._report,
                                                          rewrite=rewrite, reason=reason))
        if command is not None and not command.isObsolete() and self.advance_after_verdict:
            self.dated_wording.next_open()

    def decide_current(self, decision: str) -> None:
        """The Y / X / T commands on the selected finding (Y takes the rewrite as it stands in the field)."""
        finding = self.current_finding()
        if finding is None:
            return
        editor = self.dated_wording.editor
        if decision == "accepted":
            if not finding.substitutes:
                self.notice_raised.emit("This finding is a note to check, not words to replace: dismiss it or "
                                        "mark it still true once checked.")
                return
            rewrite = editor.rewrite.text().strip() or (finding.suggestion or "")
            self.decide(finding.key, decision, rewrite=rewrite, reason=editor.reason.text().strip())
        else:
            self.decide(finding.key, decision, reason=editor.reason.text().strip())

    def reopen(self, key: tuple[int, int, str] | None = None) -> None:
        if key is None:
            finding = self.current_finding()
            key = finding.key if finding is not None else None
        if key is None or self.session is None or key not in self.session.decisions:
            return
        self._push(lambda: ReopenFindingCommand(self.session, key, self._report))

    # -------------------------------------------------------------- the consistency checks

    def showing_checks(self) -> bool:
        return self.side_tabs.currentWidget() is self.checks

    def show_checks(self, show: bool = True) -> None:
        self.side_tabs.setCurrentWidget(self.checks if show else self.side_splitter)
        (self.checks.table if show else self.table).setFocus()

    def current_check(self) -> CheckRow | None:
        return self.checks.current_check() if self.showing_checks() else None

    def _checks_changed(self) -> None:
        session = self.session
        if session is None:
            return
        self.checks.set_checks(session.checks, session.check_decisions, session.article.text, session.claims)
        self._update_checks_tab()
        self._show_current_check(scroll=False)

    def _update_checks_tab(self) -> None:
        open_count = self.checks.model.open_count()
        total = self.checks.model.rowCount()
        if not total:
            label = "Check&s"
        elif open_count == total:
            label = f"Check&s ({total})"
        elif open_count:
            label = f"Check&s ({open_count} open)"
        else:
            label = f"Check&s ({total} decided)"
        self.side_tabs.setTabText(self.side_tabs.indexOf(self.checks), label)
        self.side_tabs.setTabToolTip(self.side_tabs.indexOf(self.checks),
                                     f"Consistency checks: {total} found, {open_count} still open")

    def _show_current_check(self, *, scroll: bool, force: bool = False) -> None:
        """While the Checks list is shown, the current check's claims are filled together in the article
        (the other checks' words outlined) and brought into view; elsewhere nothing of the checks is drawn."""
        if self.session is None or not self.showing_checks():
            self.article_view.set_checks([], [], scroll=False)
            return
        rows = self.checks.model.checks()
        current = self.checks.current_check()
        spans = [span for row in rows for span in row.finding.spans]
        self.article_view.set_checks(spans, current.finding.spans if current else [], scroll=scroll or force)

    def _check_decision_changed(self, key: object, decision: object) -> None:
        self.checks.decision_changed(key, decision)  # type: ignore[arg-type]
        self._update_checks_tab()
        self.check_decided.emit()

    def _check_touched(self, key: CheckKey) -> None:
        self.show_checks()
        self.checks.select_key(key)

    def _claim_clicked(self, claim_id: int) -> None:
        """A click on a claim in the article: on the Checks list, the check it belongs to; else the claim."""
        if self.showing_checks() and self.checks.select_claim(claim_id):
            return
        self.select_claim(claim_id)

    def _check_key(self, key: CheckKey | None) -> CheckKey | None:
        if key is not None:
            return key
        row = self.current_check()
        return row.finding.key if row is not None else None

    def dismiss_check(self, key: CheckKey | None = None) -> None:
        """Ask why the check is dismissed (a reason is required); then one undoable command."""
        key = self._check_key(key)
        session = self.session
        row = session.check(key) if session is not None and key is not None else None
        if session is None or row is None:
            return
        previous = session.check_decisions.get(row.finding.key)
        ask_dismiss_reason(self, row, lambda reason: self._dismiss(row.finding.key, reason),
                           previous_reason=previous.reason if previous is not None else "",
                           on_close=lambda: QTimer.singleShot(0, self._back_to_checks))

    def _back_to_checks(self) -> None:
        """After the reason dialog: the keyboard is on the list again (the window active, whatever the
        platform gave the focus to)."""
        self.window().activateWindow()
        self.checks.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _dismiss(self, key: CheckKey, reason: str) -> None:
        command = self._push(lambda: DismissCheckCommand(self.session, key, reason, self._report))
        self._after_check_decision(command)

    def dispute_check(self, key: CheckKey | None = None) -> None:
        """Mark every claim of the check disputed, the finding's arithmetic as their note: one command."""
        key = self._check_key(key)
        session = self.session
        row = session.check(key) if session is not None and key is not None else None
        if session is None or row is None:
            return
        if not row.claim_ids:
            self.notice_raised.emit("This check involves no stored claim to dispute: add the figures as claims, "
                                    "or dismiss the check.")
            return
        decided = session.check_decisions.get(row.finding.key)
        if decided is not None and decided.decision == "disputed" and all(
                session.claims[i].status == "disputed" for i in row.claim_ids if i in session.claims):
            self.notice_raised.emit("This check is disputed already, and so are its claims.")
            return
        command = self._push(lambda: DisputeCheckCommand(self.session, row.finding.key, row.claim_ids, self._report))
        self._after_check_decision(command)

    def reopen_check(self, key: CheckKey | None = None) -> None:
        key = self._check_key(key)
        if key is None or self.session is None or key not in self.session.check_decisions:
            return
        self._push(lambda: ReopenCheckCommand(self.session, key, self._report))

    def _after_check_decision(self, command: Any) -> None:
        if command is not None and not command.isObsolete() and self.advance_after_verdict:
            self.checks.next_open()
        self.checks.table.setFocus()

    def _fill_republish_field(self) -> None:
        review = self.session.review if self.session is not None else None
        day = dt.date.fromisoformat(review.republish_on) if review is not None and review.republish_on else None
        self.republish_field.set_date(day)
        self.republish_field.edit.setFocus()

    def _republish_date_entered(self) -> None:
        if not self.republish_field.is_valid():
            return
        self.republish_menu.close()
        self.set_republication_date(self.republish_field.date())

    def set_republication_date(self, day: dt.date | None) -> None:
        if self.session is None:
            return
        try:
            self.session.set_republication_date(day)
        except WorkbenchError as exc:
            self.error_raised.emit(exc)

    # -------------------------------------------------------------- layout state

    def save_state(self, settings: Any) -> None:
        settings.set("main_splitter", self.main_splitter.saveState())
        settings.set("side_splitter", self.side_splitter.saveState())
        settings.set("claims_header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: Any) -> None:
        for name, splitter, default in (("main_splitter", self.main_splitter, (620, 780)),
                                        ("side_splitter", self.side_splitter, (340, 420))):
            state = settings.get(name)
            if state and not state.isEmpty():
                splitter.restoreState(state)
            else:
                splitter.setSizes(list(default))
        header = settings.get("claims_header")
        if header and not header.isEmpty():
            self.table.horizontalHeader().restoreState(header)


def review_progress_text(review: Review) -> str:
    return progress_text(review.total, review.checked, review.disputed)
