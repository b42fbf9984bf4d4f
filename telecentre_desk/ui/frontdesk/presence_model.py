"""Who is in now: one row per member checked in and not out, for the front desk's table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import IntEnum
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

if TYPE_CHECKING:
    from telecentre_desk.desk.presence import PresenceRow

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

MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the member's uid
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # arrival as a timestamp, names folded, numbers as numbers


def _tr(text: str) -> str:
    return QCoreApplication.translate("PresenceTableModel", text)


class PresenceTableModel(QAbstractTableModel):
    """Read-only; ``set_rows`` replaces the rows (a place holds tens of people, not thousands)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PresenceRow] = []
        self._tz: ZoneInfo | dt.tzinfo = dt.UTC

    def set_rows(self, rows: Sequence[PresenceRow], tz: ZoneInfo) -> None:
        """Arrival times are shown in the place's time zone, whatever the computer's."""
        self.beginResetModel()
        self._rows = list(rows)
        self._tz = tz
        self.endResetModel()

    def member_id_at(self, row: int) -> str:
        return self._rows[row].member_id

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(PresenceColumn)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = PresenceColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == MEMBER_ID_ROLE:
            return row.member_id
        if role == SORT_ROLE:
            if column == PresenceColumn.ARRIVAL:
                return row.since.timestamp()
            return self._display(row, column).casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PresenceColumn.ARRIVAL:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, row: PresenceRow, column: PresenceColumn) -> str:
        if column == PresenceColumn.NUMBER:
            return row.display_number
        if column == PresenceColumn.NAME:
            return f"{row.first_name} {row.last_name}"
        if column == PresenceColumn.ARRIVAL:
            return row.since.astimezone(self._tz).strftime("%H:%M")
        if column == PresenceColumn.PLAN:
            # Visitors and guests have no plan of their own; say what they are.
            return row.plan_name or (_tr(_KINDS[row.kind]) if row.kind in _KINDS else "")
        return row.desk or ""

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(PresenceColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(_HEADERS[PresenceColumn(section)])
        return None
