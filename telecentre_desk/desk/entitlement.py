"""What a member may use on a local day: plans in force, carnet days, overdue invoices."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from telecentre_desk.common.ids import new_uid
from telecentre_desk.desk.context import DeskContext, ts_text
from telecentre_desk.plans.info import ACCESS_KINDS

FULL_DAY = 2  # half days


@dataclass(frozen=True, slots=True)
class Entitlement:
    subscription_id: int | None  # the carnet to charge, None for an unlimited plan
    plan_name: str | None
    remaining_half_days: int | None  # of that carnet
    charged_today: int | None  # half days already charged for this day, None if not yet


GUEST = Entitlement(None, None, None, None)


def entitlement(cur: sqlite3.Cursor, member_id: int, day: dt.date) -> Entitlement | None:
    """The plan that lets the member in on ``day``: an unlimited one first, else the fullest carnet."""
    iso = day.isoformat()
    rows = cur.execute(
        "SELECT s.id, s.remaining_half_days, p.kind, p.name FROM subscription AS s "
        "JOIN plan AS p ON p.id = s.plan_id WHERE s.member_id = ? AND s.start_date <= ? "
        "AND (s.end_date IS NULL OR s.end_date >= ?) AND s.deleted_at IS NULL "
        f"AND p.kind IN ({', '.join('?' * len(ACCESS_KINDS))})",
        (member_id, iso, iso, *ACCESS_KINDS)).fetchall()
    if not rows:
        return None
    unlimited = [r for r in rows if r[2] != "carnet"]
    if unlimited:
        return Entitlement(None, unlimited[0][3], None, None)
    usage = cur.execute("SELECT subscription_id, half_days FROM day_usage WHERE member_id = ? AND day = ?",
                        (member_id, iso)).fetchone()
    if usage is not None:
        chosen = next((r for r in rows if r[0] == usage[0]), rows[0])
        return Entitlement(chosen[0], chosen[3], chosen[1], usage[1])
    chosen = max(rows, key=lambda r: (r[1] or 0, -r[0]))
    return Entitlement(chosen[0], chosen[3], chosen[1] or 0, None)


def charge_day(cur: sqlite3.Cursor, ctx: DeskContext, *, member_id: int, day: dt.date,
               ent: Entitlement, half_days: int, overuse: bool) -> int:
    """Record the day's usage and take it off the carnet; returns the carnet's half days left."""
    now = ts_text(dt.datetime.now(dt.UTC))
    taken = 0 if overuse else min(half_days, ent.remaining_half_days or 0)
    cur.execute("INSERT INTO day_usage (uid, origin, created_at, updated_at, member_id, place_id, day, "
                "subscription_id, half_days, overuse) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (new_uid(), ctx.place_code, now, now, member_id, ctx.place_id, day.isoformat(),
                 ent.subscription_id, half_days if overuse else taken, overuse))
    left = (ent.remaining_half_days or 0) - taken
    cur.execute("UPDATE subscription SET remaining_half_days = ?, updated_at = ? WHERE id = ?",
                (left, now, ent.subscription_id))
    return left


def settle_half_day(cur: sqlite3.Cursor, ctx: DeskContext, *, member_id: int, day: dt.date,
                    minutes: int) -> int | None:
    """On check-out: a short day counts half when the place says so; returns the carnet's half days left."""
    limit = ctx.policies.halfday_max_hours
    row = cur.execute("SELECT id, subscription_id, half_days, overuse FROM day_usage "
                      "WHERE member_id = ? AND day = ?", (member_id, day.isoformat())).fetchone()
    if row is None or row[1] is None or limit is None or row[3]:
        return None
    usage_id, sub_id, charged = row[0], row[1], row[2]
    target = 1 if minutes <= limit * 60 else FULL_DAY
    remaining = cur.execute("SELECT remaining_half_days FROM subscription WHERE id = ?", (sub_id,)).fetchone()[0]
    delta = min(target - charged, remaining) if target > charged else target - charged
    if delta:
        now = ts_text(dt.datetime.now(dt.UTC))
        cur.execute("UPDATE day_usage SET half_days = half_days + ?, updated_at = ? WHERE id = ?",
                    (delta, now, usage_id))
        cur.execute("UPDATE subscription SET remaining_half_days = remaining_half_days - ?, updated_at = ? "
                    "WHERE id = ?", (delta, now, sub_id))
        remaining -= delta
    return remaining


def has_overdue_invoice(cur: sqlite3.Cursor, member_id: int, day: dt.date, after_days: int) -> bool:
    limit = (day - dt.timedelta(days=after_days)).isoformat()
    row = cur.execute(
        "SELECT 1 FROM invoice AS i WHERE i.member_id = ? AND i.status = 'issued' AND i.kind = 'invoice' "
        "AND i.due_date < ? AND i.total_incl_vat_cents > "
        "(SELECT COALESCE(SUM(amount_cents), 0) FROM payment WHERE invoice_id = i.id) LIMIT 1",
        (member_id, limit)).fetchone()
    return row is not None
