"""The peak hours: weekdays by hours of the day, each cell as dark as the average number of people then.

Painted by hand: a QtCharts heat map would need a scatter of 168 squares and still no labels in the cells.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

FIRST_HOUR, LAST_HOUR = 7, 21  # the hours shown; a place open at night widens the band
LOW, HIGH = QColor("#eef3fa"), QColor("#1f4e99")


def _mix(share: float) -> QColor:
    return QColor.fromRgbF(*(a + (b - a) * share for a, b in zip(LOW.getRgbF()[:3], HIGH.getRgbF()[:3],
                                                                  strict=True)))


class HeatMap(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid: list[list[float]] = [[0.0] * 24 for _ in range(7)]
        self.hours = range(FIRST_HOUR, LAST_HOUR)
        self.setMinimumSize(QSize(260, 170))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def set_grid(self, grid: list[list[float]]) -> None:
        self.grid = grid
        used = [h for h in range(24) if any(row[h] for row in grid)]
        first = min([FIRST_HOUR, *used])
        last = max([LAST_HOUR - 1, *used]) + 1
        self.hours = range(first, last)
        self.update()

    def _layout(self) -> tuple[float, float, float, float]:
        left, top = 44.0, 22.0
        cell_w = (self.width() - left - 4) / max(1, len(self.hours))
        cell_h = (self.height() - top - 4) / 7
        return left, top, cell_w, cell_h

    def _weekday_names(self) -> list[str]:
        locale = QLocale()
        return [locale.dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]  # Monday first

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        left, top, cell_w, cell_h = self._layout()
        peak = max((max(row) for row in self.grid), default=0.0) or 1.0
        names = self._weekday_names()
        text = self.palette().text().color()
        for weekday in range(7):
            painter.setPen(text)
            painter.drawText(QRectF(0, top + weekday * cell_h, left - 6, cell_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, names[weekday])
            for column, hour in enumerate(self.hours):
                value = self.grid[weekday][hour]
                rect = QRectF(left + column * cell_w, top + weekday * cell_h, cell_w - 1, cell_h - 1)
                painter.fillRect(rect, _mix(value / peak))
        painter.setPen(text)
        step = 1 if cell_w >= 26 else 2
        for column, hour in enumerate(self.hours):
            if column % step == 0:
                painter.drawText(QRectF(left + column * cell_w, 0, cell_w * step, top - 4),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, self.tr("%1 h").replace(
                                     "%1", str(hour)))
        painter.end()

    def cell_at(self, pos: QPoint) -> tuple[int, int] | None:
        """(weekday, hour) under a point, or None."""
        left, top, cell_w, cell_h = self._layout()
        column, row = int((pos.x() - left) // cell_w), int((pos.y() - top) // cell_h)
        if pos.x() < left or pos.y() < top or not 0 <= row < 7 or not 0 <= column < len(self.hours):
            return None
        return row, self.hours[column]

    def event(self, event: object) -> bool:
        if isinstance(event, QHelpEvent):
            cell = self.cell_at(event.pos())
            if cell is None:
                QToolTip.hideText()
            else:
                weekday, hour = cell
                people = QLocale().toString(self.grid[weekday][hour], "f", 1)
                QToolTip.showText(event.globalPos(), self.tr("%1, %2 h: %3 people on average").replace(
                    "%1", self._weekday_names()[weekday]).replace("%2", str(hour)).replace("%3", people), self)
            return True
        return super().event(event)
