"""Who is in now: one row per member checked in and not out, for the front desk's table."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

if TYPE_CHECKING:
    from telecentre_desk.desk.presence import PresenceRow

from telecentre_desk.ui.rows_model import RowsTableModel

AnyIndex = QModelIndex | QPersistentModelIndex


class PresenceColumn(IntEnum):
    NUMBER = 0
    NAME = 1
    ARRIVAL = 2
    PLAN = 3
    DESK = 4


_HEADERS = {
    PresenceColumn.NUMBER: QT_TRANSLATE_NOOP("PresenceTableModel", "Number"),
    PresenceColumn.NAME: QT_TRANSLATE_NOOP("PresenceTableModel", "Name"),
    PresenceColumn.ARRIVAL: QT_TRANSLATE_NOOP("PresenceTableModel", "Arrived"),
    PresenceColumn.PLAN: QT_TRANSLATE_NOOP("PresenceTableModel", "Plan"),
    PresenceColumn.DESK: QT_TRANSLATE_NOOP("PresenceTableModel", "Desk"),
}
_KINDS = {
    "visitor": QT_TRANSLATE_NOOP("PresenceTableModel", "Visitor"),
    "guest": QT_TRANSLATE_NOOP("PresenceTableModel", "Guest"),
}
_GUEST_OF = QT_TRANSLATE_NOOP("PresenceTableModel", "Guest of %1")

MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the member's uid
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # arrival as a timestamp, names folded, numbers as numbers


# Plain ints: data() runs thousands of times a refresh, and enum lookups there add up.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_CENTRED = int(Qt.AlignmentFlag.AlignCenter)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PresenceTableModel", text)


class PresenceTableModel(RowsTableModel["PresenceRow"]):
    """Read-only; ``set_rows`` replaces the rows, their texts and sort keys computed once.

    The table and its sorting proxy ask for every cell several times per refresh, and a refresh
    follows every scan: the answers are ready-made tuples, not recomputed per call.
    """

    CONTEXT = "PresenceTableModel"
    HEADERS = _HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PresenceRow] = []
        self._texts: list[tuple[str, ...]] = []
        self._keys: list[tuple[Any, ...]] = []

    def set_rows(self, rows: Sequence[PresenceRow], tz: ZoneInfo) -> None:
        """Arrival times are shown in the place's time zone, whatever the computer's."""
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [self._display(row, tz) for row in self._rows]
        self._keys = [(texts[0], texts[1].casefold(), row.since.timestamp(), texts[3].casefold(), texts[4])
                      for row, texts in zip(self._rows, self._texts, strict=True)]
        self.endResetModel()

    def put_row(self, row: PresenceRow, tz: ZoneInfo) -> None:
        """A member checked in: one row inserted (or replaced), no reset (the change set of a scan)."""
        self.remove_member(row.member_id)
        texts = self._display(row, tz)
        key = (texts[0], texts[1].casefold(), row.since.timestamp(), texts[3].casefold(), texts[4])
        at = len(self._rows)
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.append(row)
        self._texts.append(texts)
        self._keys.append(key)
        self.endInsertRows()

    def remove_member(self, member_id: str) -> bool:
        """A member checked out: their row removed; False when they were not listed."""
        at = next((i for i, r in enumerate(self._rows) if r.member_id == member_id), None)
        if at is None:
            return False
        self.beginRemoveRows(QModelIndex(), at, at)
        del self._rows[at], self._texts[at], self._keys[at]
        self.endRemoveRows()
        return True

    def member_id_at(self, row: int) -> str:
        return self._rows[row].member_id

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._rows):
            return None
        if role == _DISPLAY:
            return self._texts[row][index.column()]
        if role == _TOOLTIP:  # the whole text of a cell elided in a narrow window (a long plan name)
            return self._texts[row][index.column()] or None
        if role == SORT_ROLE:
            return self._keys[row][index.column()]
        if role == MEMBER_ID_ROLE:
            return self._rows[row].member_id
        if role == _ALIGNMENT and index.column() == PresenceColumn.ARRIVAL:
            return _CENTRED
        return None

    @staticmethod
    def _display(row: PresenceRow, tz: ZoneInfo) -> tuple[str, ...]:
        # Visitors and guests have no plan of their own: the plan column says what they are.
        plan = row.plan_name or (_tr(_KINDS[row.kind]) if row.kind in _KINDS else "")
        if row.kind == "guest" and row.guest_of:  # whose guest, not only "Guest" (issue 15)
            plan = _tr(_GUEST_OF).replace("%1", row.guest_of)
        return (row.display_number, f"{row.first_name} {row.last_name}",
                row.since.astimezone(tz).strftime("%H:%M"), plan, row.desk or "")
