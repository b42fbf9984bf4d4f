"""The Bookings screen: a day view (half hours by rooms and desks) and a week view (days by rooms and desks).

Select free half hours of one column and press "New booking…" (or double-click a free cell); select a
booking and press "Cancel booking…" (or double-click it). Every booking is checked by the service,
whose message says what is in the way; the day view greys what is outside the opening hours.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from telecentre_desk.bookings.info import BookingInfo, read_bookings
from telecentre_desk.common import clock
from telecentre_desk.members import listing
from telecentre_desk.places import opening_hours
from telecentre_desk.places.info import read_closures, read_local_place
from telecentre_desk.spaces.info import read_desks, read_spaces
from telecentre_desk.ui.bookings import prompts
from telecentre_desk.ui.bookings.day_model import BOOKING_ROLE, BookingsDayModel, booking_text
from telecentre_desk.ui.bookings.grid import Resource, closed_days, day_slots, opening_ranges, resources
from telecentre_desk.ui.bookings.navigation import DayNavigator
from telecentre_desk.ui.bookings.week_model import BookingsWeekModel
from telecentre_desk.ui.operations.changes import OpChanges
from telecentre_desk.ui.store import ACTOR, Store


def _table(parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setMinimumSectionSize(76)
    return table


class BookingsScreen(QWidget):
    message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.tz = ZoneInfo("Europe/Paris")
        self.hours: opening_hours.WeeklyHours = {}
        self.resources: list[Resource] = []
        self.bookings: dict[str, BookingInfo] = {}
        self.last_dialog: QWidget | None = None  # for tests
        today = clock.local_day(clock.now(), self.tz)

        self.nav = DayNavigator(today=today, parent=self)
        self.new_action = QAction(self.tr("New booking…"), self)
        self.undo_stack = QUndoStack(self)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.undo_action)
        self.cancel_action = QAction(self.tr("Cancel booking…"), self)
        # One toolbar: a narrow window folds what does not fit into its » menu instead of widening.
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addWidget(self.nav)
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addActions([self.new_action, self.cancel_action, self.undo_action])
        self.banner = QLabel(self)
        self.banner.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.day_model = BookingsDayModel(self)
        self.day_table = _table(self)
        self.day_table.setModel(self.day_model)
        self.day_table.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.day_table.verticalHeader().setDefaultSectionSize(26)
        self.week_model = BookingsWeekModel(self)
        self.week_table = _table(self)
        self.week_table.setModel(self.week_model)
        self.week_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.week_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.day_table)
        self.pages.addWidget(self.week_table)
        hint = QLabel(self.tr("Select free half hours of a room or a desk, then “New booking…”; double-click a "
                              "booking to cancel it. Desks are booked by the day or the half day."), self)
        hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        layout.addWidget(hint)

        self.nav.changed.connect(self._on_nav_changed)
        self.new_action.triggered.connect(self._on_new_action_triggered)
        self.cancel_action.triggered.connect(self._on_cancel_action_triggered)
        self.day_table.doubleClicked.connect(self._on_day_table_double_clicked)
        self.week_table.doubleClicked.connect(self._on_week_table_double_clicked)
        self.day_table.selectionModel().selectionChanged.connect(self._update_actions)
        self.week_table.selectionModel().selectionChanged.connect(self._update_actions)
        store.data_changed.connect(self._on_store_data_changed)

    @property
    def current_day(self) -> dt.date:
        return self.nav.current_day

    @property
    def week_mode(self) -> bool:
        return self.nav.week_mode

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Read the day (or the week) again and show it."""
        day = self.current_day
        first = day - dt.timedelta(days=day.weekday()) if self.week_mode else day
        last = first + dt.timedelta(days=6 if self.week_mode else 0)

        def read(conn: sqlite3.Connection) -> tuple:
            place = read_local_place(conn)
            tz = clock.zone(place.timezone) if place else self.tz
            start, end = clock.day_bounds_utc(first, tz)[0], clock.day_bounds_utc(last, tz)[1]
            return (place, read_spaces(conn), read_desks(conn), read_bookings(conn, start=start, end=end),
                    read_closures(conn, start=first, end=last))

        data = self._store.read(read, parent_widget=self)
        if data is None:
            return
        place, spaces, desks, found, closures = data
        if place is not None:
            self.tz, self.hours = clock.zone(place.timezone), opening_hours.parse(place.opening_hours)
        self.resources = resources(spaces, desks)
        self.bookings = {b.id: b for b in found}
        closed = closed_days(self.hours, closures, first, last, closure=self.tr("Closed"),
                             no_hours=self.tr("No opening hours on this day"))
        if self.week_mode:
            self.week_model.set_week(first, self.tz, self.resources, found, closed)
            self.pages.setCurrentWidget(self.week_table)
        else:
            self.day_model.set_day(day, self.tz, day_slots(self.hours, day), self.resources, found,
                                   () if day in closed else opening_ranges(self.hours, day))
            self.day_table.clearSpans()
            header = self.day_table.horizontalHeader()
            for column, resource in enumerate(self.resources):
                # Rooms keep their whole name in the header; desks (short names) share what is left.
                mode = QHeaderView.ResizeMode.ResizeToContents if resource.by_slot else QHeaderView.ResizeMode.Stretch
                header.setSectionResizeMode(column, mode)
            for row, column, length in self.day_model.spans():
                self.day_table.setSpan(row, column, length, 1)
            self.pages.setCurrentWidget(self.day_table)
        self.banner.setText(self.tr("Closed: %1").replace("%1", closed[day]) if day in closed and not
                            self.week_mode else "")
        self.banner.setVisible(bool(self.banner.text()))
        self._update_actions()

    def selected_booking(self) -> BookingInfo | None:
        table = self.week_table if self.week_mode else self.day_table
        for index in table.selectionModel().selectedIndexes():
            if self.week_mode:
                found = self.week_model.bookings_at(index.row(), index.column())
                if found:
                    return found[0]
            elif (uid := index.data(BOOKING_ROLE)) is not None:
                return self.bookings.get(uid)
        return None

    @Slot()
    def _update_actions(self) -> None:
        self.cancel_action.setEnabled(self.selected_booking() is not None)
        self.new_action.setEnabled(bool(self.resources))

    def new_booking(self, resource: Resource | None = None, day: dt.date | None = None, start: dt.time | None = None,
                    end: dt.time | None = None) -> None:
        """Open the booking dialog, filled from the selection (or the arguments)."""
        from telecentre_desk.ui.bookings.booking_dialog import BookingDialog  # the services: not at start

        if resource is None and not self.week_mode:
            indexes = self.day_table.selectionModel().selectedIndexes()
            if indexes:
                resource = self.resources[indexes[0].column()]
                start, end = self.day_model.slot_range([i.row() for i in indexes if i.column() == indexes[0].column()])
        if resource is None and self.resources:
            resource = self.resources[0]
        members = self._store.read(listing.list_members, parent_widget=self)
        if resource is None or members is None:
            return
        dialog = BookingDialog(self._store, resources=self.resources, members=[m for m in members
                                                                               if m.status == "active"],
                               hours=self.hours, resource=resource, day=day or self.current_day, start=start,
                               end=end, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.booked.connect(self._on_dialog_booked)
        dialog.open()
        self.last_dialog = dialog

    def cancel_booking(self, booking: BookingInfo) -> None:
        from telecentre_desk.bookings import service as bookings

        answer = prompts.ask_cancel(self, booking_text(booking, self.tz), series=booking.series_id is not None)
        if answer is None:
            return
        series = answer == prompts.SERIES
        cancelled: list[str] = []
        result = self._store.run(lambda s: bookings.cancel_booking(s, booking.id, series=series, actor=ACTOR,
                                                                   cancelled=cancelled), parent_widget=self,
                                 changes=OpChanges(bookings=True))
        if result.ok:
            count = result.value or 0
            self.message.emit(self.tr("%n booking(s) cancelled", "", count))
            # A cancellation is the host's likeliest mistake here: Ctrl+Z books the same slots again.
            self.undo_stack.push(RestoreCommand(self.tr("Cancellation of %1").replace(
                "%1", booking_text(booking, self.tz)), self._store, self, list(cancelled)))

    @Slot()
    def _on_nav_changed(self) -> None:
        self.refresh()

    @Slot()
    def _on_store_data_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    @Slot()
    def _on_new_action_triggered(self) -> None:
        self.new_booking()

    @Slot()
    def _on_cancel_action_triggered(self) -> None:
        booking = self.selected_booking()
        if booking is not None:
            self.cancel_booking(booking)

    @Slot(QModelIndex)
    def _on_day_table_double_clicked(self, index: QModelIndex) -> None:
        booking = self.bookings.get(index.data(BOOKING_ROLE) or "")
        if booking is not None:
            self.cancel_booking(booking)
        else:
            self.new_booking()

    @Slot(QModelIndex)
    def _on_week_table_double_clicked(self, index: QModelIndex) -> None:
        # From the week to that day, in the day view.
        self.nav.show_day(self.week_model.day_of(index.column()))

    @Slot(list)
    def _on_dialog_booked(self, uids: list[str]) -> None:
        self.message.emit(self.tr("%n booking(s) made", "", len(uids)))


class RestoreCommand(QUndoCommand):
    """A cancellation already made; undo confirms its bookings again, redo cancels them again."""

    def __init__(self, text: str, store: Store, parent_widget: QWidget, uids: list[str]) -> None:
        super().__init__(text)
        self._store, self._parent, self._uids = store, parent_widget, uids
        self._done = True  # pushed after the cancellation: the first redo() has nothing to do

    def redo(self) -> None:
        from telecentre_desk.bookings import service as bookings

        if self._done:
            self._done = False
            return
        uids = self._uids

        def cancel(session) -> None:  # type: ignore[no-untyped-def]
            for uid in uids:
                bookings.cancel_booking(session, uid, actor=ACTOR)

        self._store.run(cancel, parent_widget=self._parent, changes=OpChanges(bookings=True))

    def undo(self) -> None:
        from telecentre_desk.bookings import service as bookings

        uids = self._uids
        self._store.run(lambda s: bookings.restore_bookings(s, uids, actor=ACTOR), parent_widget=self._parent,
                        changes=OpChanges(bookings=True))
