"""Describe the place's rooms and desks. A room or desk is named by its uid or its name."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlmodel import Session, col, select

from telecentre_desk.audit import service as audit
from telecentre_desk.common import clock, validation
from telecentre_desk.common.enums import SpaceKind
from telecentre_desk.common.errors import ConflictError, NotFoundError, ValidationError
from telecentre_desk.common.i18n import _, ngettext
from telecentre_desk.common.ids import is_uid
from telecentre_desk.db.models import Booking, CheckEvent, Desk, Space
from telecentre_desk.db.uow import dbapi
from telecentre_desk.members import service as members
from telecentre_desk.places.service import local_place_row
from telecentre_desk.spaces.info import DeskInfo, DeskMove, SpaceInfo, read_desks, read_spaces

MAX_CAPACITY = 500


def space_row(session: Session, ref: str) -> Space:
    place = local_place_row(session)
    query = select(Space).where(Space.place_id == place.id, col(Space.deleted_at).is_(None))
    text = str(ref).strip()
    space = session.exec(query.where(Space.uid == text.lower() if is_uid(text) else Space.name == text)).first()
    if space is None:
        raise NotFoundError(_("no room named {name!r} (see 'telecentre-desk space list')").format(name=text))
    return space


def desk_row(session: Session, ref: str, *, space: Space | None = None) -> Desk:
    place = local_place_row(session)
    text = str(ref).strip()
    query = (select(Desk).join(Space, col(Space.id) == col(Desk.space_id))
             .where(Space.place_id == place.id, col(Desk.deleted_at).is_(None)))
    if space is not None:
        query = query.where(Desk.space_id == space.id)
    found = session.exec(query.where(Desk.uid == text.lower() if is_uid(text) else Desk.name == text)).all()
    if not found:
        raise NotFoundError(_("no desk named {name!r} (see 'telecentre-desk desk list')").format(name=text))
    if len(found) > 1:
        raise ValidationError(_("several rooms have a desk named {name!r}: name the room too").format(name=text),
                              field="desk")
    return found[0]


def _capacity(value: Any) -> int:
    try:
        capacity = int(str(value).strip())
    except ValueError:
        raise ValidationError(_("{field}: {value!r} is not a whole number").format(field="capacity", value=value),
                              field="capacity") from None
    if not 1 <= capacity <= MAX_CAPACITY:
        raise ValidationError(_("{field}: between {low} and {high}").format(field="capacity", low=1, high=MAX_CAPACITY),
                              field="capacity")
    return capacity


def add_space(session: Session, *, name: str, kind: str, capacity: Any = 1, actor: str = "cli") -> SpaceInfo:
    place = local_place_row(session)
    name = validation.required_text(name, field="name", max_length=80)
    if kind not in {k.value for k in SpaceKind}:
        choices = ", ".join(k.value for k in SpaceKind)
        raise ValidationError(_("{field}: {value!r} is not one of {choices}").format(
            field="kind", value=kind, choices=choices), field="kind")
    if session.exec(select(Space).where(Space.place_id == place.id, Space.name == name,
                                        col(Space.deleted_at).is_(None))).first():
        raise ConflictError(_("a room named {name!r} already exists").format(name=name))
    space = Space(place_id=place.id, origin=place.code, name=name, kind=kind, capacity=_capacity(capacity))
    session.add(space)
    session.flush()
    audit.record(session, actor=actor, action="space.add", entity="space", entity_uid=space.uid,
                 details={"name": name, "kind": kind})
    return next(s for s in read_spaces(dbapi(session)) if s.id == space.uid)


def add_desk(session: Session, *, space: str, name: str, fixed_member: str | None = None,
             actor: str = "cli") -> DeskInfo:
    room = space_row(session, space)
    name = validation.required_text(name, field="name", max_length=40)
    if session.exec(select(Desk).where(Desk.space_id == room.id, Desk.name == name,
                                       col(Desk.deleted_at).is_(None))).first():
        raise ConflictError(_("room {room!r} already has a desk named {name!r}").format(room=room.name, name=name))
    desks = session.exec(select(Desk).where(Desk.space_id == room.id, col(Desk.deleted_at).is_(None))).all()
    if len(desks) >= room.capacity:
        raise ValidationError(ngettext("room {room!r} holds {count} desk: raise its capacity first",
                                       "room {room!r} holds {count} desks: raise its capacity first",
                                       room.capacity).format(room=room.name, count=room.capacity), field="space")
    holder = None if fixed_member is None else _fixed_holder(session, fixed_member)
    desk = Desk(space_id=room.id, origin=room.origin, name=name, fixed_member_id=holder)
    session.add(desk)
    session.flush()
    audit.record(session, actor=actor, action="desk.add", entity="desk", entity_uid=desk.uid,
                 details={"space": room.name, "name": name, "fixed_member": fixed_member})
    return next(d for d in read_desks(dbapi(session)) if d.id == desk.uid)


def _fixed_holder(session: Session, member_ref: str) -> int:
    member = members.member_row(session, member_ref)
    taken = session.exec(select(Desk).where(Desk.fixed_member_id == member.id,
                                            col(Desk.deleted_at).is_(None))).first()
    if taken is not None:
        raise ConflictError(_("member {number} already has a fixed desk ({desk})").format(
            number=member.number, desk=taken.name))
    return member.id


def set_desk(session: Session, ref: str, *, fixed_member: str | None = ..., out_of_service: bool | None = None,
             position: tuple[float, float] | None = None, actor: str = "cli") -> DeskInfo:
    """Change a desk: its resident (None frees it), out of service, position on the floor plan."""
    desk = desk_row(session, ref)
    if fixed_member is not ...:
        desk.fixed_member_id = None if fixed_member is None else _fixed_holder(session, fixed_member)
    if out_of_service is not None:
        desk.out_of_service = out_of_service
    if position is not None:
        desk.plan_x, desk.plan_y = position
    desk.touch()
    session.add(desk)
    session.flush()
    audit.record(session, actor=actor, action="desk.edit", entity="desk", entity_uid=desk.uid,
                 details={"out_of_service": desk.out_of_service, "fixed_member_id": desk.fixed_member_id})
    return next(d for d in read_desks(dbapi(session)) if d.id == desk.uid)


def edit_space(session: Session, ref: str, *, name: str | None = None, kind: str | None = None,
               capacity: Any = None, actor: str = "cli") -> SpaceInfo:
    """Rename a room, change its kind or capacity (never below the desks it holds)."""
    space = space_row(session, ref)
    if name is not None:
        name = validation.required_text(name, field="name", max_length=80)
        if name != space.name and session.exec(select(Space).where(
                Space.place_id == space.place_id, Space.name == name, col(Space.deleted_at).is_(None))).first():
            raise ConflictError(_("a room named {name!r} already exists").format(name=name))
        space.name = name
    if kind is not None:
        if kind not in {k.value for k in SpaceKind}:
            choices = ", ".join(k.value for k in SpaceKind)
            raise ValidationError(_("{field}: {value!r} is not one of {choices}").format(
                field="kind", value=kind, choices=choices), field="kind")
        space.kind = kind
    if capacity is not None:
        desks = len(session.exec(select(Desk).where(Desk.space_id == space.id, col(Desk.deleted_at).is_(None))).all())
        space.capacity = _capacity(capacity)
        if space.capacity < desks:
            raise ValidationError(ngettext("room {room!r} has {count} desk: its capacity cannot be lower",
                                           "room {room!r} has {count} desks: its capacity cannot be lower",
                                           desks).format(room=space.name, count=desks), field="capacity")
    space.touch()
    session.add(space)
    session.flush()
    audit.record(session, actor=actor, action="space.edit", entity="space", entity_uid=space.uid,
                 details={"name": space.name, "kind": space.kind, "capacity": space.capacity})
    return next(s for s in read_spaces(dbapi(session)) if s.id == space.uid)


def rename_desk(session: Session, ref: str, *, name: str, actor: str = "cli") -> DeskInfo:
    desk = desk_row(session, ref)
    name = validation.required_text(name, field="name", max_length=40)
    if name != desk.name and session.exec(select(Desk).where(Desk.space_id == desk.space_id, Desk.name == name,
                                                             col(Desk.deleted_at).is_(None))).first():
        room = session.get(Space, desk.space_id)
        raise ConflictError(_("room {room!r} already has a desk named {name!r}").format(room=room.name, name=name))
    old, desk.name = desk.name, name
    desk.touch()
    session.add(desk)
    session.flush()
    audit.record(session, actor=actor, action="desk.rename", entity="desk", entity_uid=desk.uid,
                 details={"from": old, "to": name})
    return next(d for d in read_desks(dbapi(session)) if d.id == desk.uid)


def set_space_geometry(session: Session, ref: str, *, x: float, y: float, w: float, h: float) -> None:
    space = space_row(session, ref)
    if w <= 0 or h <= 0:
        raise ValidationError(_("a room on the plan needs a width and a height"), field="geometry")
    space.plan_x, space.plan_y, space.plan_w, space.plan_h = x, y, w, h
    space.touch()
    session.add(space)


def _bookings_to_come(session: Session, of: object) -> list[Booking]:
    """The confirmed bookings matching ``of`` (a desk's, a room's) that have not ended yet."""
    return list(session.exec(select(Booking).where(of, Booking.ends_at > clock.now(), Booking.status == "confirmed",
                                                   col(Booking.deleted_at).is_(None))).all())


def remove_desk(session: Session, ref: str, *, actor: str = "cli") -> None:
    """Remove a desk (tombstone); refused while someone sits there or a booking is coming."""
    desk = desk_row(session, ref)
    now = clock.now()
    coming = _bookings_to_come(session, Booking.desk_id == desk.id)
    if coming:
        first = min(b.starts_at for b in coming)
        raise ConflictError(ngettext(
            "desk {desk} has {count} booking to come (on {date}): move or cancel it first",
            "desk {desk} has {count} bookings to come (the first on {date}): move or cancel them first",
            len(coming)).format(desk=desk.name, count=len(coming), date=f"{first:%d/%m/%Y}"))
    since = now - dt.timedelta(days=1)
    last = session.exec(select(CheckEvent).where(CheckEvent.desk_id == desk.id, CheckEvent.ts >= since)
                        .order_by(col(CheckEvent.ts).desc())).first()
    if last is not None and last.direction == "in":
        raise ConflictError(_("desk {desk} is occupied right now: check the member out or move them first").format(
            desk=desk.name))
    desk.deleted_at = now
    desk.touch()
    session.add(desk)
    audit.record(session, actor=actor, action="desk.remove", entity="desk", entity_uid=desk.uid)


def restore_desk(session: Session, uid: str, *, actor: str = "cli") -> DeskInfo:
    """Undo the removal of a desk: it comes back in its room, at its place, with its resident if still free."""
    desk = session.exec(select(Desk).where(Desk.uid == str(uid).strip().lower())).first()
    room = session.get(Space, desk.space_id) if desk is not None else None
    if desk is None or room is None or room.place_id != local_place_row(session).id:
        raise NotFoundError(_("no desk named {name!r} (see 'telecentre-desk desk list')").format(name=uid))
    if room.deleted_at is not None:
        raise ConflictError(_("room {room!r} was removed: bring it back first").format(room=room.name))
    if desk.deleted_at is not None:
        _check_room_takes(session, room, desk.name)
        if desk.fixed_member_id is not None and session.exec(select(Desk).where(
                Desk.fixed_member_id == desk.fixed_member_id, col(Desk.deleted_at).is_(None))).first():
            desk.fixed_member_id = None  # the resident has another fixed desk since: this one comes back free
        desk.deleted_at = None
        desk.touch()
        session.add(desk)
        session.flush()
        audit.record(session, actor=actor, action="desk.restore", entity="desk", entity_uid=desk.uid,
                     details={"space": room.name, "name": desk.name})
    return next(d for d in read_desks(dbapi(session)) if d.id == desk.uid)


def _check_room_takes(session: Session, room: Space, name: str) -> None:
    """Refuse a desk named ``name`` coming into ``room`` (restored or moved there) when the room already has a
    desk of that name or is full."""
    if session.exec(select(Desk).where(Desk.space_id == room.id, Desk.name == name,
                                       col(Desk.deleted_at).is_(None))).first():
        raise ConflictError(_("room {room!r} already has a desk named {name!r}").format(room=room.name, name=name))
    held = len(session.exec(select(Desk).where(Desk.space_id == room.id, col(Desk.deleted_at).is_(None))).all())
    if held >= room.capacity:
        raise ValidationError(ngettext("room {room!r} holds {count} desk: raise its capacity first",
                                       "room {room!r} holds {count} desks: raise its capacity first",
                                       room.capacity).format(room=room.name, count=room.capacity),
                              field="space")


def _position(desk: Desk) -> tuple[float, float] | None:
    return None if desk.plan_x is None or desk.plan_y is None else (desk.plan_x, desk.plan_y)


def move_desk(session: Session, ref: str, *, space: str, position: tuple[float, float] | None = None,
              actor: str = "cli") -> DeskMove:
    """Move a desk to another room, at ``position`` on the plan (None: placed by the plan when next drawn).

    Refused when the room is full or has a desk of that name, and while bookings of the desk are to come
    (they name its room: move or cancel them first). Its history stays with the desk."""
    desk = desk_row(session, ref)
    source = session.get(Space, desk.space_id)
    target = space_row(session, space)
    if target.id == source.id:
        raise ValidationError(_("desk {desk} is already in room {room!r}").format(desk=desk.name, room=target.name),
                              field="space")
    _check_room_takes(session, target, desk.name)
    coming = _bookings_to_come(session, Booking.desk_id == desk.id)
    if coming:
        first = min(b.starts_at for b in coming)
        raise ConflictError(ngettext(
            "desk {desk} has {count} booking to come (on {date}): move or cancel it first",
            "desk {desk} has {count} bookings to come (the first on {date}): move or cancel them first",
            len(coming)).format(desk=desk.name, count=len(coming), date=f"{first:%d/%m/%Y}"))
    before = _position(desk)
    desk.space_id = target.id
    desk.plan_x, desk.plan_y = position if position is not None else (None, None)
    desk.touch()
    session.add(desk)
    session.flush()
    audit.record(session, actor=actor, action="desk.move", entity="desk", entity_uid=desk.uid,
                 details={"from": source.name, "to": target.name})
    return DeskMove(desk.uid, desk.name, source.uid, source.name, target.uid, target.name, before, _position(desk))


def remove_space(session: Session, ref: str, *, actor: str = "cli") -> SpaceInfo:
    """Remove an empty room (tombstone, its history kept); refused while it has desks or bookings to come.

    Returns the room as it was, for the window's undo (``restore_space``)."""
    space = space_row(session, ref)
    info = next(s for s in read_spaces(dbapi(session)) if s.id == space.uid)
    if info.desks:
        raise ConflictError(ngettext("room {room!r} still has {count} desk: move or remove it first",
                                     "room {room!r} still has {count} desks: move or remove them first",
                                     info.desks).format(room=space.name, count=info.desks))
    now = clock.now()
    coming = _bookings_to_come(session, Booking.space_id == space.id)
    if coming:
        first = min(b.starts_at for b in coming)
        raise ConflictError(ngettext(
            "room {room!r} has {count} booking to come (on {date}): move or cancel it first",
            "room {room!r} has {count} bookings to come (the first on {date}): move or cancel them first",
            len(coming)).format(room=space.name, count=len(coming), date=f"{first:%d/%m/%Y}"))
    space.deleted_at = now
    space.touch()
    session.add(space)
    session.flush()
    audit.record(session, actor=actor, action="space.remove", entity="space", entity_uid=space.uid,
                 details={"name": space.name})
    return info


def restore_space(session: Session, uid: str, *, actor: str = "cli") -> SpaceInfo:
    """Undo the removal of a room: it comes back as it was (name, kind, capacity, place on the plan)."""
    place = local_place_row(session)
    space = session.exec(select(Space).where(Space.place_id == place.id,
                                             Space.uid == str(uid).strip().lower())).first()
    if space is None:
        raise NotFoundError(_("no room {id}").format(id=uid))
    if space.deleted_at is not None:
        if session.exec(select(Space).where(Space.place_id == place.id, Space.name == space.name,
                                            col(Space.deleted_at).is_(None))).first():
            raise ConflictError(_("a room named {name!r} exists again: rename it first").format(name=space.name))
        space.deleted_at = None
        space.touch()
        session.add(space)
        session.flush()
        audit.record(session, actor=actor, action="space.restore", entity="space", entity_uid=space.uid,
                     details={"name": space.name})
    return next(s for s in read_spaces(dbapi(session)) if s.id == space.uid)


def list_spaces(session: Session) -> list[SpaceInfo]:
    local_place_row(session)
    return read_spaces(dbapi(session))


def list_desks(session: Session) -> list[DeskInfo]:
    local_place_row(session)
    return read_desks(dbapi(session))
