"""Choose the statistics' period: a day, a week, a month, a year, or any range; step back and forth.

A period that contains today stops at today: "this month" is the month so far, so that days to come
do not count as open days with nobody in (the occupancy rate would sink as the month starts).
"""

from __future__ import annotations

import calendar
import datetime as dt
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Signal, Slot
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

MAX_DAYS = 366 * 10  # the CLI's limit too


class PeriodKind(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    CUSTOM = "custom"


_LABELS = {
    PeriodKind.DAY: QT_TRANSLATE_NOOP("PeriodChooser", "Day"),
    PeriodKind.WEEK: QT_TRANSLATE_NOOP("PeriodChooser", "Week"),
    PeriodKind.MONTH: QT_TRANSLATE_NOOP("PeriodChooser", "Month"),
    PeriodKind.YEAR: QT_TRANSLATE_NOOP("PeriodChooser", "Year"),
    PeriodKind.CUSTOM: QT_TRANSLATE_NOOP("PeriodChooser", "From… to…"),
}


def period_bounds(kind: PeriodKind, anchor: dt.date, *, today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of the period of ``kind`` holding ``anchor``, cut at ``today``."""
    if kind == PeriodKind.WEEK:
        start = anchor - dt.timedelta(days=anchor.weekday())
        end = start + dt.timedelta(days=6)
    elif kind == PeriodKind.MONTH:
        start = anchor.replace(day=1)
        end = anchor.replace(day=calendar.monthrange(anchor.year, anchor.month)[1])
    elif kind == PeriodKind.YEAR:
        start, end = dt.date(anchor.year, 1, 1), dt.date(anchor.year, 12, 31)
    else:
        start = end = anchor
    if start <= today < end:
        end = today
    return start, end


def shift(kind: PeriodKind, anchor: dt.date, steps: int) -> dt.date:
    """The anchor moved by whole periods (a month from 31 January lands on the last of February)."""
    if kind == PeriodKind.DAY:
        return anchor + dt.timedelta(days=steps)
    if kind == PeriodKind.WEEK:
        return anchor + dt.timedelta(weeks=steps)
    if kind == PeriodKind.MONTH:
        month = anchor.month - 1 + steps
        year, month = anchor.year + month // 12, month % 12 + 1
        return dt.date(year, month, min(anchor.day, calendar.monthrange(year, month)[1]))
    if kind == PeriodKind.YEAR:
        day = min(anchor.day, calendar.monthrange(anchor.year + steps, anchor.month)[1])
        return anchor.replace(year=anchor.year + steps, day=day)
    return anchor


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class PeriodChooser(QWidget):
    """Kind, anchor day (or two days for a range), previous and next; ``period_changed`` on every change."""

    period_changed = Signal(object, object)  # first day, last day (datetime.date)

    def __init__(self, *, today: dt.date, kind: PeriodKind = PeriodKind.MONTH, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.kind = QComboBox(self)
        for value, source in _LABELS.items():
            self.kind.addItem(QCoreApplication.translate("PeriodChooser", source), value.value)
        self.previous = QToolButton(self)
        self.previous.setText("◀")
        self.previous.setToolTip(self.tr("Previous period"))
        self.next = QToolButton(self)
        self.next.setText("▶")
        self.next.setToolTip(self.tr("Next period"))
        self.anchor = QDateEdit(_qdate(today), self)
        self.anchor.setCalendarPopup(True)
        self.anchor.setDisplayFormat("d MMM yyyy")
        self.until = QDateEdit(_qdate(today), self)
        self.anchor.setAccessibleName(self.tr("Period from"))
        self.until.setAccessibleName(self.tr("Period to"))
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("d MMM yyyy")
        self.until_label = QLabel(self.tr("to"), self)
        self.summary = QLabel(self)
        self.summary.setMinimumWidth(40)  # a long period's text is cut rather than widening the window
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kind, self.previous, self.anchor, self.until_label, self.until, self.next):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(self.summary, 1)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind.value)))
        self._update_widgets()
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self.anchor.dateChanged.connect(self._on_date_changed)
        self.until.dateChanged.connect(self._on_date_changed)
        self.previous.clicked.connect(self._on_previous_clicked)
        self.next.clicked.connect(self._on_next_clicked)

    @property
    def current_kind(self) -> PeriodKind:
        return PeriodKind(self.kind.currentData())

    def bounds(self) -> tuple[dt.date, dt.date]:
        kind = self.current_kind
        if kind == PeriodKind.CUSTOM:
            start, end = sorted((_date(self.anchor.date()), _date(self.until.date())))
            return start, min(end, start + dt.timedelta(days=MAX_DAYS))
        return period_bounds(kind, _date(self.anchor.date()), today=self._today)

    def set_period(self, kind: PeriodKind, anchor: dt.date, until: dt.date | None = None) -> None:
        """Show a period (one signal for the whole change)."""
        self.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.anchor.setDate(_qdate(anchor))
        self.until.setDate(_qdate(until or anchor))
        self.blockSignals(False)
        self._changed()

    def _update_widgets(self) -> None:
        custom = self.current_kind == PeriodKind.CUSTOM
        for widget in (self.until_label, self.until):
            widget.setVisible(custom)
        for widget in (self.previous, self.next):
            widget.setEnabled(not custom)
        start, end = self.bounds()
        self._shown = (start, end)
        locale = QLocale()

        def said(form: QLocale.FormatType) -> str:
            text = locale.toString(_qdate(start), form)
            if end != start:
                text = self.tr("%1 to %2").replace("%1", text).replace("%2", locale.toString(_qdate(end), form))
            return text

        # Short dates fit a 1024 px window; the long ones (with the week days) are in the tooltip.
        self.summary.setText(said(QLocale.FormatType.ShortFormat))
        self.summary.setToolTip(said(QLocale.FormatType.LongFormat))

    def _changed(self) -> None:
        self._update_widgets()
        self.period_changed.emit(*self.bounds())

    @Slot(int)
    def _on_kind_current_index_changed(self, _index: int) -> None:
        if self.current_kind == PeriodKind.CUSTOM and getattr(self, "_shown", None) is not None:
            # "From… to…" starts from the period on show, not from today to today (issue 15).
            start, end = self._shown
            for edit, day in ((self.anchor, start), (self.until, end)):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
        self._changed()

    @Slot()
    def _on_date_changed(self) -> None:
        self._changed()

    def _step(self, steps: int) -> None:
        self.anchor.setDate(_qdate(shift(self.current_kind, _date(self.anchor.date()), steps)))

    @Slot()
    def _on_previous_clicked(self) -> None:
        self._step(-1)

    @Slot()
    def _on_next_clicked(self) -> None:
        self._step(1)
