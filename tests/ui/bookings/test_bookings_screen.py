"""The Bookings screen: book by selecting half hours, conflicts and closed days said, overrides, weekly
series, cancel one or the series; the day and week models pass the model tester."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from telecentre_desk.bookings.info import read_bookings
from telecentre_desk.db.models import PlaceClosure
from telecentre_desk.db.uow import dbapi, unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.plans import service as plans
from telecentre_desk.spaces import service as spaces
from telecentre_desk.ui.bookings import prompts
from telecentre_desk.ui.bookings.booking_dialog import BookingDialog
from telecentre_desk.ui.bookings.screen import BookingsScreen
from telecentre_desk.ui.store import Store
from tests.ui.conftest import DialogRecorder

THURSDAY = dt.date(2026, 11, 26)  # the frozen clock's day


@pytest.fixture
def place(place_engine: Engine) -> Engine:
    with unit_of_work(place_engine) as session:
        plans.add_plan(session, code="MOIS", name="Résident mois", kind="monthly", price="180")
        members.add_member(session, first_name="Marie", last_name="Dupont", plan_code="MOIS",
                           start=dt.date(2026, 1, 1))
        members.add_member(session, first_name="Chloé", last_name="Thévenot", plan_code="MOIS",
                           start=dt.date(2026, 1, 1))
        members.add_member(session, first_name="Jean", last_name="Martin")  # no plan
        spaces.add_space(session, name="Salle Tarnon", kind="meeting_room", capacity=8)
        spaces.add_space(session, name="Open space", kind="open_space", capacity=2)
        spaces.add_desk(session, space="Open space", name="A1")
        spaces.add_desk(session, space="Open space", name="A2")
        session.add(PlaceClosure(place_id=1, origin="FLO", start_date=dt.date(2026, 12, 25),
                                 end_date=dt.date(2026, 12, 25), label="Noël"))
    return place_engine


def open_screen(qtbot: QtBot, store: Store) -> BookingsScreen:
    screen = BookingsScreen(store)
    qtbot.addWidget(screen)
    screen.resize(1200, 740)
    screen.show()
    return screen


def column_of(screen: BookingsScreen, label: str) -> int:
    return next(i for i, r in enumerate(screen.resources) if r.label == label)


def row_of(screen: BookingsScreen, hhmm: str) -> int:
    return next(i for i, s in enumerate(screen.day_model.slots) if s.strftime("%H:%M") == hhmm)


def select(screen: BookingsScreen, label: str, first: str, last: str) -> None:
    model, column = screen.day_model, column_of(screen, label)
    selection = QItemSelection(model.index(row_of(screen, first), column), model.index(row_of(screen, last), column))
    screen.day_table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def book(qtbot: QtBot, screen: BookingsScreen, label: str, first: str, last: str, member: str) -> BookingDialog:
    select(screen, label, first, last)
    screen.new_action.trigger()
    dialog = screen.last_dialog
    assert isinstance(dialog, BookingDialog)
    dialog.member.setText(member)
    dialog.accept()
    return dialog


def test_a_room_booked_from_selected_half_hours(qtbot: QtBot, store: Store, place: Engine) -> None:
    screen = open_screen(qtbot, store)
    assert [r.label for r in screen.resources] == ["Salle Tarnon", "A1 · Open space", "A2 · Open space"]
    assert (screen.day_model.slots[0].isoformat(), screen.day_model.slots[-1].isoformat()) == ("08:00:00", "18:30:00")
    select(screen, "Salle Tarnon", "10:00", "10:30")
    screen.new_action.trigger()
    dialog = screen.last_dialog
    assert (dialog.current_resource.label, dialog.start.currentText(), dialog.end.currentText()) == (
        "Salle Tarnon", "10:00", "11:00")
    assert not dialog.ok_button.isEnabled()  # nobody named yet
    dialog.member.setText("marie")
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(screen.message) as said:
        dialog.accept()
    assert said.args == ["1 booking(s) made"]
    column = column_of(screen, "Salle Tarnon")
    cell = screen.day_model.index(row_of(screen, "10:00"), column)
    assert cell.data() == "Marie Dupont" and screen.day_table.rowSpan(cell.row(), column) == 2
    assert "10:00–11:00" in screen.day_model.index(row_of(screen, "10:30"), column).data(3)  # its tooltip
    assert screen.day_model.index(row_of(screen, "11:00"), column).data() is None


def test_a_conflict_is_said_and_nothing_is_booked(qtbot: QtBot, store: Store, place: Engine) -> None:
    screen = open_screen(qtbot, store)
    book(qtbot, screen, "Salle Tarnon", "10:00", "10:30", "marie")
    dialog = book(qtbot, screen, "Salle Tarnon", "10:30", "11:00", "chloe")  # overlaps 10:30-11:00
    assert dialog.isVisible()
    assert dialog.general_error.text() == "The room is already booked by Marie Dupont on 26/11/2026 from 10:00 to 11:00"
    dialog.start.setCurrentIndex(dialog.start.findText("11:00"))  # right after Marie's: no conflict
    dialog.end.setCurrentIndex(dialog.end.findText("12:00"))
    dialog.accept()
    assert not dialog.isVisible()
    with unit_of_work(place) as session:
        found = read_bookings(dbapi(session), start=dt.datetime(2026, 11, 26, tzinfo=dt.UTC),
                              end=dt.datetime(2026, 11, 27, tzinfo=dt.UTC))
    assert [b.member_name for b in found] == ["Marie Dupont", "Chloé Thévenot"]


def test_a_closed_day_and_a_member_without_plan(qtbot: QtBot, store: Store, place: Engine) -> None:
    screen = open_screen(qtbot, store)
    dialog = book(qtbot, screen, "Salle Tarnon", "09:00", "09:30", "jean")
    assert dialog.errors.error_text("member") == ("Jean Martin has no plan on 26/11/2026: the host may book with "
                                                  "an override")
    dialog.override.setChecked(True)
    assert not dialog.ok_button.isEnabled()  # an override needs its reason
    dialog.reason.setText("essai avant abonnement")
    dialog.accept()
    assert not dialog.isVisible()

    dialog = book(qtbot, screen, "Salle Tarnon", "09:00", "09:30", "marie")
    dialog.day.setDate(dialog.day.date().addDays(29))  # Friday 25 December: closed
    dialog.accept()
    assert dialog.errors.error_text("from") == "The place is closed on 25/12/2026 (Noël)"
    screen.nav.date.setDate(dialog.day.date())
    assert screen.banner.text() == "Closed: Noël" and screen.banner.isVisible()


def test_a_desk_by_the_half_day(qtbot: QtBot, store: Store, place: Engine) -> None:
    screen = open_screen(qtbot, store)
    select(screen, "A2 · Open space", "14:00", "15:00")
    screen.new_action.trigger()
    dialog = screen.last_dialog
    assert dialog.part.isVisible() and not dialog.start.isVisible()
    assert [dialog.part.itemText(i) for i in range(dialog.part.count())] == [
        "Whole day (08:00–19:00)", "Morning (08:00–13:00)", "Afternoon (13:00–19:00)"]
    assert dialog.part.currentText() == "Afternoon (13:00–19:00)"  # the selection was in the afternoon
    dialog.member.setText("chloe")
    dialog.accept()
    column = column_of(screen, "A2 · Open space")
    assert screen.day_model.index(row_of(screen, "13:00"), column).data() == "Chloé Thévenot"
    assert screen.day_table.rowSpan(row_of(screen, "13:00"), column) == 12


def test_a_weekly_series_cancelled_whole_or_one(qtbot: QtBot, store: Store, place: Engine,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    screen = open_screen(qtbot, store)
    select(screen, "Salle Tarnon", "14:00", "15:30")
    screen.new_action.trigger()
    dialog = screen.last_dialog
    dialog.member.setText("marie")
    dialog.weeks.setValue(3)
    with qtbot.waitSignal(screen.message) as said:
        dialog.accept()
    assert said.args == ["3 booking(s) made"]
    screen.nav.week_button.click()
    week = screen.week_model
    assert week.index(0, 3).data() == "14:00–16:00 Marie Dupont"  # Thursday, Salle Tarnon
    screen.week_table.doubleClicked.emit(week.index(0, 4))  # Friday's cell: that day, in the day view
    assert not screen.week_mode and screen.current_day == THURSDAY + dt.timedelta(days=1)
    screen.nav.previous.click()
    questions: list[tuple[str, bool]] = []

    def answer(choice: str | None):
        def ask(_parent, description: str, *, series: bool) -> str | None:
            questions.append((description, series))
            return choice
        return ask

    screen.nav.day_button.click()
    select(screen, "Salle Tarnon", "14:00", "14:00")
    monkeypatch.setattr(prompts, "ask_cancel", answer(None))  # keep it
    screen.cancel_action.trigger()
    assert questions[-1][1] is True and "Repeats every week" in questions[-1][0]
    monkeypatch.setattr(prompts, "ask_cancel", answer(prompts.ONE))
    with qtbot.waitSignal(screen.message) as said:
        screen.cancel_action.trigger()
    assert said.args == ["1 booking(s) cancelled"]
    assert screen.day_model.index(row_of(screen, "14:00"), column_of(screen, "Salle Tarnon")).data() is None
    screen.nav.next.click()  # a week later, in the day view: the next one is there; cancel the rest of the series
    screen.nav.date.setDate(screen.nav.date.date().addDays(6))
    select(screen, "Salle Tarnon", "14:00", "14:00")
    monkeypatch.setattr(prompts, "ask_cancel", answer(prompts.SERIES))
    with qtbot.waitSignal(screen.message) as said:
        screen.cancel_action.trigger()
    assert said.args == ["2 booking(s) cancelled"]


def test_the_models_pass_the_model_tester(qtbot: QtBot, store: Store, place: Engine,
                                          qtmodeltester: ModelTester, recorded_dialogs: DialogRecorder) -> None:
    screen = open_screen(qtbot, store)
    book(qtbot, screen, "Salle Tarnon", "10:00", "10:30", "marie")
    qtmodeltester.check(screen.day_model)
    screen.nav.week_button.click()
    qtmodeltester.check(screen.week_model)
    assert recorded_dialogs.errors == []


# The offscreen platform cannot raise the completer's popup nor let it grab the keyboard: said, harmless.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_enter_on_a_name_picks_the_member_and_never_books(qtbot: QtBot, store: Store, place: Engine) -> None:
    screen = open_screen(qtbot, store)
    select(screen, "Salle Tarnon", "10:00", "10:30")
    screen.new_action.trigger()
    dialog = screen.last_dialog
    assert isinstance(dialog, BookingDialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.member.setFocus()
    assert dialog.focusWidget() is dialog.member  # the first field
    booked: list[list[str]] = []
    dialog.booked.connect(booked.append)
    for attempt in range(4):  # the host saw it book at once in 2 of 4 tries
        dialog.member.clear()
        qtbot.keyClicks(dialog.member, "mari")
        qtbot.keyClick(dialog.member, Qt.Key.Key_Return)
        assert dialog.isVisible(), attempt
        assert dialog.member.text() == "Marie Dupont — FLO-0001", attempt
        # A suggestion picked in the popup with Enter does the same.
        popup = dialog.member.completer().popup()
        dialog.member.clear()
        qtbot.keyClicks(dialog.member, "chlo")
        if popup.isVisible():
            qtbot.keyClick(popup, Qt.Key.Key_Down)
            qtbot.keyClick(popup, Qt.Key.Key_Return)
        else:
            qtbot.keyClick(dialog.member, Qt.Key.Key_Return)
        assert dialog.isVisible(), attempt
        assert dialog.chosen is not None and "Chloé" in dialog.member.text()
    assert booked == []
    with qtbot.waitSignal(dialog.booked):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # the button books
    assert not dialog.isVisible()


def test_a_cancellation_is_undone_and_redone(qtbot: QtBot, store: Store, place: Engine,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    screen = open_screen(qtbot, store)
    book(qtbot, screen, "Salle Tarnon", "10:00", "10:30", "marie")
    cell = (row_of(screen, "10:00"), column_of(screen, "Salle Tarnon"))
    assert screen.day_model.index(*cell).data() == "Marie Dupont"
    assert not screen.undo_action.isEnabled()
    select(screen, "Salle Tarnon", "10:00", "10:00")
    monkeypatch.setattr(prompts, "ask_cancel", lambda *_args, **_kw: prompts.ONE)
    with qtbot.waitSignal(screen.message):
        screen.cancel_action.trigger()
    assert screen.day_model.index(*cell).data() is None
    assert screen.undo_action.isEnabled() and "Marie Dupont" in screen.undo_action.text()
    with qtbot.waitSignal(store.changed):
        screen.undo_action.trigger()
    assert screen.day_model.index(*cell).data() == "Marie Dupont"  # booked again
    with qtbot.waitSignal(store.changed):
        screen.undo_stack.redo()
    assert screen.day_model.index(*cell).data() is None


def test_an_undone_cancellation_never_takes_a_slot_booked_meanwhile(place: Engine) -> None:
    from telecentre_desk.bookings import service as bookings
    from telecentre_desk.common.errors import ConflictError

    start = dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC)
    with unit_of_work(place) as session:
        made = bookings.add_booking(session, space="Salle Tarnon", member="1", start=start,
                                    end=start + dt.timedelta(hours=1))
        cancelled: list[str] = []
        bookings.cancel_booking(session, made[0].id, cancelled=cancelled)
        bookings.add_booking(session, space="Salle Tarnon", member="2", start=start, end=start + dt.timedelta(hours=1))
    with pytest.raises(ConflictError, match="already booked by Chloé Thévenot"), unit_of_work(place) as session:
        bookings.restore_bookings(session, cancelled)
