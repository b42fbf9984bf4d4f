"""Reads and writes of check events on the hot path: raw SQL on the scan's own transaction."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.common.ids import new_uid
from telecentre_desk.desk.context import DeskContext, ts_parse, ts_text


@dataclass(frozen=True, slots=True)
class LastEvent:
    direction: str
    at: dt.datetime
    desk_id: int | None


def refuse_closed_month(cur: sqlite3.Cursor, place_id: int, day: dt.date) -> None:
    """Refuse to record or undo presence on ``day`` when its month was made anonymous (privacy/aggregate.py).

    A closed month holds counts without members: an event added or removed there could not be reflected in
    them (its frozen count of people would go wrong) and would bring a member's name back into the month.
    Only a paper sheet replayed with ``scan --at`` or an undo reach that far back; a live scan never does.
    """
    month = f"{day:%Y-%m}"
    if cur.execute("SELECT 1 FROM presence_month_closed WHERE place_id = ? AND month = ?",
                   (place_id, month)).fetchone():
        raise ValidationError(_("the presence of {month} was made anonymous (data retention): nothing can be "
                                "recorded or undone in that month any more").format(month=f"{day:%m/%Y}"),
                              field="at")


def last_event(cur: sqlite3.Cursor, member_id: int, place_id: int) -> LastEvent | None:
    # Check events are append-only facts (a correction is a new event), so no tombstone filter:
    # the (member_id, ts, direction, place_id) index finds the row; desk_id costs one table lookup.
    row = cur.execute("SELECT direction, ts, desk_id FROM check_event WHERE member_id = ? AND place_id = ? "
                      "ORDER BY ts DESC LIMIT 1", (member_id, place_id)).fetchone()
    return LastEvent(row[0], ts_parse(row[1]), row[2]) if row else None


def insert_event(cur: sqlite3.Cursor, ctx: DeskContext, *, member_id: int, direction: str,
                 at: dt.datetime, source: str, desk_id: int | None = None) -> None:
    stamp = ts_text(at)
    now = ts_text(dt.datetime.now(dt.UTC))
    cur.execute("INSERT INTO check_event (uid, origin, created_at, updated_at, member_id, place_id, "
                "direction, ts, source, desk_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (new_uid(), ctx.place_code, now, now, member_id, ctx.place_id, direction, stamp, source,
                 desk_id))
