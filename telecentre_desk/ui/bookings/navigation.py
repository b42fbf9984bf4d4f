"""The bookings' day or week, and the way there: Day / Week, previous, a date, next, Today."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import QButtonGroup, QDateEdit, QHBoxLayout, QPushButton, QToolButton, QWidget


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DayNavigator(QWidget):
    changed = Signal()  # another day, or the other view

    def __init__(self, *, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.day_button = QToolButton(self)
        self.day_button.setText(self.tr("Day"))
        self.week_button = QToolButton(self)
        self.week_button.setText(self.tr("Week"))
        self.modes = QButtonGroup(self)
        for number, button in enumerate((self.day_button, self.week_button)):
            button.setCheckable(True)
            self.modes.addButton(button, number)
        self.day_button.setChecked(True)
        self.previous = QToolButton(self)
        self.previous.setText("◀")
        self.next = QToolButton(self)
        self.next.setText("▶")
        self.today_button = QPushButton(self.tr("Today"), self)
        self.date = QDateEdit(_qdate(today), self)
        self.date.setAccessibleName(self.tr("Day shown"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd d MMM yyyy")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.day_button)
        layout.addWidget(self.week_button)
        layout.addSpacing(12)
        for widget in (self.previous, self.date, self.next, self.today_button):
            layout.addWidget(widget)
        self.modes.idClicked.connect(self._on_modes_id_clicked)
        self.previous.clicked.connect(self._on_previous_clicked)
        self.next.clicked.connect(self._on_next_clicked)
        self.today_button.clicked.connect(self._on_today_button_clicked)
        self.date.dateChanged.connect(self._on_date_date_changed)

    @property
    def current_day(self) -> dt.date:
        value = self.date.date()
        return dt.date(value.year(), value.month(), value.day())

    @property
    def week_mode(self) -> bool:
        return self.week_button.isChecked()

    def show_day(self, day: dt.date) -> None:
        """That day in the day view (from a double-click in the week)."""
        self.day_button.setChecked(True)
        if day == self.current_day:
            self.changed.emit()
        else:
            self.date.setDate(_qdate(day))

    def _step(self, steps: int) -> None:
        self.date.setDate(self.date.date().addDays(steps * (7 if self.week_mode else 1)))

    @Slot(int)
    def _on_modes_id_clicked(self, _id: int) -> None:
        self.changed.emit()

    @Slot()
    def _on_previous_clicked(self) -> None:
        self._step(-1)

    @Slot()
    def _on_next_clicked(self) -> None:
        self._step(1)

    @Slot()
    def _on_today_button_clicked(self) -> None:
        self.date.setDate(_qdate(self.today))

    @Slot(QDate)
    def _on_date_date_changed(self, _date: QDate) -> None:
        self.changed.emit()
