"""A weekly booking moved in the window (issue 15): the question "only this one / this one and the following
weeks" as the cancel asks it, the following weeks moved alike, Ctrl+Z putting the whole series back, a week in
the way refused in words with nothing changed."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from telecentre_desk.bookings import service as bookings
from telecentre_desk.bookings.info import read_bookings
from telecentre_desk.db.uow import dbapi, unit_of_work
from telecentre_desk.ui.bookings import prompts
from telecentre_desk.ui.store import Store
from tests.ui.bookings.test_booking_edits_ui import open_edit
from tests.ui.bookings.test_bookings_screen import open_screen, select
from tests.ui.bookings.test_bookings_screen import place as place  # the fixture

THURSDAYS = (26, 3, 10)  # 26 November, 3 and 10 December 2026


def series_hours(engine: Engine) -> list[tuple[str, str]]:
    """Each confirmed booking of the three weeks as (day, local hours)."""
    with unit_of_work(engine) as session:
        rows = read_bookings(dbapi(session), start=dt.datetime(2026, 11, 23, tzinfo=dt.UTC),
                             end=dt.datetime(2026, 12, 14, tzinfo=dt.UTC))
    return [(f"{b.starts_at.astimezone(PARIS):%d/%m}", f"{b.starts_at.astimezone(PARIS):%H:%M}") for b in rows
            if b.series_id]


PARIS = dt.timezone(dt.timedelta(hours=1))  # November and December: no change of hour


@pytest.fixture
def weekly(place: Engine) -> Engine:
    with unit_of_work(place) as session:
        bookings.add_booking(session, space="Salle Tarnon", member="1", start=dt.datetime(2026, 11, 26, 10, 0),
                             end=dt.datetime(2026, 11, 26, 11, 0), weeks=3)
    return place


def move_to_14(qtbot: QtBot, screen, monkeypatch: pytest.MonkeyPatch, answer: str | None):
    select(screen, "Salle Tarnon", "10:00", "10:00")
    dialog = open_edit(screen)
    asked: list[str] = []
    monkeypatch.setattr(prompts, "ask_series_edit", lambda _parent, text: asked.append(text) or answer)
    dialog.start.setCurrentIndex(dialog.start.findText("14:00"))
    dialog.end.setCurrentIndex(dialog.end.findText("15:00"))
    dialog.accept()
    assert asked and "Marie Dupont" in asked[0]
    return dialog


def test_the_following_weeks_move_alike_and_ctrl_z_puts_the_series_back(
        qtbot: QtBot, store: Store, weekly: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    screen = open_screen(qtbot, store)
    before = series_hours(weekly)
    assert before == [("26/11", "10:00"), ("03/12", "10:00"), ("10/12", "10:00")]
    with qtbot.waitSignal(screen.message) as said:
        dialog = move_to_14(qtbot, screen, monkeypatch, prompts.SERIES)
    assert not dialog.isVisible() and said.args == ["3 booking(s) changed"]
    assert series_hours(weekly) == [(f"{d:02d}/{m}", "14:00") for d, m in zip(THURSDAYS, ("11", "12", "12"),
                                                                                strict=True)]
    assert screen.undo_action.text().startswith("Undo change of 3 booking(s) of Marie Dupont")
    with qtbot.waitSignal(store.changed):
        screen.undo_action.trigger()
    assert series_hours(weekly) == before
    with qtbot.waitSignal(store.changed):
        screen.redo_action.trigger()
    assert [h for _d, h in series_hours(weekly)] == ["14:00"] * 3


def test_only_this_one_and_back(qtbot: QtBot, store: Store, weekly: Engine,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    screen = open_screen(qtbot, store)
    dialog = move_to_14(qtbot, screen, monkeypatch, None)  # Back: nothing saved, the dialog stays
    assert dialog.isVisible() and series_hours(weekly)[0] == ("26/11", "10:00")
    dialog.close()
    move_to_14(qtbot, screen, monkeypatch, prompts.ONE)
    assert series_hours(weekly) == [("26/11", "14:00"), ("03/12", "10:00"), ("10/12", "10:00")]


def test_a_week_in_the_way_is_refused_in_words_and_nothing_moves(
        qtbot: QtBot, store: Store, weekly: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    with unit_of_work(weekly) as session:
        bookings.add_booking(session, space="Salle Tarnon", member="2", start=dt.datetime(2026, 12, 10, 14, 30),
                             end=dt.datetime(2026, 12, 10, 15, 30))
    screen = open_screen(qtbot, store)
    before = series_hours(weekly)
    dialog = move_to_14(qtbot, screen, monkeypatch, prompts.SERIES)
    assert dialog.isVisible()
    shown = dialog.general_error.text()
    assert "The week of 10/12/2026: the room is already booked by Chloé Thévenot" in shown
    assert series_hours(weekly) == before
    dialog.close()


def test_a_weekly_booking_dropped_elsewhere_asks_and_moves_the_following_weeks(
        qtbot: QtBot, store: Store, weekly: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    screen = open_screen(qtbot, store)
    booking = next(b for b in screen.bookings.values() if b.series_id)
    room = next(r for r in screen.resources if r.space_name == "Salle Tarnon" and r.desk_id is None)
    monkeypatch.setattr(prompts, "ask_series_edit", lambda *_args: None)
    screen.move_booking(booking, room, dt.time(15, 0))  # Back: nothing moves
    assert [h for _d, h in series_hours(weekly)] == ["10:00"] * 3
    monkeypatch.setattr(prompts, "ask_series_edit", lambda *_args: prompts.SERIES)
    with qtbot.waitSignal(screen.message):
        screen.move_booking(booking, room, dt.time(15, 0))
    assert [h for _d, h in series_hours(weekly)] == ["15:00"] * 3
    with qtbot.waitSignal(store.changed):
        screen.undo_action.trigger()
    assert [h for _d, h in series_hours(weekly)] == ["10:00"] * 3
