"""Book a room by the half hour or a desk by the day or half day, for a member, once or every week.

The service decides (opening hours, closed days, the member's plan, conflicts); its refusal is shown
under the field it names, or above the buttons when something is in the way. Loaded on demand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from telecentre_desk.bookings import service as bookings
from telecentre_desk.bookings.info import BookingEdit, BookingInfo
from telecentre_desk.bookings.service import MAX_WEEKS
from telecentre_desk.common import plausibility
from telecentre_desk.members.info import MemberInfo
from telecentre_desk.places.opening_hours import WeeklyHours
from telecentre_desk.ui.bookings import prompts
from telecentre_desk.ui.bookings.grid import SLOT, Resource, day_slots, half_days
from telecentre_desk.ui.form_errors import FormErrors, error_label
from telecentre_desk.ui.frontdesk.member_search import MemberSearch, entry_text
from telecentre_desk.ui.operations.changes import OpChanges
from telecentre_desk.ui.store import ACTOR, Store


def _end_of(day: dt.date, value: dt.time) -> dt.datetime:
    """An end time as a datetime: 24:00 (stored 23:59:59) and a half hour ending at 00:00 end at the next midnight."""
    if value in (dt.time(23, 59, 59), dt.time()):
        return dt.datetime.combine(day + dt.timedelta(days=1), dt.time())
    return dt.datetime.combine(day, value)


def _find(combo: QComboBox, value: object) -> int:
    """findData() for Python values (it compares wrapped objects by identity)."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)


