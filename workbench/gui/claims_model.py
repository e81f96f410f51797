"""The claims of one review as a table model, and the proxy that sorts and filters it."""

from __future__ import annotations

import bisect
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from workbench.core.formatting import format_value
from workbench.core.model import Claim
from workbench.gui.theme import KIND_LABELS, STATUS_LOOKS, kind_icon, status_icon

ClaimRole = Qt.ItemDataRole.UserRole + 1
ClaimIdRole = Qt.ItemDataRole.UserRole + 2
StatusRole = Qt.ItemDataRole.UserRole + 3
KindRole = Qt.ItemDataRole.UserRole + 4
ValueTextRole = Qt.ItemDataRole.UserRole + 6

AnyIndex = QModelIndex | QPersistentModelIndex
_STATUS_ORDER = {"unchecked": 0, "disputed": 1, "verified": 2}


def claim_value_text(claim: Claim) -> str:
    return format_value(claim.kind, claim.value, unit=claim.unit, mod=claim.mod, approximate=claim.approximate)


class ClaimsTableModel(QAbstractTableModel):
    """Rows are claims, in reading order (by place in the article) unless sorted by another column.

    Sorting happens here, in one Python ``sort`` with a key, not through the proxy's per-comparison
    callbacks: with 20,000 claims that is the difference between milliseconds and seconds. Values are
    written out when a row is first shown.
    """

    COLUMNS = ("#", "Kind", "Quoted text", "Value", "Status", "Sources")
    POSITION, KIND, TEXT, VALUE, STATUS, SOURCES = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._claims: list[Claim] = []
        self._row_by_id: dict[int, int] = {}
        self._values: dict[int, str] = {}
        self._sort: tuple[int, Qt.SortOrder] = (self.POSITION, Qt.SortOrder.AscendingOrder)

    # -------------------------------------------------------------- content

    def _sort_key(self, column: int) -> Any:
        if column == self.KIND:
            return lambda c: (KIND_LABELS.get(c.kind, c.kind).lower(), c.start, c.id)
        if column == self.TEXT:
            return lambda c: (c.text.lower(), c.start, c.id)
        if column == self.VALUE:
            return lambda c: (self.value_text(c).lower(), c.start, c.id)
        if column == self.STATUS:
            return lambda c: (_STATUS_ORDER.get(c.status, 9), c.start, c.id)
        if column == self.SOURCES:
            return lambda c: (len(c.sources), c.start, c.id)
        return lambda c: (c.start, c.id)

    def _order(self, claims: list[Claim]) -> list[Claim]:
        column, order = self._sort
        return sorted(claims, key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)

    def _reindex(self) -> None:
        self._row_by_id = {c.id: row for row, c in enumerate(self._claims)}

    def set_claims(self, claims: list[Claim]) -> None:
        self.beginResetModel()
        self._values = {}
        self._claims = self._order(list(claims))
        self._reindex()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (the view's header asks through the proxy), keeping selections in place."""
        self._sort = (column if 0 <= column < len(self.COLUMNS) else self.POSITION, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._claims[i.row()].id if 0 <= i.row() < len(self._claims) else None for i in before]
        self._claims = self._order(self._claims)
        self._reindex()
        after = [self.index(self._row_by_id[cid], i.column()) if cid is not None else QModelIndex()
                 for cid, i in zip(ids, before, strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def value_text(self, claim: Claim) -> str:
        text = self._values.get(claim.id)
        if text is None:
            text = self._values[claim.id] = claim_value_text(claim)
        return text

    def claims(self) -> list[Claim]:
        return list(self._claims)

    def row_of(self, claim_id: int) -> int:
        return self._row_by_id.get(claim_id, -1)

    def claim_at(self, row: int) -> Claim:
        return self._claims[row]

    def _place_for(self, claim: Claim) -> int:
        column, order = self._sort
        key = self._sort_key(column)
        keys = [key(c) for c in self._claims]
        if order == Qt.SortOrder.DescendingOrder:
            keys.reverse()
            return len(keys) - bisect.bisect_right(keys, key(claim))
        return bisect.bisect_left(keys, key(claim))

    def update_claim(self, claim: Claim) -> None:
        row = self.row_of(claim.id)
        if row < 0:
            return
        self._claims[row] = claim
        self._values.pop(claim.id, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def add_claim(self, claim: Claim) -> None:
        if self.row_of(claim.id) >= 0:
            self.update_claim(claim)
            return
        row = self._place_for(claim)
        self.beginInsertRows(QModelIndex(), row, row)
        self._claims.insert(row, claim)
        self._reindex()
        self.endInsertRows()

    def remove_claim(self, claim_id: int) -> None:
        row = self.row_of(claim_id)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._claims[row]
        self._values.pop(claim_id, None)
        self._reindex()
        self.endRemoveRows()

    # -------------------------------------------------------------- Qt model interface

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._claims)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.COLUMNS[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return ("Order in the article", "What kind of claim", "The words in the article",
                        "The value, written out", "Verdict", "Number of sources")[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section in (self.POSITION, self.SOURCES):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._claims)):
            return None
        claim = self._claims[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.POSITION:
                return str(claim.number or claim.id)
            if column == self.KIND:
                return KIND_LABELS.get(claim.kind, claim.kind)
            if column == self.TEXT:
                return claim.text.replace("\n", " ")
            if column == self.VALUE:
                return self.value_text(claim)
            if column == self.STATUS:
                return STATUS_LOOKS[claim.status].label if claim.status in STATUS_LOOKS else claim.status
            if column == self.SOURCES:
                return str(len(claim.sources)) if claim.sources else "–"
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if column == self.STATUS and claim.status in STATUS_LOOKS:
                return status_icon(claim.status)
            if column == self.KIND:
                return kind_icon(claim.kind)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{KIND_LABELS.get(claim.kind, claim.kind)}: {self.value_text(claim)}"
            if claim.context:
                tip += f"\n\n{claim.context}"
            if claim.note:
                tip += f"\n\nNote: {claim.note}"
            if claim.marked_by and claim.status != "unchecked":
                tip += f"\n\n{claim.status.capitalize()} by {claim.marked_by}"
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (self.POSITION, self.SOURCES):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == ClaimRole:
            return claim
        if role == ClaimIdRole:
            return claim.id
        if role == StatusRole:
            return claim.status
        if role == KindRole:
            return claim.kind
        if role == ValueTextRole:
            return self.value_text(claim)
        return None


class ClaimsFilterProxy(QSortFilterProxyModel):
    """Filters by status, kind and words (in the quoted text, value, note or sentence).

    It does not sort: :meth:`sort` hands the order to the source model, which sorts in one pass.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._statuses: frozenset[str] = frozenset()
        self._kinds: frozenset[str] = frozenset()
        self._words: list[str] = []

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    @property
    def statuses(self) -> frozenset[str]:
        return self._statuses

    @property
    def kinds(self) -> frozenset[str]:
        return self._kinds

    @property
    def text(self) -> str:
        return " ".join(self._words)

    def set_statuses(self, statuses: set[str] | frozenset[str]) -> None:
        """Show only these statuses (empty: all)."""
        self.beginFilterChange()
        self._statuses = frozenset(statuses)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_kinds(self, kinds: set[str] | frozenset[str]) -> None:
        self.beginFilterChange()
        self._kinds = frozenset(kinds)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.lower().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def is_filtered(self) -> bool:
        return bool(self._statuses or self._kinds or self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not (self._statuses or self._kinds or self._words):
            return True
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        claim: Claim | None = model.data(index, ClaimRole)
        if claim is None:
            return False
        if self._statuses and claim.status not in self._statuses:
            return False
        if self._kinds and claim.kind not in self._kinds:
            return False
        if self._words:
            haystack = " ".join((claim.text, model.data(index, ValueTextRole) or "", claim.note, claim.qualifier,
                                 claim.context, *(s.citation + " " + s.title for s in claim.sources))).lower()
            if not all(word in haystack for word in self._words):
                return False
        return True
