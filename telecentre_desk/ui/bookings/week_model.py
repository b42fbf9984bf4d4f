"""The week view's table: one row per room or desk, one column per day, the day's bookings listed in each cell."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from telecentre_desk.bookings.info import BookingInfo
from telecentre_desk.ui.bookings.day_model import BOOKED, CLOSED, booking_text
from telecentre_desk.ui.bookings.grid import Resource

AnyIndex = QModelIndex | QPersistentModelIndex
DAY_ROLE = Qt.ItemDataRole.UserRole + 1  # the column's date


def _tr(text: str) -> str:
    return QCoreApplication.translate("BookingsWeekModel", text)


class BookingsWeekModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.monday = dt.date.min
        self.tz = ZoneInfo("UTC")  # no booking shown yet: set_*() gives the place's zone with the rows
        self.resources: list[Resource] = []
        self.closed: dict[dt.date, str] = {}  # closed day -> why (a closure's label, or no opening hours)
        self._cells: dict[tuple[int, int], list[BookingInfo]] = {}

    def set_week(self, monday: dt.date, tz: ZoneInfo, resources: Sequence[Resource], bookings: Sequence[BookingInfo],
                 closed: dict[dt.date, str]) -> None:
        self.beginResetModel()
        self.monday, self.tz, self.resources, self.closed = monday, tz, list(resources), dict(closed)
        self._cells = {}
        for booking in bookings:
            column = (booking.starts_at.astimezone(tz).date() - monday).days
            if not 0 <= column < 7:
                continue
            for row, resource in enumerate(self.resources):
                if resource.holds(booking.space_id, booking.desk_id):
                    self._cells.setdefault((row, column), []).append(booking)
        self.endResetModel()

    def day_of(self, column: int) -> dt.date:
        return self.monday + dt.timedelta(days=column)

    def bookings_at(self, row: int, column: int) -> list[BookingInfo]:
        return list(self._cells.get((row, column), []))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.resources)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 7

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.resources) and 0 <= index.column() < 7):
            return None
        bookings = self._cells.get((index.row(), index.column()), [])
        day = self.day_of(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [f"{b.starts_at.astimezone(self.tz):%H:%M}–{b.ends_at.astimezone(self.tz):%H:%M} {b.member_name}"
                     for b in bookings]
            if not lines and day in self.closed:
                return QCoreApplication.translate("BookingsWeekModel", "Closed")
            return "\n".join(lines) or None
        if role == Qt.ItemDataRole.ToolTipRole:
            if bookings:
                return "\n\n".join(booking_text(b, self.tz) for b in bookings)
            return self.closed.get(day)
        if role == Qt.ItemDataRole.BackgroundRole:
            if bookings:
                return QBrush(BOOKED)
            return QBrush(CLOSED) if day in self.closed else None
        if role == DAY_ROLE:
            return day
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
            day = self.day_of(section)
            locale = QLocale()
            return f"{locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)} {day.day:02d}/{day.month:02d}"
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.resources):
            return self.resources[section].label
        return None
