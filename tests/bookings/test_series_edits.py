"""A weekly series moved or edited from one of its bookings on (issue 15): "this one and the following" move
alike, all or nothing, a week in the way named; the undo puts every booking back exactly."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine

from telecentre_desk.bookings import service as bookings
from telecentre_desk.common.errors import ConflictError, ValidationError
from telecentre_desk.db.uow import unit_of_work
from tests.bookings.test_booking_edits import slot
from tests.bookings.test_bookings import at, book
from tests.bookings.test_bookings import place as place  # the fixture


def series(engine: Engine, weeks: int = 4) -> list[str]:
    return [b.id for b in book(engine, weeks=weeks)]  # Mondays 7, 14, 21, 28 December, 10:00-11:00


def slots(engine: Engine, uids: list[str]) -> list:
    return [slot(engine, uid) for uid in uids]


def test_this_one_and_the_following_move_alike_and_undo_puts_all_back(place: Engine) -> None:
    uids = series(place)
    before = slots(place, uids)
    with unit_of_work(place) as session:  # from the second week: Tuesdays at 14:00, one hour, a note
        edits = bookings.edit_series(session, uids[1], start=dt.datetime(2026, 12, 15, 14, 0), note="atelier")
    assert [e.before for e in edits] == before[1:]
    after = slots(place, uids)
    assert after[0] == before[0]  # the week before is left as it was
    assert [(s.starts_at, s.ends_at, s.note) for s in after[1:]] == [
        (at(d, 14).astimezone(dt.UTC), at(d, 15).astimezone(dt.UTC), "atelier") for d in (15, 22, 29)]
    with unit_of_work(place) as session:
        bookings.put_back_bookings(session, [e.before for e in edits])
    assert slots(place, uids) == before
    with unit_of_work(place) as session:  # redo
        bookings.put_back_bookings(session, [e.after for e in edits])
    assert slots(place, uids) == after


def test_a_series_slides_one_week_into_its_own_slots_and_back(place: Engine) -> None:
    uids = series(place)
    before = slots(place, uids)
    with unit_of_work(place) as session:
        edits = bookings.edit_series(session, uids[0], start=dt.datetime(2026, 12, 14, 10, 0))
    assert [s.starts_at for s in slots(place, uids)] == [at(d, 10).astimezone(dt.UTC) for d in (14, 21, 28)] + [
        at(4, 10, month=1).replace(year=2027).astimezone(dt.UTC)]
    with unit_of_work(place) as session:
        bookings.put_back_bookings(session, [e.before for e in edits])
    assert slots(place, uids) == before


def test_a_week_in_the_way_refuses_the_whole_and_names_its_day(place: Engine) -> None:
    uids = series(place)
    before = slots(place, uids)
    book(place, member="1", start=at(22, 14), end=at(22, 15), override_reason=None)
    refused = r"^the week of 22/12/2026: the room is already booked by Marie Dupont"
    with pytest.raises(ConflictError, match=refused), unit_of_work(place) as session:
        bookings.edit_series(session, uids[1], start=dt.datetime(2026, 12, 15, 14, 0))
    assert slots(place, uids) == before  # nothing moved, not even the weeks before the one in the way


def test_a_closed_day_in_the_series_is_refused(place: Engine) -> None:
    uids = series(place)
    before = slots(place, uids)
    refused = r"the week of 25/12/2026: the place is closed on 25/12/2026 \(Noël\)"
    with pytest.raises(ValidationError, match=refused), unit_of_work(place) as session:
        bookings.edit_series(session, uids[0], start=dt.datetime(2026, 12, 11, 10, 0))  # Fridays
    assert slots(place, uids) == before


def test_a_booking_of_no_series_is_edited_alone(place: Engine) -> None:
    [made] = book(place)
    with unit_of_work(place) as session:
        [done] = bookings.edit_series(session, made.id, start=dt.datetime(2026, 12, 8, 9, 0))
    assert done.after.starts_at == at(8, 9).astimezone(dt.UTC)


def test_a_fault_of_the_chosen_week_itself_is_said_without_a_day(place: Engine) -> None:
    uids = series(place)
    with pytest.raises(ValidationError, match=r"^bookings go by half hours: 14:15"), unit_of_work(place) as session:
        bookings.edit_series(session, uids[0], start=dt.datetime(2026, 12, 8, 14, 15))
    with pytest.raises(ValidationError, match=r"^08/12/2026 20:00-21:00 is outside the opening hours"), \
            unit_of_work(place) as session:
        bookings.edit_series(session, uids[0], start=dt.datetime(2026, 12, 8, 20, 0))
