"""A booking moved or edited in the window (issue 15): the dialog on the booking, an overlap refused in words,
Ctrl+Z putting back exactly what was there; the cancel question's default keeps the booking."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from telecentre_desk.bookings.info import read_bookings
from telecentre_desk.db.uow import dbapi, unit_of_work
from telecentre_desk.ui.bookings import prompts
from telecentre_desk.ui.bookings.booking_dialog import BookingDialog
from telecentre_desk.ui.store import Store
from tests.ui.bookings.test_bookings_screen import book, column_of, open_screen, row_of, select
from tests.ui.bookings.test_bookings_screen import place as place  # the fixture

ANSWER_CANCEL = prompts.ask_cancel  # the real question (the tests of the screen patch it)


def stored(engine: Engine) -> list[tuple]:
    """Every booking of the week as the database holds it: what an undo must give back exactly."""
    with unit_of_work(engine) as session:
        rows = read_bookings(dbapi(session), start=dt.datetime(2026, 11, 23, tzinfo=dt.UTC),
                             end=dt.datetime(2026, 11, 30, tzinfo=dt.UTC))
    return [(b.id, b.space_id, b.desk_id, b.member_id, b.starts_at, b.ends_at, b.note) for b in rows]


def open_edit(screen) -> BookingDialog:
    screen.edit_action.trigger()
    dialog = screen.last_dialog
    assert isinstance(dialog, BookingDialog) and dialog.editing is not None
    return dialog


def test_a_booking_moved_in_the_dialog_is_undone_and_redone_exactly(qtbot: QtBot, store: Store,
                                                                     place: Engine) -> None:
    screen = open_screen(qtbot, store)
    dialog = book(qtbot, screen, "Salle Tarnon", "10:00", "10:30", "marie")
    assert not dialog.isVisible()
    before = stored(place)
    select(screen, "Salle Tarnon", "10:00", "10:00")
    assert screen.edit_action.isEnabled()
    dialog = open_edit(screen)
    assert dialog.windowTitle() == "Move or edit the booking" and dialog.ok_button.text() == "Save"
    assert dialog.member.text().startswith("Marie Dupont") and not dialog.weeks.isVisible()
    assert (dialog.start.currentText(), dialog.end.currentText()) == ("10:00", "11:00")
    dialog.start.setCurrentIndex(dialog.start.findText("14:00"))
    dialog.end.setCurrentIndex(dialog.end.findText("15:00"))
    dialog.note.setText("vidéoprojecteur")
    with qtbot.waitSignal(screen.message) as said:
        dialog.accept()
    assert said.args[0].startswith("Booking changed: ")
    column = column_of(screen, "Salle Tarnon")
    assert screen.day_model.index(row_of(screen, "10:00"), column).data() is None
    assert screen.day_model.index(row_of(screen, "14:00"), column).data() == "Marie Dupont"
    after = stored(place)
    assert after != before and after[0][6] == "vidéoprojecteur"
    assert screen.undo_action.isEnabled()
    # Ctrl+Z while the screen (or its table) has the focus.
    assert screen.undo_action in screen.actions() and screen.undo_action.shortcut().matches(
        QKeySequence(QKeySequence.StandardKey.Undo)) == QKeySequence.SequenceMatch.ExactMatch
    assert screen.undo_action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    with qtbot.waitSignal(store.changed):
        screen.undo_action.trigger()
    assert stored(place) == before
    assert screen.day_model.index(row_of(screen, "10:00"), column).data() == "Marie Dupont"
    with qtbot.waitSignal(store.changed):
        screen.redo_action.trigger()
    assert stored(place) == after


def test_a_move_onto_another_booking_is_refused_in_words_and_changes_nothing(qtbot: QtBot, store: Store,
                                                                             place: Engine) -> None:
    screen = open_screen(qtbot, store)
    book(qtbot, screen, "Salle Tarnon", "10:00", "10:30", "marie")
    book(qtbot, screen, "Salle Tarnon", "14:00", "14:30", "chloe")
    before = stored(place)
    select(screen, "Salle Tarnon", "10:00", "10:00")
    dialog = open_edit(screen)
    dialog.start.setCurrentIndex(dialog.start.findText("14:00"))
    dialog.end.setCurrentIndex(dialog.end.findText("14:30"))
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.general_error.text() == ("The room is already booked by Chloé Thévenot on 26/11/2026 from 14:00 "
                                           "to 15:00")
    assert stored(place) == before and not screen.undo_action.isEnabled()
    dialog.reject()


def test_a_room_booking_moved_to_a_desk_by_double_click(qtbot: QtBot, store: Store, place: Engine) -> None:
    screen = open_screen(qtbot, store)
    book(qtbot, screen, "Salle Tarnon", "09:00", "09:30", "marie")
    index = screen.day_model.index(row_of(screen, "09:00"), column_of(screen, "Salle Tarnon"))
    screen.day_table.doubleClicked.emit(index)  # double-click opens the booking, never cancels it
    dialog = screen.last_dialog
    assert isinstance(dialog, BookingDialog) and dialog.editing is not None
    dialog.resource.setCurrentIndex(dialog.resource.findText("A1 · Open space"))
    dialog.part.setCurrentIndex(dialog.part.findText("Morning (08:00–13:00)"))
    with qtbot.waitSignal(screen.message):
        dialog.accept()
    column = column_of(screen, "A1 · Open space")
    assert screen.day_model.index(row_of(screen, "08:00"), column).data() == "Marie Dupont"  # the morning
    with qtbot.waitSignal(store.changed):
        screen.undo_action.trigger()
    assert screen.day_model.index(row_of(screen, "09:00"), column_of(screen, "Salle Tarnon")).data() == "Marie Dupont"
    assert screen.day_model.index(row_of(screen, "08:00"), column).data() is None


@pytest.mark.parametrize("series", [False, True])
def test_the_cancel_question_keeps_the_booking_on_enter(qtbot: QtBot, series: bool) -> None:
    seen: list[str] = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.defaultButton().text())
        QTest.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    assert ANSWER_CANCEL(None, "Salle Tarnon, jeudi 26/11 10:00–10:30", series=series) is None
    assert seen == ["Keep it"]


def drop(qtbot: QtBot, screen, booking_cell: tuple[int, int], target: tuple[int, int]) -> bool:
    """What the view does on a drop: the dragged cell's data dropped on the target cell."""
    model = screen.day_model
    data = model.mimeData([model.index(*booking_cell)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(*target))
    return model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(*target))


