"""Undo a wrong check-in or check-out: the host's correction, audited (``desk.undo``).

The member's latest event at the place is removed (a wrong arrival, a departure recorded by mistake,
or an event typed with a date in the future, which otherwise blocks every later scan of that member),
in one transaction with what it changed: the day's carnet charge when the arrival was the day's only
one (given back), the member's presence per day and the place's people per hour on the days concerned
(recomputed from the events that remain). The removed event is copied into the audit entry.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter
from dataclasses import dataclass

from telecentre_desk.audit import service as audit
from telecentre_desk.badges.verify import BadgeHolder
from telecentre_desk.common.clock import day_bounds_utc, ts_parse, ts_text
from telecentre_desk.common.errors import NotFoundError
from telecentre_desk.common.i18n import _
from telecentre_desk.desk import visits
from telecentre_desk.desk.context import DeskContext
from telecentre_desk.members.info import display_number
from telecentre_desk.occupancy.daily import presence_by_day


@dataclass(frozen=True, slots=True)
class Undone:
    member_id: str  # uid
    name: str
    display_number: str
    direction: str  # of the removed event: "in" or "out"
    at: dt.datetime
    refunded_half_days: int = 0

    def to_json(self) -> dict[str, object]:
        return {"member_id": self.member_id, "name": self.name, "number": self.display_number,
                "direction": self.direction, "at": self.at.isoformat(), "refunded_half_days": self.refunded_half_days}


def undo_last(cur: sqlite3.Cursor, ctx: DeskContext, holder: BadgeHolder, *, actor: str,
              reason: str | None = None) -> Undone:
    """Remove ``holder``'s latest check event at this place; raises NotFoundError when there is none."""
    row = cur.execute("SELECT id, uid, direction, ts, source, desk_id FROM check_event "
                      "WHERE member_id = ? AND place_id = ? ORDER BY ts DESC LIMIT 1",
                      (holder.member_id, ctx.place_id)).fetchone()
    if row is None:
        raise NotFoundError(_("nothing to undo: no check-in or check-out recorded for this member"))
    event_id, event_uid, direction, stamp, source, desk_id = row
    at = ts_parse(stamp)
    day = ctx.local_day(at)
    visits.refuse_closed_month(cur, ctx.place_id, day)
    cur.execute("DELETE FROM check_event WHERE id = ?", (event_id,))
    refunded = _give_back_charge(cur, ctx, holder.member_id, day) if direction == "in" else 0
    previous = cur.execute("SELECT ts FROM check_event WHERE member_id = ? AND place_id = ? ORDER BY ts DESC "
                           "LIMIT 1", (holder.member_id, ctx.place_id)).fetchone()
    first = min(day, ctx.local_day(ts_parse(previous[0]))) if previous else day
    _recompute_days(cur, ctx, holder.member_id, first, day)
    audit.record_raw(cur, actor=actor, action="desk.undo", entity="member", entity_uid=holder.member_uid,
                     details={"event_uid": event_uid, "direction": direction, "at": stamp, "source": source,
                              "desk_id": desk_id, "reason": (reason or "").strip() or None,
                              "refunded_half_days": refunded})
    return Undone(holder.member_uid, f"{holder.first_name} {holder.last_name}".strip(),
                  display_number(holder.place_code, holder.number), direction, at, refunded)


def _give_back_charge(cur: sqlite3.Cursor, ctx: DeskContext, member_id: int, day: dt.date) -> int:
    """The day's carnet charge goes back when no other arrival remains that day; returns half days given back."""
    start, end = day_bounds_utc(day, ctx.tz)
    others = cur.execute("SELECT count(*) FROM check_event WHERE member_id = ? AND place_id = ? AND direction = 'in' "
                         "AND ts >= ? AND ts < ?", (member_id, ctx.place_id, ts_text(start), ts_text(end))).fetchone()
    if others[0]:
        return 0
    usage = cur.execute("SELECT id, subscription_id, half_days, overuse FROM day_usage WHERE member_id = ? AND day = ? "
                        "AND place_id = ?", (member_id, day.isoformat(), ctx.place_id)).fetchone()
    if usage is None:
        return 0
    usage_id, subscription_id, half_days, overuse = usage
    given = 0
    if subscription_id is not None and not overuse:
        cur.execute("UPDATE subscription SET remaining_half_days = remaining_half_days + ?, updated_at = ? "
                    "WHERE id = ?", (half_days, ts_text(dt.datetime.now(dt.UTC)), subscription_id))
        given = half_days
    cur.execute("DELETE FROM day_usage WHERE id = ?", (usage_id,))
    return given


def _recompute_days(cur: sqlite3.Cursor, ctx: DeskContext, member_id: int, first: dt.date, last: dt.date) -> None:
    """The member's ``visit_day`` rows and the place's ``presence_hour`` counts of [first, last], from the events."""
    start = day_bounds_utc(first, ctx.tz)[0]
    end = day_bounds_utc(last, ctx.tz)[1]
    events = cur.execute("SELECT direction, ts, desk_id FROM check_event WHERE member_id = ? AND place_id = ? "
                         "AND ts >= ? AND ts < ? ORDER BY ts", (member_id, ctx.place_id, ts_text(start),
                                                               ts_text(end))).fetchall()
    days = presence_by_day(events, ctx.tz)
    day = first
    while day <= last:
        iso = day.isoformat()
        presence = days.get(day)
        if presence is None or not (presence.visits or presence.minutes):
            cur.execute("DELETE FROM visit_day WHERE place_id = ? AND member_id = ? AND day = ?",
                        (ctx.place_id, member_id, iso))
        else:
            cur.execute("INSERT INTO visit_day (place_id, member_id, day, visits, minutes, hours_mask, desk_id) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (place_id, member_id, day) DO UPDATE SET "
                        "visits = excluded.visits, minutes = excluded.minutes, hours_mask = excluded.hours_mask, "
                        "desk_id = excluded.desk_id",
                        (ctx.place_id, member_id, iso, presence.visits, presence.minutes, presence.hours_mask,
                         presence.desk_id))
        people: Counter[int] = Counter()
        for (mask,) in cur.execute("SELECT hours_mask FROM visit_day WHERE place_id = ? AND day = ?",
                                   (ctx.place_id, iso)).fetchall():
            people.update(h for h in range(24) if mask >> h & 1)
        cur.execute("DELETE FROM presence_hour WHERE place_id = ? AND day = ?", (ctx.place_id, iso))
        cur.executemany("INSERT INTO presence_hour (place_id, day, hour, people) VALUES (?, ?, ?, ?)",
                        [(ctx.place_id, iso, hour, count) for hour, count in sorted(people.items())])
        day += dt.timedelta(days=1)