class BookingDialog(QDialog):
    booked = Signal(list)  # uids of the bookings made (one per week)
    edited = Signal(object)  # the BookingEdit saved (a list for a series): the screen's undo puts ``before`` back

    def __init__(self, store: Store, *, resources: Sequence[Resource], members: Sequence[MemberInfo],
                 hours: WeeklyHours, resource: Resource | None, day: dt.date, start: dt.time | None = None,
                 end: dt.time | None = None, editing: BookingInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._hours, self._resources = store, hours, list(resources)
        self._entries = {m.id: entry_text(m) for m in members}
        self.editing = editing
        self.chosen: str | None = None
        self.setWindowTitle(self.tr("Move or edit the booking") if editing else self.tr("New booking"))
        self.setMinimumWidth(460)
        self.general_error = error_label(self)
        self.errors = FormErrors(self.general_error)
        self.member = MemberSearch(self)
        self.member.set_members(members)
        self.member.setPlaceholderText(self.tr("Name or number…"))
        self.resource = QComboBox(self)
        for item in self._resources:
            self.resource.addItem(item.label)
        self.resource.setCurrentIndex(self._resources.index(resource) if resource in self._resources else 0)
        self.day = QDateEdit(QDate(day.year, day.month, day.day), self)
        self.day.setCalendarPopup(True)
        # The core's bounds (common/plausibility): the calendar offers no day the booking service would refuse.
        floor, ceiling = plausibility.DATE_FLOOR, plausibility.date_ceiling()
        self.day.setDateRange(QDate(floor.year, floor.month, floor.day),
                              QDate(ceiling.year, ceiling.month, ceiling.day))
        self.start = QComboBox(self)
        self.end = QComboBox(self)
        self.part = QComboBox(self)  # a desk: morning, afternoon, whole day
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(self.end)
        times.addWidget(self.part)
        self.weeks = QSpinBox(self)
        self.weeks.setRange(1, MAX_WEEKS)
        self.weeks.valueChanged.connect(self._on_weeks_value_changed)
        self._on_weeks_value_changed(self.weeks.value())
        self.weeks.setToolTip(self.tr("1: this day only; more: the same day and time every week"))
        self.override = QCheckBox(self.tr("Book even if the member's plan does not cover the day"), self)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Host's reason (kept in the audit log)"))
        self.note = QLineEdit(self)
        self.note.setMaxLength(300)

        row = self.errors.field_row
        form = QFormLayout()
        form.addRow(self.tr("Member *"), row("member", self.member))
        form.addRow(self.tr("Room or desk"), row("space", self.resource))
        self.errors.alias("desk", "space")
        form.addRow(self.tr("Day"), row("from", self.day))
        times_box = QWidget(self)
        times_box.setLayout(times)
        times.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Time"), row("to", times_box))
        weeks_row = row("weeks", self.weeks)
        form.addRow(self.tr("Repeat"), weeks_row)
        form.addRow("", self.override)
        form.addRow(self.tr("Reason"), row("reason", self.reason))
        form.addRow(self.tr("Note"), self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save") if editing else self.tr("Book"))
        if editing is not None:
            # One booking at a time: a week of a series is moved alone; its note and member come filled in.
            form.setRowVisible(weeks_row, False)
            self.note.setText(editing.note or "")
            self.member.setText(self._editing_entry())
            self.chosen = editing.member_id
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self._fill_times(start, end)
        self.member.textChanged.connect(self._on_member_text_changed)
        self.member.member_chosen.connect(self._on_member_member_chosen)
        self.resource.currentIndexChanged.connect(self._on_times_context_changed)
        self.day.dateChanged.connect(self._on_times_context_changed)
        self.override.toggled.connect(self._update)
        self.reason.textChanged.connect(self._update)
        self._update()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def current_resource(self) -> Resource:
        return self._resources[self.resource.currentIndex()]

    @property
    def current_day(self) -> dt.date:
        value = self.day.date()
        return dt.date(value.year(), value.month(), value.day())

    def _fill_times(self, start: dt.time | None = None, end: dt.time | None = None) -> None:
        """Half hours for a room, parts of the day for a desk, from the day's opening hours."""
        day, by_slot = self.current_day, self.current_resource.by_slot
        for combo in (self.start, self.end, self.part):
            combo.blockSignals(True)
            combo.clear()
        slots = day_slots(self._hours, day)
        for slot in slots:
            self.start.addItem(slot.strftime("%H:%M"), slot)
            finish = (dt.datetime.combine(day, slot) + SLOT).time()
            self.end.addItem(finish.strftime("%H:%M"), finish)
        labels = {"morning": self.tr("Morning"), "afternoon": self.tr("Afternoon"), "day": self.tr("Whole day")}
        parts = half_days(self._hours, day)
        for key in ("day", "morning", "afternoon"):
            if key in parts:
                a, b = parts[key]
                self.part.addItem(f"{labels[key]} ({a:%H:%M}–{_end_of(day, b):%H:%M})", parts[key])
        if start is not None and (i := _find(self.start, start)) >= 0:
            self.start.setCurrentIndex(i)
        if end is not None and (i := _find(self.end, end)) >= 0:
            self.end.setCurrentIndex(i)
        elif slots:
            self.end.setCurrentIndex(min(self.start.currentIndex() + 1, self.end.count() - 1))
        if start is not None and end is not None:
            # The host selected a desk's morning (or afternoon) in the day view: offer the smallest part holding it.
            wanted = (dt.datetime.combine(day, start), _end_of(day, end))
            fitting = [i for i in range(self.part.count())
                       if dt.datetime.combine(day, self.part.itemData(i)[0]) <= wanted[0]
                       and wanted[1] <= _end_of(day, self.part.itemData(i)[1])]
            if fitting:
                self.part.setCurrentIndex(min(fitting, key=lambda i: _end_of(day, self.part.itemData(i)[1])
                                              - dt.datetime.combine(day, self.part.itemData(i)[0])))
        for combo in (self.start, self.end, self.part):
            combo.blockSignals(False)
        self.start.setVisible(by_slot)
        self.end.setVisible(by_slot)
        self.part.setVisible(not by_slot)

    def times(self) -> tuple[dt.datetime, dt.datetime] | None:
        """The booking's local start and end as the service takes them (naive: the place's time)."""
        day = self.current_day
        if self.current_resource.by_slot:
            start, end = self.start.currentData(), self.end.currentData()
            if start is None or end is None:
                return None
            return dt.datetime.combine(day, start), _end_of(day, end)
        part = self.part.currentData()
        if part is None:
            return None
        return dt.datetime.combine(day, part[0]), _end_of(day, part[1])

    @Slot()
    def _update(self) -> None:
        self.reason.setEnabled(self.override.isChecked())
        needs_reason = self.override.isChecked() and not self.reason.text().strip()
        self.ok_button.setEnabled(self.chosen is not None and self.times() is not None and not needs_reason)

    @Slot()
    def _on_times_context_changed(self) -> None:
        self._fill_times(self.start.currentData(), self.end.currentData())
        self._update()

    @Slot(int)
    def _on_weeks_value_changed(self, weeks: int) -> None:
        self.weeks.setSuffix(self.tr(" week(s)", "", weeks))  # "1 semaine", "3 semaines"

    @Slot(str)
    def _on_member_text_changed(self, _text: str) -> None:
        chosen = self.member.chosen_uid()
        if chosen is None and self.editing is not None and self.member.text() == self._editing_entry():
            chosen = self.editing.member_id  # still the booking's member (perhaps no longer in the active list)
        self.chosen = chosen
        self._update()

    def _editing_entry(self) -> str:
        assert self.editing is not None
        return self._entries.get(self.editing.member_id,
                                 f"{self.editing.member_name} ({self.editing.member_number})")

    @Slot(str)
    def _on_member_member_chosen(self, uid: str) -> None:
        # Enter in the search clears it and names the member: show who was chosen.
        self.member.setText(self._entries.get(uid, ""))
        self.chosen = uid
        self._update()

    def accept(self) -> None:
        when = self.times()
        if self.chosen is None or when is None:
            return
        self.errors.clear()
        resource, member, weeks = self.current_resource, self.chosen, self.weeks.value()
        reason = self.reason.text() if self.override.isChecked() else None
        note = self.note.text().strip() or None

        def book(session: Session) -> list[str]:
            made = bookings.add_booking(session, space=resource.space_id, desk=resource.desk_id, member=member,
                                        start=when[0], end=when[1], weeks=weeks, override_reason=reason, note=note,
                                        actor=ACTOR)
            return [b.id for b in made]

        if self.editing is not None:
            self._save_edit(resource, member, when, reason, note)
            return
        result = self._store.run(book, parent_widget=self, on_failure=self.errors.show,
                                 changes=OpChanges(bookings=True))
        if result.ok and result.value is not None:
            self.booked.emit(result.value)
            super().accept()

    def _save_edit(self, resource: Resource, member: str, when: tuple[dt.datetime, dt.datetime], reason: str | None,
                   note: str | None) -> None:
        editing = self.editing
        assert editing is not None
        uid, series = editing.id, False
        if editing.series_id:  # a weekly booking: this one only, or the following weeks alike (as cancel asks)
            answer = prompts.ask_series_edit(self, f"{self._editing_entry()} — {when[0]:%d/%m/%Y %H:%M}–"
                                                   f"{when[1]:%H:%M}")
            if answer is None:
                return
            series = answer == prompts.SERIES
        edit = bookings.edit_series if series else bookings.edit_booking

        def save(session: Session) -> BookingEdit | list[BookingEdit]:
            return edit(session, uid, space=resource.space_id, desk=resource.desk_id, member=member,
                        start=when[0], end=when[1], note=note, override_reason=reason, actor=ACTOR)

        result = self._store.run(save, parent_widget=self, on_failure=self.errors.show,
                                 changes=OpChanges(bookings=True))
        if result.ok and result.value is not None:
            self.edited.emit(result.value)
            super().accept()