def test_a_booking_dragged_to_another_half_hour_and_room_is_moved_and_undone(qtbot: QtBot, store: Store,
                                                                             place: Engine) -> None:
    screen = open_screen(qtbot, store)
    book(qtbot, screen, "Salle Tarnon", "10:00", "10:30", "marie")
    before = stored(place)
    room, desk = column_of(screen, "Salle Tarnon"), column_of(screen, "A2 · Open space")
    assert screen.day_model.flags(screen.day_model.index(row_of(screen, "10:00"), room)) & \
        Qt.ItemFlag.ItemIsDragEnabled
    assert not screen.day_model.flags(screen.day_model.index(row_of(screen, "12:00"), room)) & \
        Qt.ItemFlag.ItemIsDragEnabled  # free half hours are selected by dragging, not moved
    with qtbot.waitSignal(store.changed):
        assert drop(qtbot, screen, (row_of(screen, "10:00"), room), (row_of(screen, "15:00"), room)) is False
    assert screen.day_model.index(row_of(screen, "15:00"), room).data() == "Marie Dupont"
    assert screen.day_table.rowSpan(row_of(screen, "15:00"), room) == 2  # an hour still
    with qtbot.waitSignal(store.changed):
        drop(qtbot, screen, (row_of(screen, "15:00"), room), (row_of(screen, "09:00"), desk))
    assert screen.day_model.index(row_of(screen, "15:00"), desk).data() == "Marie Dupont"  # same hours, a desk
    with qtbot.waitSignal(store.changed):
        screen.undo_action.trigger()
    with qtbot.waitSignal(store.changed):
        screen.undo_action.trigger()
    assert stored(place) == before


def test_a_booking_dragged_onto_another_is_refused_in_words(qtbot: QtBot, store: Store, place: Engine,
                                                            recorded_dialogs) -> None:
    screen = open_screen(qtbot, store)
    book(qtbot, screen, "Salle Tarnon", "10:00", "10:30", "marie")
    book(qtbot, screen, "Salle Tarnon", "14:00", "14:30", "chloe")
    before = stored(place)
    room = column_of(screen, "Salle Tarnon")
    drop(qtbot, screen, (row_of(screen, "10:00"), room), (row_of(screen, "13:30"), room))
    qtbot.waitUntil(lambda: recorded_dialogs.errors != [])
    assert recorded_dialogs.errors == [("Not saved", "The room is already booked by Chloé Thévenot on 26/11/2026 "
                                                     "from 14:00 to 15:00")]
    assert stored(place) == before and not screen.undo_action.isEnabled()
