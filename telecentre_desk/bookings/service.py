"""Book rooms by the slot and desks by the day or half day; weekly series; conflicts said plainly.

Rules: a booking ends after it starts, on 30-minute boundaries, within one local day, inside the
opening hours and not on a closed day; a member books only on days their plan covers (a host may
override, with a reason kept in the audit log); nothing overlaps on the same desk, or on the same
room when either booking takes the whole room. A booking ending at 10:00 and one starting at 10:00
do not conflict. A weekly series is all or nothing.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, col, select

from telecentre_desk.audit import service as audit
from telecentre_desk.bookings.info import BookingEdit, BookingInfo, BookingSlot, read_bookings
from telecentre_desk.common import clock, plausibility, validation
from telecentre_desk.common.errors import ConflictError, NotFoundError, ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.common.ids import new_uid
from telecentre_desk.db.models import Booking, Desk, Member, Place, PlaceClosure, Space
from telecentre_desk.db.uow import dbapi
from telecentre_desk.members import service as members
from telecentre_desk.places import opening_hours
from telecentre_desk.places.service import local_place_row
from telecentre_desk.plans.info import ACCESS_KINDS
from telecentre_desk.spaces import service as spaces

SLOT = dt.timedelta(minutes=30)
MAX_WEEKS = 52


def _local(value: dt.datetime, place: Place, field: str) -> dt.datetime:
    # Naive = the place's wall clock; a time the clocks skip or repeat that night is refused (docs/validation.md).
    tz = clock.zone(place.timezone)
    return plausibility.local_instant(value, tz, field=field).astimezone(tz)


def _check_slot(place: Place, start: dt.datetime, end: dt.datetime) -> None:
    if end <= start:
        raise ValidationError(_("the booking ends before it starts"), field="to")
    if start.date() != (end - dt.timedelta(microseconds=1)).date():
        raise ValidationError(_("a booking stays within one day (use weekly repetition for several)"), field="to")
    for moment, field in ((start, "from"), (end, "to")):
        if moment.minute % 30 or moment.second or moment.microsecond:
            raise ValidationError(_("bookings go by half hours: {time} is not on :00 or :30").format(
                time=f"{moment:%H:%M}"), field=field)


def _check_open(session: Session, place: Place, start: dt.datetime, end: dt.datetime) -> None:
    day = start.date()
    closure = session.exec(select(PlaceClosure).where(
        PlaceClosure.place_id == place.id, PlaceClosure.start_date <= day, PlaceClosure.end_date >= day,
        col(PlaceClosure.deleted_at).is_(None))).first()
    if closure is not None:
        label = f" ({closure.label})" if closure.label else ""
        raise ValidationError(_("the place is closed on {day}{label}").format(day=f"{day:%d/%m/%Y}", label=label),
                              field="from")
    ranges = opening_hours.parse(place.opening_hours).get(day.weekday(), ())
    if not any(a <= start.time() and (end.time() <= b or (b == dt.time(23, 59, 59) and end.time() == dt.time()))
               for a, b in ranges):
        shown = ", ".join(f"{a:%H:%M}-{b:%H:%M}" for a, b in ranges) or _("closed")
        raise ValidationError(_("{day} {start}-{end} is outside the opening hours ({hours})").format(
            day=f"{start:%d/%m/%Y}", start=f"{start:%H:%M}", end=f"{end:%H:%M}", hours=shown), field="from")


def _member_covered(session: Session, member: Member, day: dt.date) -> bool:
    conn = dbapi(session)
    row = conn.execute("SELECT 1 FROM subscription AS s JOIN plan AS p ON p.id = s.plan_id WHERE s.member_id = ? "
                       "AND s.start_date <= ? AND (s.end_date IS NULL OR s.end_date >= ?) AND s.deleted_at IS NULL "
                       f"AND p.kind IN ({', '.join('?' * len(ACCESS_KINDS))}) LIMIT 1",
                       (member.id, day.isoformat(), day.isoformat(), *ACCESS_KINDS)).fetchone()
    return row is not None


def _in_the_way(session: Session, space: Space, desk: Desk | None, start: dt.datetime,
                end: dt.datetime, *, exclude: int | None = None) -> Booking | None:
    query = select(Booking).where(Booking.space_id == space.id, Booking.status == "confirmed",
                                  col(Booking.deleted_at).is_(None), Booking.starts_at < end, Booking.ends_at > start)
    if exclude is not None:  # a booking being moved is never in its own way
        query = query.where(Booking.id != exclude)
    for other in session.exec(query).all():
        if desk is None or other.desk_id is None or other.desk_id == desk.id:
            return other
    return None


def _conflict_message(session: Session, other: Booking, place: Place) -> str:
    member = session.get(Member, other.member_id)
    tz = clock.zone(place.timezone)
    a, b = other.starts_at.astimezone(tz), other.ends_at.astimezone(tz)
    values = {"name": f"{member.first_name} {member.last_name}", "day": f"{a:%d/%m/%Y}", "start": f"{a:%H:%M}",
              "end": f"{b:%H:%M}"}
    if other.desk_id:
        return _("desk {desk} is already booked by {name} on {day} from {start} to {end}").format(
            desk=session.get(Desk, other.desk_id).name, **values)
    return _("the room is already booked by {name} on {day} from {start} to {end}").format(**values)


def add_booking(session: Session, *, space: str, member: str, start: dt.datetime, end: dt.datetime,
                desk: str | None = None, weeks: int = 1, override_reason: str | None = None,
                note: str | None = None, actor: str = "cli") -> list[BookingInfo]:
    """Book ``space`` (or one of its desks) for ``member``; ``weeks`` > 1 repeats it weekly."""
    place = local_place_row(session)
    room = spaces.space_row(session, space)
    if room.out_of_service:
        raise ValidationError(_("room {name!r} is out of service").format(name=room.name), field="space")
    seat = spaces.desk_row(session, desk, space=room) if desk else None
    if seat is not None and seat.out_of_service:
        raise ValidationError(_("desk {name} is out of service").format(name=seat.name), field="desk")
    who = members.member_row(session, member)
    if who.status != "active":
        raise ValidationError(_("member {number} is not active").format(number=who.number), field="member")
    if not 1 <= weeks <= MAX_WEEKS:
        raise ValidationError(_("weekly repetition: between 1 and {weeks} weeks").format(weeks=MAX_WEEKS),
                              field="weeks")
    # Free texts: one line each, bounded (the window's fields and the CLI's options alike).
    note = validation.optional_text(note, field="note", max_length=500)
    if override_reason is not None:
        override_reason = validation.optional_text(override_reason, field="reason", max_length=500) or ""
    if override_reason is not None and not override_reason.strip():
        raise ValidationError(_("an override needs the host's reason"), field="reason")
    first_start, first_end = _local(start, place, "from"), _local(end, place, "to")
    _check_slot(place, first_start, first_end)
    series = new_uid() if weeks > 1 else None
    created = []
    for week in range(weeks):
        # Wall-clock weeks: 09:00 stays 09:00 across a change of summer time.
        a = (first_start.replace(tzinfo=None) + dt.timedelta(weeks=week)).replace(tzinfo=first_start.tzinfo)
        b = (first_end.replace(tzinfo=None) + dt.timedelta(weeks=week)).replace(tzinfo=first_end.tzinfo)
        when = _(" (week {week}, {day})").format(week=week + 1, day=f"{a:%d/%m/%Y}") if weeks > 1 else ""
        try:
            _check_open(session, place, a, b)
            if override_reason is None and not _member_covered(session, who, a.date()):
                raise ValidationError(_("{name} has no plan on {day}: the host may book with an override").format(
                    name=f"{who.first_name} {who.last_name}", day=f"{a:%d/%m/%Y}"), field="member")
            other = _in_the_way(session, room, seat, a.astimezone(dt.UTC), b.astimezone(dt.UTC))
            if other is not None:
                raise ConflictError(_conflict_message(session, other, place))
        except (ValidationError, ConflictError) as exc:
            exc.message += when
            exc.args = (exc.message,)
            raise
        booking = Booking(space_id=room.id, desk_id=seat.id if seat else None, member_id=who.id, origin=place.code,
                          starts_at=a.astimezone(dt.UTC), ends_at=b.astimezone(dt.UTC), series_uid=series, note=note)
        session.add(booking)
        session.flush()  # the next week's conflict check sees this one
        created.append(booking.uid)
    audit.record(session, actor=actor, action="booking.add", entity="booking", entity_uid=created[0],
                 details={"space": room.name, "desk": seat.name if seat else None, "member": who.uid,
                          "weeks": weeks, "override": override_reason})
    return read_bookings(dbapi(session), start=first_start, end=first_end + dt.timedelta(weeks=weeks), uids=created)


def cancel_booking(session: Session, booking_id: str, *, series: bool = False, actor: str = "cli",
                   cancelled: list[str] | None = None) -> int:
    """Cancel one booking, or every booking still to come of its weekly series; returns how many.

    ``cancelled``, when given, receives the uids cancelled (the window's undo restores them)."""
    booking = session.exec(select(Booking).where(Booking.uid == str(booking_id).strip().lower(),
                                                 col(Booking.deleted_at).is_(None))).first()
    if booking is None:
        raise NotFoundError(_("no booking {id}").format(id=booking_id))
    if booking.status != "confirmed":
        raise ValidationError(_("this booking is already cancelled"), field="booking")
    targets = [booking]
    if series and booking.series_uid:
        targets = list(session.exec(select(Booking).where(
            Booking.series_uid == booking.series_uid, Booking.status == "confirmed",
            Booking.starts_at >= booking.starts_at)).all())
    for target in targets:
        target.status = "cancelled"
        target.touch()
        session.add(target)
        if cancelled is not None:
            cancelled.append(target.uid)
    audit.record(session, actor=actor, action="booking.cancel", entity="booking", entity_uid=booking.uid,
                 details={"count": len(targets), "series": series})
    return len(targets)


def restore_bookings(session: Session, uids: list[str], *, actor: str = "cli") -> int:
    """Undo a cancellation: the bookings ``uids`` are confirmed again, unless their slot was taken meanwhile
    (refused whole, nothing restored). Returns how many."""
    place = local_place_row(session)
    restored = 0
    for uid in uids:
        booking = session.exec(select(Booking).where(Booking.uid == uid, col(Booking.deleted_at).is_(None))).first()
        if booking is None:
            raise NotFoundError(_("no booking {id}").format(id=uid))
        if booking.status == "confirmed":
            continue
        room = session.get(Space, booking.space_id)
        seat = session.get(Desk, booking.desk_id) if booking.desk_id else None
        other = _in_the_way(session, room, seat, booking.starts_at, booking.ends_at)
        if other is not None:
            raise ConflictError(_conflict_message(session, other, place))
        booking.status = "confirmed"
        booking.touch()
        session.add(booking)
        session.flush()  # the next one's check sees this one
        restored += 1
    if uids:
        audit.record(session, actor=actor, action="booking.restore", entity="booking", entity_uid=uids[0],
                     details={"count": restored})
    return restored


def _utc(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _booking_row(session: Session, booking_id: str) -> Booking:
    booking = session.exec(select(Booking).where(Booking.uid == str(booking_id).strip().lower(),
                                                 col(Booking.deleted_at).is_(None))).first()
    if booking is None:
        raise NotFoundError(_("no booking {id}").format(id=booking_id))
    if booking.status != "confirmed":
        raise ValidationError(_("this booking is cancelled: undo the cancellation or book again"), field="booking")
    return booking


def _slot_of(session: Session, booking: Booking) -> BookingSlot:
    desk = session.get(Desk, booking.desk_id) if booking.desk_id else None
    return BookingSlot(booking.uid, session.get(Space, booking.space_id).uid, desk.uid if desk else None,
                       session.get(Member, booking.member_id).uid, _utc(booking.starts_at),
                       _utc(booking.ends_at), booking.note)


_KEEP: object = ...


def edit_booking(session: Session, booking_id: str, *, space: str | None = None, desk: object = _KEEP,
                 member: str | None = None, start: dt.datetime | None = None, end: dt.datetime | None = None,
                 note: object = _KEEP, override_reason: str | None = None, actor: str = "cli") -> BookingEdit:
    """Move or edit one booking (a week of a series alone): room or desk, member, day and times, note.

    What is not given stays. ``desk``: a desk of the room, None for the whole room; another room without a
    desk books the whole room. ``start`` alone keeps the duration (a move); ``end`` alone keeps the start.
    The rules of a new booking apply to what changes; a slot taken by another booking is refused whole.
    """
    place = local_place_row(session)
    booking = _booking_row(session, booking_id)
    before = _slot_of(session, booking)
    room = spaces.space_row(session, space) if space is not None else session.get(Space, booking.space_id)
    if desk is _KEEP:
        seat = session.get(Desk, booking.desk_id) if booking.desk_id and room.id == booking.space_id else None
    else:
        seat = spaces.desk_row(session, str(desk), space=room) if desk is not None else None
    if room.id != booking.space_id and room.out_of_service:
        raise ValidationError(_("room {name!r} is out of service").format(name=room.name), field="space")
    if seat is not None and seat.id != booking.desk_id and seat.out_of_service:
        raise ValidationError(_("desk {name} is out of service").format(name=seat.name), field="desk")
    who = members.member_row(session, member) if member is not None else session.get(Member, booking.member_id)
    if who.id != booking.member_id and who.status != "active":
        raise ValidationError(_("member {number} is not active").format(number=who.number), field="member")
    if note is not _KEEP:
        note = validation.optional_text(note, field="note", max_length=300)  # type: ignore[arg-type]
    if override_reason is not None:
        override_reason = validation.optional_text(override_reason, field="reason", max_length=500) or ""
        if not override_reason.strip():
            raise ValidationError(_("an override needs the host's reason"), field="reason")
    tz = clock.zone(place.timezone)
    old_start, old_end = _utc(booking.starts_at).astimezone(tz), _utc(booking.ends_at).astimezone(tz)
    new_start = _local(start, place, "from") if start is not None else old_start
    if end is not None:
        new_end = _local(end, place, "to")
    elif start is not None:  # a move keeps the duration, on the wall clock
        new_end = (new_start.replace(tzinfo=None) + (old_end.replace(tzinfo=None) - old_start.replace(tzinfo=None))
                   ).replace(tzinfo=tz)
        new_end = _local(new_end.replace(tzinfo=None), place, "to")
    else:
        new_end = old_end
    moved = (new_start, new_end) != (old_start, old_end)
    if moved:
        _check_slot(place, new_start, new_end)
        _check_open(session, place, new_start, new_end)
    if ((moved and new_start.date() != old_start.date()) or who.id != booking.member_id) \
            and override_reason is None and not _member_covered(session, who, new_start.date()):
        raise ValidationError(_("{name} has no plan on {day}: the host may book with an override").format(
            name=f"{who.first_name} {who.last_name}", day=f"{new_start:%d/%m/%Y}"), field="member")
    a, b = new_start.astimezone(dt.UTC), new_end.astimezone(dt.UTC)
    if moved or room.id != booking.space_id or (seat.id if seat else None) != booking.desk_id:
        other = _in_the_way(session, room, seat, a, b, exclude=booking.id)
        if other is not None:
            raise ConflictError(_conflict_message(session, other, place))
    booking.space_id, booking.desk_id, booking.member_id = room.id, seat.id if seat else None, who.id
    booking.starts_at, booking.ends_at = a, b
    if note is not _KEEP:
        booking.note = note  # type: ignore[assignment]
    booking.touch()
    session.add(booking)
    session.flush()
    after = _slot_of(session, booking)
    audit.record(session, actor=actor, action="booking.edit", entity="booking", entity_uid=booking.uid,
                 details={"before": before.to_json(), "after": after.to_json(), "override": override_reason})
    return BookingEdit(before, after)


def put_back_booking(session: Session, slot: BookingSlot, *, actor: str = "cli") -> BookingSlot:
    """Undo (or redo) an edit: the booking becomes ``slot`` exactly, unless another booking took that slot
    meanwhile (refused, nothing changed). Rules that may have changed since (hours, plans) are not asked again:
    this puts back what the host had accepted."""
    place = local_place_row(session)
    booking = _booking_row(session, slot.id)
    room = spaces.space_row(session, slot.space_id)
    seat = spaces.desk_row(session, slot.desk_id, space=room) if slot.desk_id else None
    who = members.member_row(session, slot.member_id)
    other = _in_the_way(session, room, seat, slot.starts_at, slot.ends_at, exclude=booking.id)
    if other is not None:
        raise ConflictError(_conflict_message(session, other, place))
    before = _slot_of(session, booking)
    booking.space_id, booking.desk_id, booking.member_id = room.id, seat.id if seat else None, who.id
    booking.starts_at, booking.ends_at, booking.note = slot.starts_at, slot.ends_at, slot.note
    booking.touch()
    session.add(booking)
    session.flush()
    audit.record(session, actor=actor, action="booking.edit", entity="booking", entity_uid=booking.uid,
                 details={"before": before.to_json(), "after": slot.to_json(), "undo": True})
    return _slot_of(session, booking)


def edit_series(session: Session, booking_id: str, *, space: str | None = None, desk: object = _KEEP,
                member: str | None = None, start: dt.datetime | None = None, end: dt.datetime | None = None,
                note: object = _KEEP, override_reason: str | None = None, actor: str = "cli") -> list[BookingEdit]:
    """Move or edit a booking and every later booking of its weekly series alike ("this one and the following"):
    the same room or desk, member and note, the same shift of day, the new hours. A booking of no series is
    edited alone. All or nothing: a week that overlaps another booking, falls on a closed day or outside the
    hours refuses the whole, its day named (the caller's unit of work then changes nothing)."""
    place = local_place_row(session)
    first = _booking_row(session, booking_id)
    if not first.series_uid:
        return [edit_booking(session, booking_id, space=space, desk=desk, member=member, start=start, end=end,
                             note=note, override_reason=override_reason, actor=actor)]
    tz = clock.zone(place.timezone)
    old_start = _utc(first.starts_at).astimezone(tz).replace(tzinfo=None)
    old_end = _utc(first.ends_at).astimezone(tz).replace(tzinfo=None)
    new_start = _local(start, place, "from").replace(tzinfo=None) if start is not None else old_start
    if end is not None:
        new_end = _local(end, place, "to").replace(tzinfo=None)
    else:
        new_end = new_start + (old_end - old_start) if start is not None else old_end
    shift, length = new_start.date() - old_start.date(), new_end - new_start
    if (new_start, new_end) != (old_start, old_end):  # the host's own week first: its faults need no day named
        chosen = _local(new_start, place, "from"), _local(new_end, place, "to")
        _check_slot(place, *chosen)
        _check_open(session, place, *chosen)
    targets = list(session.exec(select(Booking).where(
        Booking.series_uid == first.series_uid, Booking.status == "confirmed", col(Booking.deleted_at).is_(None),
        Booking.starts_at >= first.starts_at).order_by(col(Booking.starts_at))).all())
    if new_start > old_start:  # later weeks move first, so that no week stands in the way of the one before it
        targets.reverse()
    edits: list[BookingEdit] = []
    for target in targets:
        day = _utc(target.starts_at).astimezone(tz).date() + shift
        at = dt.datetime.combine(day, new_start.time())
        try:
            edits.append(edit_booking(session, target.uid, space=space, desk=desk, member=member, start=at,
                                      end=at + length, note=note, override_reason=override_reason, actor=actor))
        except (ConflictError, ValidationError) as exc:
            if target.id == first.id:
                raise
            message = _("the week of {day}: {reason}").format(day=f"{day:%d/%m/%Y}", reason=exc.message)
            raise type(exc)(message) from exc
    edits.sort(key=lambda edit: edit.before.starts_at)
    return edits


def put_back_bookings(session: Session, slots: list[BookingSlot], *, actor: str = "cli") -> list[BookingSlot]:
    """Undo (or redo) a series edit: each booking becomes its slot, all or nothing (see put_back_booking)."""
    if not slots:
        return []
    now = _booking_row(session, slots[0].id).starts_at
    ordered = sorted(slots, key=lambda slot: slot.starts_at, reverse=slots[0].starts_at > _utc(now))
    return [put_back_booking(session, slot, actor=actor) for slot in ordered]


def list_bookings(session: Session, *, day: dt.date | None = None) -> list[BookingInfo]:
    """The bookings of a local day (today by default)."""
    place = local_place_row(session)
    tz = clock.zone(place.timezone)
    start, end = clock.day_bounds_utc(day or clock.today_at(tz), tz)
    return read_bookings(dbapi(session), start=start, end=end)
