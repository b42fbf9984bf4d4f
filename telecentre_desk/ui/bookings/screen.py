"""The Bookings screen: a day view (half hours by rooms and desks) and a week view (days by rooms and desks).

Select free half hours of one column and press "New booking…" (or double-click a free cell); select a
booking and press "Move or edit…" (or double-click it) or "Cancel booking…" (Delete); Ctrl+Z undoes a change
or a cancellation (ui/undo.py). Every booking is checked by the service,
whose message says what is in the way; the day view greys what is outside the opening hours.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from telecentre_desk.bookings.info import BookingEdit, BookingInfo, BookingSlot, read_bookings
from telecentre_desk.common import clock
from telecentre_desk.members import listing
from telecentre_desk.places import opening_hours
from telecentre_desk.places.info import read_closures
from telecentre_desk.spaces.info import read_desks, read_spaces
from telecentre_desk.ui.bookings import prompts
from telecentre_desk.ui.bookings.day_model import BOOKING_ROLE, BookingsDayModel, booking_text
from telecentre_desk.ui.bookings.grid import Resource, closed_days, day_slots, opening_ranges, resources
from telecentre_desk.ui.bookings.navigation import DayNavigator
from telecentre_desk.ui.bookings.week_model import BookingsWeekModel
from telecentre_desk.ui.operations.changes import OpChanges
from telecentre_desk.ui.operations.watch import ChangeWatch
from telecentre_desk.ui.store import ACTOR, Store
from telecentre_desk.ui.tool_rows import ToolRows
from telecentre_desk.ui.undo import DoneCommand, UndoActions

if TYPE_CHECKING:
    from sqlmodel import Session


def _table(parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setMinimumSectionSize(76)
    return table

# What the calendar reads: bookings, rooms and desks, members' names, the place's hours.
BOOKING_READS = ("bookings", "spaces", "members", "place")


class BookingsScreen(QWidget):
    message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.tz = store.place.tz  # the place's; refresh() takes them again (the host may change them)
        self.hours: opening_hours.WeeklyHours = store.place.hours
        self.resources: list[Resource] = []
        self.bookings: dict[str, BookingInfo] = {}
        self.last_dialog: QWidget | None = None  # for tests
        today = store.place.today()

        self.nav = DayNavigator(today=today, parent=self)
        self.new_action = QAction(self.tr("New booking…"), self)
        self.undo_stack = QUndoStack(self)
        self.undo_actions = UndoActions(self.undo_stack, self)  # Ctrl+Z / Ctrl+Shift+Z on this screen
        self.undo_action, self.redo_action = self.undo_actions.undo_action, self.undo_actions.redo_action
        self.edit_action = QAction(self.tr("Move or edit…"), self)
        self.edit_action.setToolTip(self.tr("Another day, time, room, desk, member or note for the selected booking"))
        self.cancel_action = QAction(self.tr("Cancel booking…"), self)
        self.cancel_action.setShortcut(QKeySequence.StandardKey.Delete)  # asks first, "Keep it" by default
        # The day navigator, then the actions on the right; one under the other when the window is too narrow
        # for both (never an action hidden behind "»").
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addActions([self.new_action, self.edit_action, self.cancel_action, self.undo_action,
                        self.redo_action])  # as on the floor plan: what Ctrl+Shift+Z does, seen
        self.tool_rows = ToolRows([self.nav, bar], self, stretch_after=0)
        self.banner = QLabel(self)
        self.banner.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.day_model = BookingsDayModel(self)
        self.day_table = _table(self)
        self.day_table.setModel(self.day_model)
        self.day_table.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        # Drag a booking onto another half hour, room or desk to move it (Ctrl+Z moves it back).
        self.day_table.setDragEnabled(True)
        self.day_table.setAcceptDrops(True)
        self.day_table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.day_table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.day_table.setDropIndicatorShown(True)
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
                              "booking (or drag it) to move or edit it, Delete cancels it, Ctrl+Z undoes. Desks are "
                              "booked by the day or the half day."), self)
        hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tool_rows)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        layout.addWidget(hint)

        self.nav.changed.connect(self._on_nav_changed)
        self.new_action.triggered.connect(self._on_new_action_triggered)
        self.cancel_action.triggered.connect(self._on_cancel_action_triggered)
        self.edit_action.triggered.connect(self._on_edit_action_triggered)
        for table in (self.day_table, self.week_table):
            table.addAction(self.cancel_action)  # Delete works where the bookings are, not in other fields
        self.cancel_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.day_table.doubleClicked.connect(self._on_day_table_double_clicked)
        self.week_table.doubleClicked.connect(self._on_week_table_double_clicked)
        self.day_table.selectionModel().selectionChanged.connect(self._update_actions)
        self.week_table.selectionModel().selectionChanged.connect(self._update_actions)
        # Queued: the move reads the day again, which must not happen inside the view's own drop event.
        self.day_model.booking_dropped.connect(self._on_day_model_booking_dropped,
                                               Qt.ConnectionType.QueuedConnection)
        # Read again at each show; while on show, for a change set touching what it reads.
        self.watch = ChangeWatch(store, self, BOOKING_READS, self._on_store_changed, reloads_on_show=True)

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

        place = self._store.place
        self.tz, self.hours = place.tz, place.hours
        start, end = clock.day_bounds_utc(first, self.tz)[0], clock.day_bounds_utc(last, self.tz)[1]

        def read(conn: sqlite3.Connection) -> tuple:
            return (read_spaces(conn), read_desks(conn), read_bookings(conn, start=start, end=end),
                    read_closures(conn, start=first, end=last))

        data = self._store.read(read, parent_widget=self)
        if data is None:
            return
        spaces, desks, found, closures = data
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
        selected = self.selected_booking() is not None
        self.cancel_action.setEnabled(selected)
        self.edit_action.setEnabled(selected)
        self.new_action.setEnabled(bool(self.resources))

    def new_booking(self, resource: Resource | None = None, day: dt.date | None = None, start: dt.time | None = None,
                    end: dt.time | None = None, *, editing: BookingInfo | None = None) -> None:
        """Open the booking dialog, filled from the selection (or the arguments), or on the booking ``editing``."""
        from telecentre_desk.ui.bookings.booking_dialog import BookingDialog  # the services: not at start

        if editing is not None:
            resource = next((r for r in self.resources
                             if (r.space_id, r.desk_id) == (editing.space_id, editing.desk_id)), None)
            a, b = editing.starts_at.astimezone(self.tz), editing.ends_at.astimezone(self.tz)
            day, start, end = a.date(), a.time(), b.time()
        elif resource is None and not self.week_mode:
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
                               end=end, editing=editing, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.booked.connect(self._on_dialog_booked)
        dialog.edited.connect(self._on_dialog_edited)
        dialog.open()
        self.last_dialog = dialog

    def edit_booking(self, booking: BookingInfo) -> None:
        """Open the booking dialog on ``booking``: another day, time, room, desk, member or note."""
        self.new_booking(editing=booking)

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
            uids = list(cancelled)

            def cancel_again(session: Session) -> None:
                for uid in uids:
                    bookings.cancel_booking(session, uid, actor=ACTOR)

            # A cancellation is the host's likeliest mistake here: Ctrl+Z books the same slots again.
            self.undo_stack.push(DoneCommand(
                self.tr("Cancellation of %n booking(s) of %1", "", len(uids))
                .replace("%1", _first_line(booking, self.tz)),
                undo=lambda: self._store.run(lambda s: bookings.restore_bookings(s, uids, actor=ACTOR),
                                             parent_widget=self, changes=OpChanges(bookings=True)).ok,
                redo=lambda: self._store.run(cancel_again, parent_widget=self, changes=OpChanges(bookings=True)).ok))

    def move_booking(self, booking: BookingInfo, resource: Resource, start: dt.time | None) -> None:
        """Move ``booking`` to ``resource`` (a room from the half hour ``start``, keeping its length; a desk at the
        same hours), as a drop in the day view does; an overlap is refused in words, Ctrl+Z moves it back."""
        from telecentre_desk.bookings import service as bookings

        a, b = booking.starts_at.astimezone(self.tz), booking.ends_at.astimezone(self.tz)
        new_start = dt.datetime.combine(a.date(), start) if resource.by_slot and start is not None else \
            a.replace(tzinfo=None)
        new_end = new_start + (b - a)
        if (resource.space_id, resource.desk_id, new_start) == (booking.space_id, booking.desk_id,
                                                               a.replace(tzinfo=None)):
            return

        edit = bookings.edit_booking
        if booking.series_id:  # a weekly booking dropped elsewhere: this week only, or the following alike
            answer = prompts.ask_series_edit(self, booking_text(booking, self.tz))
            if answer is None:
                return
            edit = bookings.edit_series if answer == prompts.SERIES else edit

        def move(session: Session) -> BookingEdit | list[BookingEdit]:
            return edit(session, booking.id, space=resource.space_id, desk=resource.desk_id, start=new_start,
                        end=new_end, actor=ACTOR)

        result = self._store.run(move, parent_widget=self, changes=OpChanges(bookings=True))
        if result.ok and result.value is not None:
            self._on_dialog_edited(result.value)

    @Slot(str, int, int)
    def _on_day_model_booking_dropped(self, uid: str, row: int, column: int) -> None:
        booking = self.bookings.get(uid)
        if booking is not None and 0 <= column < len(self.resources) and 0 <= row < len(self.day_model.slots):
            self.move_booking(booking, self.resources[column], self.day_model.slots[row])

    @Slot(object)
    def _on_dialog_edited(self, done: BookingEdit | list[BookingEdit]) -> None:
        """One booking changed, or several weeks of a series: Ctrl+Z puts them all back, all or nothing."""
        from telecentre_desk.bookings import service as bookings

        edits = done if isinstance(done, list) else [done]
        if not edits:
            return
        after = self.bookings.get(edits[0].after.id)  # None when it moved to a day not shown
        if len(edits) == 1:
            text = booking_text(after, self.tz) if after is not None else ""
            self.message.emit(self.tr("Booking changed: %1").replace("%1", text))
        else:
            self.message.emit(self.tr("%n booking(s) changed", "", len(edits)))

        def put_back(slots: list[BookingSlot]) -> bool:
            return self._store.run(lambda s: bookings.put_back_bookings(s, slots, actor=ACTOR), parent_widget=self,
                                   changes=OpChanges(bookings=True)).ok

        before, later = [e.before for e in edits], [e.after for e in edits]
        what = _first_line(after, self.tz) if after is not None else ""
        self.undo_stack.push(DoneCommand(self.tr("Change of %n booking(s) of %1", "", len(edits)).replace("%1", what),
                                         undo=lambda: put_back(before), redo=lambda: put_back(later)))

    @Slot()
    def _on_nav_changed(self) -> None:
        self.refresh()

    def _on_store_changed(self, _changes: OpChanges) -> None:
        self.refresh()  # on show only: the watch keeps a hidden screen's changes for its next show

    @Slot()
    def _on_new_action_triggered(self) -> None:
        self.new_booking()

    @Slot()
    def _on_cancel_action_triggered(self) -> None:
        booking = self.selected_booking()
        if booking is not None:
            self.cancel_booking(booking)

    @Slot()
    def _on_edit_action_triggered(self) -> None:
        booking = self.selected_booking()
        if booking is not None:
            self.edit_booking(booking)

    @Slot(QModelIndex)
    def _on_day_table_double_clicked(self, index: QModelIndex) -> None:
        booking = self.bookings.get(index.data(BOOKING_ROLE) or "")
        if booking is not None:
            self.edit_booking(booking)
        else:
            self.new_booking()

    @Slot(QModelIndex)
    def _on_week_table_double_clicked(self, index: QModelIndex) -> None:
        # From the week to that day, in the day view.
        self.nav.show_day(self.week_model.day_of(index.column()))

    @Slot(list)
    def _on_dialog_booked(self, uids: list[str]) -> None:
        self.message.emit(self.tr("%n booking(s) made", "", len(uids)))


def _first_line(booking: BookingInfo, tz: ZoneInfo) -> str:
    """Who, when and where on one line, for an Undo/Redo label (the series and the note are left to tooltips)."""
    return booking_text(booking, tz).split("\n", 1)[0]
