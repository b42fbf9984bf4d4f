"""The live floor plan: each desk free, occupied (by whom, since when), booked, or out of service.

Plain SQL on a DB-API connection (the window refreshes it on every scan): the open visits come
from the covering presence index (db/queries.OPEN_VISITS_SQL), the rest from small tables.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from enum import StrEnum

from telecentre_desk.common import clock
from telecentre_desk.db.queries import OPEN_VISITS_SQL
from telecentre_desk.members.info import display_number


class DeskState(StrEnum):
    FREE = "free"
    OCCUPIED = "occupied"
    BOOKED = "booked"
    OUT_OF_SERVICE = "out_of_service"


@dataclass(frozen=True, slots=True)
class DeskStatus:
    desk_id: str  # uid
    name: str
    space_id: str
    state: DeskState
    member_name: str | None = None  # who sits there, or who booked it
    member_number: str | None = None
    since: dt.datetime | None = None  # arrival, or the booking's start
    until: dt.datetime | None = None  # the booking's end
    fixed_member: str | None = None  # a resident's display number


class FloorDirectory:
    """The slow-changing half of the floor state: the place, its desks and who people are.

    The window refreshes the plan on every scan; desks and names change far less often. Keep one and
    pass it to ``floor_state``; make a new one when rooms or desks change. A member it does not know
    yet (a visitor registered a minute ago) makes it read the people again by itself.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        place = conn.execute("SELECT id, timezone FROM place WHERE is_local").fetchone()
        self.place_id: int | None = place[0] if place else None
        self.zone = clock.zone(place[1]) if place else None
        rows = [] if place is None else conn.execute(
            "SELECT d.id, d.uid, d.name, s.uid, d.out_of_service OR s.out_of_service, d.fixed_member_id "
            "FROM desk AS d JOIN space AS s ON s.id = d.space_id WHERE s.place_id = ? AND d.deleted_at IS NULL "
            "AND s.deleted_at IS NULL ORDER BY s.name, d.name", (self.place_id,)).fetchall()
        self.desks: list[tuple[int, str, str, str, bool, int | None]] = [
            (desk_id, uid, name, space_uid, bool(oos), fixed) for desk_id, uid, name, space_uid, oos, fixed in rows]
        self.people: dict[int, tuple[str, str]] = {}
        self.memo: dict[tuple, DeskStatus] = {}  # the statuses last built, by what decides them
        self._read_people(conn)

    def _read_people(self, conn: sqlite3.Connection) -> None:
        self.people = {mid: (f"{first} {last}", display_number(code, number)) for mid, first, last, code, number in
                       conn.execute("SELECT m.id, m.first_name, m.last_name, p.code, m.number FROM member AS m "
                                    "JOIN place AS p ON p.id = m.place_id")}

    def who(self, conn: sqlite3.Connection, member_ids: set[int]) -> dict[int, tuple[str, str]]:
        if not member_ids <= self.people.keys():
            self._read_people(conn)
        return self.people


def floor_state(conn: sqlite3.Connection, *, now: dt.datetime | None = None,
                directory: FloorDirectory | None = None) -> list[DeskStatus]:
    """Every desk of the local place with its state now (``directory``: see FloorDirectory)."""
    now = now or clock.now()
    directory = directory or FloorDirectory(conn)
    if directory.place_id is None or directory.zone is None:
        return []
    place_id, zone = directory.place_id, directory.zone
    day_start = clock.day_bounds_utc(now.astimezone(zone).date(), zone)[0]
    sitting = {desk_id: (member_id, since) for member_id, since, _d, desk_id in
               conn.execute(OPEN_VISITS_SQL, (place_id, clock.ts_text(day_start))) if desk_id is not None}
    stamp = clock.ts_text(now)
    booked = {desk_id: (member_id, starts, ends) for desk_id, member_id, starts, ends in conn.execute(
        "SELECT desk_id, member_id, starts_at, ends_at FROM booking WHERE desk_id IS NOT NULL "
        "AND status = 'confirmed' AND deleted_at IS NULL AND starts_at <= ? AND ends_at > ?", (stamp, stamp))}
    people = directory.who(conn, {m for m, _s in sitting.values()} | {m for m, _a, _b in booked.values()})
    memo = directory.memo
    if len(memo) > 4 * len(directory.desks) + 64:
        memo.clear()  # people come and go all day: keep about the day's states, not every one since opening
    out = []
    for desk_id, uid, name, space_uid, oos, fixed in directory.desks:
        # Most desks are as they were at the last scan: their status object is reused, not rebuilt.
        if desk_id in sitting:
            key: tuple = (desk_id, DeskState.OCCUPIED, *sitting[desk_id])
        elif oos:
            key = (desk_id, DeskState.OUT_OF_SERVICE)
        elif desk_id in booked:
            key = (desk_id, DeskState.BOOKED, *booked[desk_id])
        else:
            key = (desk_id, DeskState.FREE)
        status = memo.get(key)
        if status is None:
            status = memo[key] = _status(key, uid, name, space_uid, people[fixed][1] if fixed in people else None,
                                         people)
        out.append(status)
    return out


def _status(key: tuple, uid: str, name: str, space_uid: str, fixed_number: str | None,
            people: dict[int, tuple[str, str]]) -> DeskStatus:
    state = key[1]
    if state == DeskState.OCCUPIED:
        _desk, _state, member_id, since = key
        who = people.get(member_id, ("?", None))
        return DeskStatus(uid, name, space_uid, state, who[0], who[1],
                          clock.ts_parse(since), None, fixed_number)
    if state == DeskState.BOOKED:
        _desk, _state, member_id, starts, ends = key
        who = people.get(member_id, ("?", None))
        return DeskStatus(uid, name, space_uid, state, who[0], who[1],
                          clock.ts_parse(starts),
                          clock.ts_parse(ends), fixed_number)
    return DeskStatus(uid, name, space_uid, state, fixed_member=fixed_number)
