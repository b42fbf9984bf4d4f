"""The day view's table: one row per half-hour slot, one column per room or desk, a booking over its slots.

The view spans each booking's cells into one (``spans()``); every cell of a booking answers
``BOOKING_ROLE`` with the booking's id, so a click anywhere on it selects that booking. A booking can be
dragged onto another half hour or another room or desk: the model only says where (``booking_dropped``);
the screen moves it through the Store, and reads the day again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from telecentre_desk.bookings.info import BookingInfo
from telecentre_desk.ui.bookings.grid import SLOT, Resource

AnyIndex = QModelIndex | QPersistentModelIndex

BOOKING_ROLE = Qt.ItemDataRole.UserRole + 1  # the booking's id, on each of its cells
SLOT_ROLE = Qt.ItemDataRole.UserRole + 2  # the slot's start (datetime.time)
BOOKED = QColor("#fbe8b0")  # the floor plan's "booked" amber
BOOKED_SERIES = QColor("#f6dc8c")
CLOSED = QColor("#e6e6e6")
MIME_TYPE = "application/x-telecentre-desk-booking"  # a booking's uid, dragged in the day view


def _tr(text: str) -> str:
    return QCoreApplication.translate("BookingsDayModel", text)


def booking_text(booking: BookingInfo, tz: ZoneInfo) -> str:
    """One booking for a tooltip or a question: who, when, where."""
    a, b = booking.starts_at.astimezone(tz), booking.ends_at.astimezone(tz)
    where = booking.space_name if booking.desk_name is None else f"{booking.desk_name} ({booking.space_name})"
    text = f"{booking.member_name} ({booking.member_number}) — {a:%H:%M}–{b:%H:%M}, {where}"
    if booking.series_id:
        text += "\n" + QCoreApplication.translate("BookingsDayModel", "Repeats every week")
    if booking.note:
        text += "\n" + booking.note
    return text


class BookingsDayModel(QAbstractTableModel):
    booking_dropped = Signal(str, int, int)  # the booking's uid, the row and column it was dropped on

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.day = dt.date.min  # set_day() gives the real one
        self.tz = ZoneInfo("UTC")  # no booking shown yet: set_*() gives the place's zone with the rows
        self.slots: list[dt.time] = []
        self.resources: list[Resource] = []
        self.open_ranges: tuple[tuple[dt.time, dt.time], ...] = ()
        self._cells: dict[tuple[int, int], BookingInfo] = {}
        self._first: dict[tuple[int, int], int] = {}  # (row, column) of a booking's first cell -> rows spanned

    def set_day(self, day: dt.date, tz: ZoneInfo, slots: Sequence[dt.time], resources: Sequence[Resource],
                bookings: Sequence[BookingInfo], open_ranges: tuple[tuple[dt.time, dt.time], ...]) -> None:
        self.beginResetModel()
        self.day, self.tz, self.slots, self.resources = day, tz, list(slots), list(resources)
        self.open_ranges = open_ranges
        self._cells, self._first = {}, {}
        for booking in bookings:
            a, b = booking.starts_at.astimezone(tz), booking.ends_at.astimezone(tz)
            rows = [r for r, start in enumerate(self.slots) if self._slot_start(start) < b and
                    self._slot_start(start) + SLOT > a]
            for column, resource in enumerate(self.resources):
                if rows and resource.holds(booking.space_id, booking.desk_id) and (rows[0], column) not in self._cells:
                    self._first[rows[0], column] = len(rows)
                    for row in rows:
                        self._cells[row, column] = booking
        self.endResetModel()

    def _slot_start(self, start: dt.time) -> dt.datetime:
        return dt.datetime.combine(self.day, start, tzinfo=self.tz)

    def spans(self) -> list[tuple[int, int, int]]:
        """(row, column, rows) of every booking longer than one slot, for QTableView.setSpan."""
        return [(row, column, length) for (row, column), length in self._first.items() if length > 1]

    def booking_at(self, row: int, column: int) -> BookingInfo | None:
        return self._cells.get((row, column))

    def slot_range(self, rows: Sequence[int]) -> tuple[dt.time, dt.time]:
        """Start of the first and end of the last of these slots (local times)."""
        first = min(rows)
        end = (self._slot_start(self.slots[max(rows)]) + SLOT).time()
        return self.slots[first], end

    def _is_open(self, start: dt.time) -> bool:
        return any(a <= start < b for a, b in self.open_ranges)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.slots)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.resources)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        inside = 0 <= index.row() < len(self.slots) and 0 <= index.column() < len(self.resources)
        if not index.isValid() or not inside:
            return None
        booking = self._cells.get((index.row(), index.column()))
        if role == Qt.ItemDataRole.DisplayRole:
            return booking.member_name if booking is not None and (index.row(), index.column()) in self._first else None
        if role == Qt.ItemDataRole.ToolTipRole and booking is not None:
            return booking_text(booking, self.tz)
        if role == Qt.ItemDataRole.BackgroundRole:
            if booking is not None:
                return QBrush(BOOKED_SERIES if booking.series_id else BOOKED)
            if not self._is_open(self.slots[index.row()]):
                return QBrush(CLOSED)
            return None
        if role == BOOKING_ROLE:
            return booking.id if booking is not None else None
        if role == SLOT_ROLE:
            return self.slots[index.row()]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid():
            flags |= Qt.ItemFlag.ItemIsDropEnabled
            if (index.row(), index.column()) in self._cells:
                flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        found = next((self._cells[i.row(), i.column()] for i in indexes if (i.row(), i.column()) in self._cells), None)
        if found is not None:
            data.setData(MIME_TYPE, found.id.encode())
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: AnyIndex) -> bool:
        return data.hasFormat(MIME_TYPE) and parent.isValid() and parent.model() is self

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        self.booking_dropped.emit(bytes(data.data(MIME_TYPE).data()).decode(), parent.row(), parent.column())
        return False  # nothing changes here: the view must not remove the dragged cells

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.resources):
            resource = self.resources[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return resource.label
            if role == Qt.ItemDataRole.DisplayRole:
                # Narrow columns: a desk by its name (its room in the tooltip), a room's name on two lines.
                return resource.desk_name or resource.space_name.replace(" ", "\n", 1)
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.slots):
            return self.slots[section].strftime("%H:%M")
        return None
