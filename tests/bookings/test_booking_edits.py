"""Bookings moved or edited (issue 15): the rules of a new booking for what changes, no overlap, and an undo
that puts back exactly what was there (``put_back_booking``)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from telecentre_desk.bookings import service as bookings
from telecentre_desk.bookings.info import BookingSlot
from telecentre_desk.common.errors import ConflictError, DeskError, ValidationError
from telecentre_desk.db.models import AuditEntry
from telecentre_desk.db.uow import unit_of_work
from tests.bookings.test_bookings import at, book
from tests.bookings.test_bookings import place as place  # the fixture


def slot(engine: Engine, uid: str) -> BookingSlot:
    with unit_of_work(engine) as session:
        row = bookings._booking_row(session, uid)
        return bookings._slot_of(session, row)


def edit(engine: Engine, uid: str, **kwargs):
    with unit_of_work(engine) as session:
        return bookings.edit_booking(session, uid, **kwargs)


def test_a_move_keeps_the_duration_and_undo_puts_back_exactly(place: Engine) -> None:
    [made] = book(place, note="projet")
    before = slot(place, made.id)
    done = edit(place, made.id, start=dt.datetime(2026, 12, 8, 14, 0))  # naive: the place's time
    assert done.before == before
    assert (done.after.starts_at, done.after.ends_at) == (at(8, 14).astimezone(dt.UTC), at(8, 15).astimezone(dt.UTC))
    assert done.after.note == "projet" and done.after.space_id == before.space_id
    with unit_of_work(place) as session:
        bookings.put_back_booking(session, done.before)
    assert slot(place, made.id) == before
    with unit_of_work(place) as session:  # redo
        bookings.put_back_booking(session, done.after)
    assert slot(place, made.id) == done.after
    with unit_of_work(place) as session:
        actions = session.exec(select(AuditEntry.action).where(AuditEntry.entity_uid == made.id)).all()
    assert actions.count("booking.edit") == 3


def test_a_room_booking_moved_to_a_desk_and_another_member(place: Engine) -> None:
    [made] = book(place)
    done = edit(place, made.id, space="Open space", desk="A1", start=at(9, 8, 30).replace(tzinfo=None),
                end=dt.datetime(2026, 12, 9, 12, 30), note=None)
    with unit_of_work(place) as session:
        [row] = bookings.list_bookings(session, day=dt.date(2026, 12, 9))
    assert (row.space_name, row.desk_name, row.note) == ("Open space", "A1", None)
    assert done.after.desk_id is not None and done.before.desk_id is None
    # Another member: the plan rule applies (Jean has none) unless the host overrides with a reason.
    with pytest.raises(ValidationError, match="Jean Martin has no plan"):
        edit(place, made.id, member="2")
    assert edit(place, made.id, member="2", override_reason="essai").after.member_id != done.after.member_id


def test_an_overlap_is_refused_with_who_is_in_the_way_and_nothing_changes(place: Engine) -> None:
    [first] = book(place)
    [second] = book(place, start=at(7, 14), end=at(7, 15))
    before = slot(place, second.id)
    with pytest.raises(ConflictError, match="the room is already booked by Marie Dupont on 07/12/2026 from 10:00"):
        edit(place, second.id, start=dt.datetime(2026, 12, 7, 10, 30))
    assert slot(place, second.id) == before
    # Moving onto its own slot shifted by half an hour is no conflict with itself.
    assert edit(place, first.id, start=dt.datetime(2026, 12, 7, 10, 30)).after.ends_at == at(7, 11, 30).astimezone(
        dt.UTC)


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"start": dt.datetime(2026, 12, 7, 10, 15)}, "half hours"),
    ({"start": dt.datetime(2026, 12, 25, 10, 0)}, "closed on 25/12/2026"),
    ({"start": dt.datetime(2026, 12, 7, 18, 0)}, "outside the opening hours"),
    ({"end": dt.datetime(2026, 12, 7, 9, 0)}, "ends before it starts"),
    ({"space": "Open space", "desk": "Z9"}, "no desk named 'Z9'"),
    ({"space": "Nowhere"}, "no room named 'Nowhere'"),
    ({"note": "a\x07b"}, "control"),
])
def test_bad_edits_are_refused_and_change_nothing(place: Engine, kwargs: dict, message: str) -> None:
    [made] = book(place)
    before = slot(place, made.id)
    with pytest.raises(DeskError, match=message):
        edit(place, made.id, **kwargs)
    assert slot(place, made.id) == before


def test_a_cancelled_booking_is_not_edited_and_an_undo_never_takes_a_taken_slot(place: Engine) -> None:
    [made] = book(place)
    done = edit(place, made.id, start=dt.datetime(2026, 12, 8, 10, 0))
    book(place)  # Monday 10:00 is free again: someone else takes it
    with pytest.raises(ConflictError, match="already booked"), unit_of_work(place) as session:
        bookings.put_back_booking(session, done.before)
    assert slot(place, made.id) == done.after
    with unit_of_work(place) as session:
        bookings.cancel_booking(session, made.id)
    with pytest.raises(ValidationError, match="cancelled"):
        edit(place, made.id, note="x")


def test_a_note_alone_is_edited_even_when_the_hours_changed_since(place: Engine) -> None:
    [made] = book(place)
    from telecentre_desk.places import service as places

    with unit_of_work(place) as session:
        places.edit_place(session, opening_hours="mon-fri 14:00-18:00")
    assert edit(place, made.id, note="avec vidéoprojecteur").after.note == "avec vidéoprojecteur"
    with unit_of_work(place) as session:
        [row] = bookings.list_bookings(session, day=dt.date(2026, 12, 7))
    assert row.note == "avec vidéoprojecteur"
