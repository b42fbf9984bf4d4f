"""Which invoices the screen lists: one month (◀ novembre 2026 ▶) or all of them, and a month field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QToolButton, QWidget

from telecentre_desk.billing.month import Month


def month_edit(month: Month, parent: QWidget | None = None) -> QDateEdit:
    """A field showing a month by its name; the arrow keys and the wheel step it."""
    edit = QDateEdit(parent)
    edit.setDisplayFormat("MMMM yyyy")
    edit.setCalendarPopup(False)
    edit.setMinimumDate(QDate(2000, 1, 1))
    edit.setMaximumDate(QDate(2100, 12, 31))
    edit.setDate(QDate(month.year, month.month, 1))
    edit.setCurrentSection(QDateEdit.Section.MonthSection)
    return edit


def month_of(edit: QDateEdit) -> Month:
    day = edit.date()
    return Month(day.year(), day.month())


def shifted(month: Month, steps: int) -> Month:
    index = month.year * 12 + month.month - 1 + steps
    return Month(index // 12, index % 12 + 1)


class MonthFilter(QWidget):
    """``changed`` carries the month shown, or None when "All months" is ticked."""

    changed = Signal(object)

    def __init__(self, month: Month, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previous = QToolButton(self)
        self.previous.setText("◀")
        self.previous.setToolTip(self.tr("Previous month"))
        self.edit = month_edit(month, self)
        self.next = QToolButton(self)
        self.next.setText("▶")
        self.next.setToolTip(self.tr("Next month"))
        self.all_months = QCheckBox(self.tr("All months"), self)
        self.all_months.setToolTip(self.tr("Every invoice of every year"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.previous)
        layout.addWidget(self.edit)
        layout.addWidget(self.next)
        layout.addSpacing(6)
        layout.addWidget(self.all_months)
        self.previous.clicked.connect(self._on_previous_clicked)
        self.next.clicked.connect(self._on_next_clicked)
        self.edit.dateChanged.connect(self._on_edit_date_changed)
        self.all_months.toggled.connect(self._on_all_months_toggled)

    @property
    def month(self) -> Month:
        """The month of the field (also while "All months" is ticked)."""
        return month_of(self.edit)

    @property
    def selected(self) -> Month | None:
        return None if self.all_months.isChecked() else self.month

    def set_month(self, month: Month) -> None:
        self.all_months.setChecked(False)
        self.edit.setDate(QDate(month.year, month.month, 1))

    def set_all(self, value: bool) -> None:
        self.all_months.setChecked(value)

    def _step(self, steps: int) -> None:
        self.set_month(shifted(self.month, steps))

    @Slot()
    def _on_previous_clicked(self) -> None:
        self._step(-1)

    @Slot()
    def _on_next_clicked(self) -> None:
        self._step(1)

    @Slot(QDate)
    def _on_edit_date_changed(self, _date: QDate) -> None:
        if not self.all_months.isChecked():
            self.changed.emit(self.selected)

    @Slot(bool)
    def _on_all_months_toggled(self, checked: bool) -> None:
        for widget in (self.previous, self.edit, self.next):
            widget.setEnabled(not checked)
        self.changed.emit(self.selected)


def today_month(today: dt.date) -> Month:
    return Month(today.year, today.month)
