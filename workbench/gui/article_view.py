"""The article, read-only, with every claim highlighted; clicking a claim selects it, hovering shows its value."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPen,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from workbench.core.model import Claim
from workbench.gui.claims_model import claim_value_text
from workbench.gui.theme import KIND_LABELS, STATUS_LOOKS, claim_format, palette

READING_WIDTH_EM = 38
"""Comfortable line length: about 70 characters."""


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class OffsetMap:
    """Python string offsets <-> QTextDocument positions (UTF-16: characters beyond U+FFFF count twice)."""

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_qt = [i + n for n, i in enumerate(self._astral)]

    def to_qt(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._astral, offset) if self._astral else offset

    def from_qt(self, position: int) -> int:
        if not self._astral:
            return position
        return position - bisect.bisect_right(self._astral_qt, position - 1)


class ArticleView(QTextEdit):
    claim_clicked = Signal(int)
    """The id of the claim under a click (no drag selection)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setUndoRedoEnabled(False)
        self.setMouseTracking(True)
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        self.setAccessibleName("Article text")
        self._map = OffsetMap("")
        self._text = ""
        self._claims: dict[int, Claim] = {}
        self._starts: list[tuple[int, int, int]] = []  # (qt start, qt end, claim id), sorted
        self._spans: dict[int, tuple[int, int]] = {}  # claim id -> (qt start, qt end)
        self._longest = 0
        self._current: int | None = None
        self._point_size = 12
        self._find_highlight: tuple[int, int] | None = None
        self._findings: list[tuple[int, int, str]] = []  # (qt start, qt end, colour) of the dated wording
        self._current_finding: tuple[int, int] | None = None
        self._check_spans: list[tuple[int, int]] = []  # (qt start, qt end) of every check's words, outlined
        self._current_check: list[tuple[int, int]] = []  # the check being read: its claims, filled together
        self.context_actions: list[QAction] = []
        """Window actions offered on right-click (set by the window)."""
        self._formats: dict[tuple[str, str, bool], QTextCharFormat] = {}
        self.document().setDocumentMargin(24)
        self._plain = QTextCharFormat()

    # -------------------------------------------------------------- content

    def set_article(self, text: str, claims: Iterable[Claim]) -> None:
        self._map = OffsetMap(text)
        self._text = text
        self._current = None
        self._find_highlight = None
        self._findings = []
        self._current_finding = None
        self._check_spans = []
        self._current_check = []
        document = QTextDocument(self)
        document.setUndoRedoEnabled(False)
        document.setDocumentMargin(24)
        document.setDefaultFont(self._reading_font())
        document.setPlainText(text)
        cursor = QTextCursor(document)
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setLineHeight(140, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.mergeBlockFormat(block)
        self._plain = cursor.charFormat()
        # The claims are drawn into the document before it is shown, so it is laid out once.
        self._claims = {c.id: c for c in claims}
        self._reindex()
        self._paint_all(document)
        self.setDocument(document)
        self._apply_reading_width()
        self._refresh()
        self.verticalScrollBar().setValue(0)

    def _reading_font(self) -> QFont:
        font = QFont(self.font())
        font.setFamilies(["Noto Serif", "Georgia", "DejaVu Serif", "Times New Roman", "serif"])
        font.setPointSize(self._point_size)
        return font

    def set_text_size(self, point_size: int) -> None:
        self._point_size = point_size
        self.document().setDefaultFont(self._reading_font())
        self._apply_reading_width()

    def text_size(self) -> int:
        return self._point_size

    def set_claims(self, claims: Iterable[Claim]) -> None:
        for start, end, _claim_id in self._starts:
            self._paint_span(start, end, self._plain)
        self._claims = {c.id: c for c in claims}
        if self._current not in self._claims:
            self._current = None
        self._reindex()
        self._paint_all(self.document())
        self._refresh()

    def update_claim(self, claim: Claim) -> None:
        old = self._claims.get(claim.id)
        self._claims[claim.id] = claim
        if old is not None and (old.start, old.end) == (claim.start, claim.end):
            if (old.status, old.kind) != (claim.status, claim.kind):
                self._redraw(claim.id)
                if claim.id == self._current:
                    self._refresh()
            return
        span = self._spans.get(claim.id)
        self._reindex()
        if span is not None:
            self._redraw_span(*span)  # where it was
        self._redraw(claim.id)
        self._refresh()

    def remove_claim(self, claim_id: int) -> None:
        if claim_id not in self._claims:
            return
        span = self._spans.get(claim_id)
        del self._claims[claim_id]
        if self._current == claim_id:
            self._current = None
        self._reindex()
        if span is not None:
            self._redraw_span(*span)
        self._refresh()

    def _reindex(self) -> None:
        self._starts = sorted((self._map.to_qt(c.start), self._map.to_qt(c.end), c.id) for c in self._claims.values())
        self._spans = {claim_id: (start, end) for start, end, claim_id in self._starts}
        self._longest = max((end - start for start, end, _ in self._starts), default=0)

    # -------------------------------------------------------------- highlighting

    def claims_between(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """(qt start, qt end, id) of the claims that overlap the document positions ``start..end``."""
        lo = bisect.bisect_left(self._starts, (start - self._longest, -1, -1))
        hi = bisect.bisect_left(self._starts, (end, -1, -1))
        return [item for item in self._starts[lo:hi] if item[1] > start]

    def _paint_all(self, document: QTextDocument) -> None:
        """Every claim's status and kind, written into the document's character formats.

        Formats live in the document (not as extra selections), so a verdict later repaints one span,
        and Qt lays out only the paragraph it sits in, however many claims the article has.
        """
        cursor = QTextCursor(document)
        # Figures, dates and names first; quotes (which hold them) only add their underline on top.
        for quotes in (False, True):
            for start, end, claim_id in self._starts:
                if (self._claims[claim_id].kind == "quote") != quotes:
                    continue
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                if quotes:
                    cursor.mergeCharFormat(self.format_for(claim_id))
                else:
                    cursor.setCharFormat(self.format_for(claim_id))

    def restyle(self) -> None:
        """Repaint every claim in the current theme's colours."""
        self._formats.clear()
        self._paint_all(self.document())
        self._refresh()

    def drawn_background(self, claim_id: int) -> str | None:
        """The highlight colour the document holds at a claim's first character (``#rrggbb``), or None."""
        span = self._spans.get(claim_id)
        if span is None:
            return None
        block = self.document().findBlock(span[0])
        offset = span[0] - block.position()
        for fragment in block.textFormats():
            if fragment.start <= offset < fragment.start + fragment.length:
                brush = fragment.format.background()
                return brush.color().name() if brush.style() != Qt.BrushStyle.NoBrush else None
        return None

    def _paint_span(self, start: int, end: int, fmt: QTextCharFormat, *, merge: bool = False) -> None:
        if end <= start:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        if merge:
            cursor.mergeCharFormat(fmt)
        else:
            cursor.setCharFormat(fmt)

    def format_for(self, claim_id: int, *, current: bool = False) -> QTextCharFormat:
        claim = self._claims[claim_id]
        key = (claim.status, claim.kind, current)
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = QTextCharFormat(self._plain)
            fmt.merge(claim_format(claim.status, claim.kind, current=current))
            self._formats[key] = fmt
        return fmt

    def _redraw(self, claim_id: int) -> None:
        span = self._spans.get(claim_id)
        if span is None:
            return
        if self._claims[claim_id].kind == "quote":
            self._paint_span(*span, self.format_for(claim_id), merge=True)
            return
        self._paint_span(*span, self.format_for(claim_id))
        self._merge_quotes(*span)

    def _merge_quotes(self, start: int, end: int) -> None:
        """The underline of every quote over ``start..end``, added to what is drawn there."""
        for q_start, q_end, claim_id in self.claims_between(start, end):
            if self._claims[claim_id].kind == "quote":
                self._paint_span(max(start, q_start), min(end, q_end), self.format_for(claim_id), merge=True)

    def _redraw_span(self, start: int, end: int) -> None:
        """Paint ``start..end`` plain, then the claims that still lie there (quotes last, on top)."""
        self._paint_span(start, end, self._plain)
        for claim_start, claim_end, claim_id in self.claims_between(start, end):
            if self._claims[claim_id].kind != "quote":
                self._paint_span(claim_start, claim_end, self.format_for(claim_id))
        self._merge_quotes(start, end)

    def set_findings(self, spans: Iterable[tuple[int, int, str]]) -> None:
        """The dated wording, outlined in its class's colour on top of the claims: (start, end, colour)."""
        self._findings = [(self._map.to_qt(start), self._map.to_qt(end), colour) for start, end, colour in spans]
        self._refresh()

    def set_current_finding(self, span: tuple[int, int] | None, *, scroll: bool = True) -> None:
        self._current_finding = (self._map.to_qt(span[0]), self._map.to_qt(span[1])) if span else None
        self._refresh()
        if scroll and self._current_finding is not None:
            self._scroll_to_position(self._current_finding[0])

    def set_checks(self, spans: Iterable[tuple[int, int]], current: Iterable[tuple[int, int]] = (), *,
                   scroll: bool = True) -> None:
        """The consistency checks: every check's words outlined, the current one's claims filled together
        (all in the same colour, so they read as one finding); brought into view from its first span."""
        self._check_spans = sorted({(self._map.to_qt(a), self._map.to_qt(b)) for a, b in spans})
        self._current_check = sorted((self._map.to_qt(a), self._map.to_qt(b)) for a, b in current)
        self._refresh()
        if scroll and self._current_check:
            self._scroll_to_position(self._current_check[0][0])

    def current_check_spans(self) -> list[tuple[int, int]]:
        """The spans drawn as the current check (Python offsets into the article), read from what is drawn."""
        colour = QColor(palette().check_background)
        return [(self._map.from_qt(sel.cursor.selectionStart()), self._map.from_qt(sel.cursor.selectionEnd()))
                for sel in self.extraSelections()
                if sel.format.background().style() != Qt.BrushStyle.NoBrush and sel.format.background().color() == colour]

    def _selection(self, start: int, end: int) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        return selection

    def _refresh(self) -> None:
        """The highlights drawn on top: the dated wording (outlined), the checks, the claim being checked,
        the words found."""
        selections = []
        for start, end, colour in self._findings:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            current = (start, end) == self._current_finding
            selection.format.setProperty(QTextFormat.Property.OutlinePen, QPen(QColor(colour), 2.5 if current else 1.5))
            if current:
                selection.format.setBackground(QColor(palette().current_background))
                selection.format.setForeground(QColor(palette().current_foreground))
            selections.append(selection)
        colours = palette()
        current_check = set(self._current_check)
        for start, end in self._check_spans:
            if (start, end) not in current_check:
                selection = self._selection(start, end)
                selection.format.setProperty(QTextFormat.Property.OutlinePen, QPen(QColor(colours.check_outline), 1.5))
                selections.append(selection)
        if self._current is not None and self._current in self._spans and not self._current_check:
            start, end = self._spans[self._current]
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = self.format_for(self._current, current=True)
            selections.append(selection)
        for start, end in self._current_check:
            selection = self._selection(start, end)
            selection.format.setBackground(QColor(colours.check_background))
            selection.format.setForeground(QColor(colours.check_foreground))
            selections.append(selection)
        if self._find_highlight is not None:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._find_highlight[0])
            cursor.setPosition(self._find_highlight[1], QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format.setBackground(QColor(palette().find_background))
            selection.format.setForeground(QColor(palette().text))
            selections.append(selection)
        self.setExtraSelections(selections)

    def current_claim(self) -> int | None:
        return self._current

    def set_current_claim(self, claim_id: int | None, *, scroll: bool = True) -> None:
        """Mark a claim as the one being checked and bring it into view."""
        if claim_id == self._current and not scroll:
            return
        self._current = claim_id if claim_id in self._claims else None
        self._refresh()
        if scroll and self._current is not None:
            self.scroll_to_claim(self._current)

    def scroll_to_claim(self, claim_id: int) -> None:
        claim = self._claims.get(claim_id)
        if claim is None:
            return
        self._scroll_to_position(self._map.to_qt(claim.start))

    def _scroll_to_position(self, position: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        rect = self.cursorRect(cursor)
        viewport = self.viewport().rect()
        margin = viewport.height() // 4
        if rect.top() < margin or rect.bottom() > viewport.height() - margin:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + rect.center().y() - viewport.height() // 3)

    # -------------------------------------------------------------- hit testing and selection

    def claim_at_position(self, position: int) -> int | None:
        """The claim covering a document position (the innermost, if they nest)."""
        index = bisect.bisect_right(self._starts, (position, 1 << 62, 1 << 62))
        best: tuple[int, int] | None = None
        for start, end, claim_id in reversed(self._starts[max(0, index - 8):index]):
            if start <= position < end and (best is None or end - start < best[0]):
                best = (end - start, claim_id)
        return best[1] if best else None

    def claim_at(self, point: QPoint) -> int | None:
        cursor = self.cursorForPosition(point)
        rect = self.cursorRect(cursor)
        if abs(rect.center().y() - point.y()) > rect.height():
            return None
        position = cursor.position()
        found = self.claim_at_position(position)
        if found is None and position > 0:
            # cursorForPosition rounds to the nearest gap; check the character to the left too.
            found = self.claim_at_position(position - 1)
            if found is not None:
                claim = self._claims[found]
                if self._map.to_qt(claim.end) != position:
                    found = None
                else:
                    left = QTextCursor(cursor)
                    left.setPosition(position - 1)
                    if self.cursorRect(left).left() > point.x():
                        found = None
        return found

    def selected_span(self) -> tuple[int, int] | None:
        """The selected text as Python offsets into the article, trimmed of spaces; None if nothing."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._map.from_qt(cursor.selectionStart())
        end = self._map.from_qt(cursor.selectionEnd())
        text = self._text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def select_span(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_qt(start))
        cursor.setPosition(self._map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def find_text(self, text: str, *, backward: bool = False) -> bool:
        """Move to the next (or previous) place the words occur, wrapping around; True if found."""
        if not text:
            self._find_highlight = None
            self._refresh()
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        document = self.document()
        cursor = self.textCursor()
        found = document.find(text, cursor, flags)
        if found.isNull():
            wrap = QTextCursor(document)
            if backward:
                wrap.movePosition(QTextCursor.MoveOperation.End)
            found = document.find(text, wrap, flags)
        if found.isNull():
            self._find_highlight = None
            self._refresh()
            return False
        self._find_highlight = (found.selectionStart(), found.selectionEnd())
        collapsed = QTextCursor(found)
        collapsed.setPosition(found.selectionEnd() if not backward else found.selectionStart())
        self.setTextCursor(collapsed)
        self._refresh()
        self.ensureCursorVisible()
        return True

    # -------------------------------------------------------------- events

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            claim_id = self.claim_at(event.position().toPoint())
            if claim_id is not None:
                self.claim_clicked.emit(claim_id)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The usual Copy / Select All, plus the window's claim actions (Add Claim from Selection, …)."""
        menu = self.createStandardContextMenu(event.pos())
        if self.context_actions:
            menu.insertActions(menu.actions()[0] if menu.actions() else None, self.context_actions)  # type: ignore[arg-type]
            menu.insertSeparator(menu.actions()[len(self.context_actions)])
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        over_claim = event.buttons() == Qt.MouseButton.NoButton and self.claim_at(event.position().toPoint()) is not None
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if over_claim else Qt.CursorShape.IBeamCursor)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            claim_id = self.claim_at(self.viewport().mapFrom(self, event.pos()))
            if claim_id is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(claim_id), self)
            return True
        return super().event(event)

    def tooltip_for(self, claim_id: int) -> str:
        claim = self._claims[claim_id]
        status = STATUS_LOOKS[claim.status].label if claim.status in STATUS_LOOKS else claim.status
        return (f"<b>{claim_value_text(claim)}</b><br>{KIND_LABELS.get(claim.kind, claim.kind)} · {status}"
                + (f" · {len(claim.sources)} source{'s' if len(claim.sources) != 1 else ''}" if claim.sources else ""))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_reading_width()

    def _apply_reading_width(self) -> None:
        """Keep lines to a readable length by centring a column in wide windows."""
        em = self.fontMetrics().averageCharWidth() * self._point_size / max(1, self.font().pointSize())
        column = int(em * 2 * READING_WIDTH_EM)
        spare = self.viewport().width() - column
        side = max(28, spare // 2)
        root = self.document().rootFrame()
        fmt = root.frameFormat()
        if int(fmt.leftMargin()) != side:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            fmt.setTopMargin(20)
            fmt.setBottomMargin(40)
            root.setFrameFormat(fmt)
