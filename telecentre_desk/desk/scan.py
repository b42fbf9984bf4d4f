"""One scan, end to end: parse, verify, decide, record durably, answer. The GUI and the CLI share it.

Every scan is one ``BEGIN IMMEDIATE`` transaction on a SQLAlchemy connection, with raw SQL on its
DB-API cursor: the ORM costs ~1.4 ms a scan here against ~0.07 ms raw (../shared/limits), and
this path has a 3x-raw budget (bench/scan.py measures it).
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from telecentre_desk.audit import service as audit
from telecentre_desk.badges import payload as badge_payload
from telecentre_desk.badges.verify import BadgeHolder, verify
from telecentre_desk.common import clock
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.db.uow import explain_operational
from telecentre_desk.desk import assign, visits
from telecentre_desk.desk import entitlement as ent_mod
from telecentre_desk.desk.context import DeskContext
from telecentre_desk.desk.policies import RULES, Outcome
from telecentre_desk.desk.result import Decision, ScanResult
from telecentre_desk.members.info import display_number
from telecentre_desk.occupancy import daily

logger = logging.getLogger(__name__)


def scan(connection: Connection, ctx: DeskContext, text: str, *, at: dt.datetime | None = None,
         source: str = "scanner") -> ScanResult:
    """Answer a badge scan and record it if accepted. Refusals are logged, never recorded."""
    at = at or clock.now()
    try:
        parsed = badge_payload.parse(text)
    except badge_payload.MalformedBadge as exc:
        logger.info("scan refused: unknown_badge (%s)", exc)
        return ScanResult(Decision.DENIED, reason="unknown_badge", at=at, detail=str(exc))
    with ScanTransaction(connection) as cur:
        return answer_on(cur, ctx, parsed, at=at, source=source)


def answer_on(cur: sqlite3.Cursor, ctx: DeskContext, parsed: badge_payload.BadgePayload, *, at: dt.datetime,
              source: str) -> ScanResult:
    """Verify, decide and record a parsed scan on ``cur`` (in the caller's transaction)."""
    holder = verify(cur, parsed)
    if isinstance(holder, str):
        # Never log the token: the log must not become a way to copy badges.
        logger.info("scan refused: %s (%s-%s serial %s)", holder, parsed.place_code, parsed.number,
                    parsed.serial)
        return ScanResult(Decision.DENIED, reason=holder, at=at,
                          display_number=display_number(parsed.place_code, parsed.number))
    return _process(cur, ctx, holder, at=at, source=source)


def check_in_by_member(connection: Connection, ctx: DeskContext, holder: BadgeHolder, *,
                       at: dt.datetime | None = None, source: str = "manual", actor: str = "host",
                       override_reason: str | None = None) -> ScanResult:
    """The host checks a member in or out by name (forgotten badge).

    With ``override_reason`` the blocking rules only warn, and the override is written to the audit
    log in the same transaction as the check-in.
    """
    override = override_reason is not None
    if override and not override_reason.strip():
        raise ValidationError(_("an override needs the host's reason"), field="reason")
    with ScanTransaction(connection) as cur:
        # The host's deliberate action: the double-scan window (meant for badges read twice) never swallows it.
        result = _process(cur, ctx, holder, at=at or clock.now(), source=source, override=override, deliberate=True)
        if override and result.recorded:
            audit.record_raw(cur, actor=actor, action="desk.override", entity="member",
                             entity_uid=holder.member_uid,
                             details={"reason": override_reason.strip(), "overridden": list(result.warnings),
                                      "decision": result.decision.value})
        return result


class ScanTransaction:
    """BEGIN IMMEDIATE through SQLAlchemy, a raw cursor inside, SQLite errors made plain."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def __enter__(self) -> sqlite3.Cursor:
        try:
            self._tx = self._connection.begin()  # BEGIN IMMEDIATE: waits for the write lock, then gives up
        except DBAPIError as error:
            raise explain_operational(error) from error
        return self._connection.connection.driver_connection.cursor()

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is None:
            try:
                self._tx.commit()
            except DBAPIError as error:
                raise explain_operational(error) from error
            return False
        self._tx.rollback()
        if isinstance(exc, sqlite3.OperationalError | DBAPIError):
            raise explain_operational(exc) from exc
        return False


def _process(cur: sqlite3.Cursor, ctx: DeskContext, holder: BadgeHolder, *, at: dt.datetime, source: str,
             override: bool = False, deliberate: bool = False) -> ScanResult:
    base = {"member_id": holder.member_uid, "first_name": holder.first_name, "last_name": holder.last_name,
            "display_number": display_number(holder.place_code, holder.number), "at": at, "kind": holder.kind}
    if holder.kind == "guest":  # whose guest, for the list of who is in (one query, for guests only)
        row = cur.execute("SELECT h.first_name || ' ' || h.last_name FROM member AS m JOIN member AS h "
                          "ON h.id = m.guest_of_id WHERE m.id = ?", (holder.member_id,)).fetchone()
        base["guest_of"] = row[0] if row else None
    day = ctx.local_day(at)
    visits.refuse_closed_month(cur, ctx.place_id, day)
    last = visits.last_event(cur, holder.member_id, ctx.place_id)
    if last is not None and at < last.at:
        message = (_("a later check-in is already recorded for this member ({time}); scans cannot be replayed "
                     "before it") if last.direction == "in" else
                   _("a later check-out is already recorded for this member ({time}); scans cannot be replayed "
                     "before it"))
        raise ValidationError(message.format(time=f"{last.at.astimezone(ctx.tz):%d/%m/%Y %H:%M}"), field="at")
    if last is not None and ctx.local_day(last.at) == day:
        if not deliberate and (at - last.at).total_seconds() < ctx.policies.repeat_window_s:
            # A double read or an impatient second scan: repeat the answer, record nothing.
            return ScanResult(Decision(last.direction), warnings=("repeat_scan",), repeat=True, **base)
        if last.direction == "in":
            return _check_out(cur, ctx, holder, at=at, day=day, source=source, base=base, last=last)
    elif last is not None and last.direction == "in":
        # Still "in" from an earlier day: nobody checked them out; close that visit at its closing time.
        closing = ctx.auto_close_time(last.at)
        visits.insert_event(cur, ctx, member_id=holder.member_id, direction="out", at=closing, source="auto",
                            desk_id=last.desk_id)
        daily.record_departure(cur, place_id=ctx.place_id, tz=ctx.tz, member_id=holder.member_id,
                               arrived=last.at, left=closing, desk_id=last.desk_id)
    return _check_in(cur, ctx, holder, at=at, day=day, source=source, base=base, override=override)


def _check_out(cur: sqlite3.Cursor, ctx: DeskContext, holder: BadgeHolder, *, at: dt.datetime,
               day: dt.date, source: str, base: dict, last: visits.LastEvent) -> ScanResult:
    # The check-out carries the visit's desk, so "who sits where" needs no pairing of events.
    visits.insert_event(cur, ctx, member_id=holder.member_id, direction="out", at=at, source=source,
                        desk_id=last.desk_id)
    daily.record_departure(cur, place_id=ctx.place_id, tz=ctx.tz, member_id=holder.member_id,
                           arrived=last.at, left=at, desk_id=last.desk_id)
    minutes = daily.minutes_on(cur, place_id=ctx.place_id, member_id=holder.member_id, day=day)
    left = ent_mod.settle_half_day(cur, ctx, member_id=holder.member_id, day=day, minutes=minutes)
    return ScanResult(Decision.OUT, minutes_today=minutes, recorded=True,
                      credits_left=None if left is None else left / 2, **base)


def _check_in(cur: sqlite3.Cursor, ctx: DeskContext, holder: BadgeHolder, *, at: dt.datetime,
              day: dt.date, source: str, base: dict, override: bool) -> ScanResult:
    policies = ctx.policies
    roaming = holder.place_code != ctx.place_code  # a member of another place of the network
    ent = _home_plan(cur, holder.member_id) if roaming else ent_mod.entitlement(cur, holder.member_id, day)
    if ent is None and holder.kind == "guest":
        ent = ent_mod.GUEST  # invited by a member for the day: no plan of their own
    needs_charge = ent is not None and ent.subscription_id is not None and ent.charged_today is None
    needed = 1 if policies.halfday_max_hours is not None else ent_mod.FULL_DAY
    broken = {
        "network_member": roaming,
        "inactive_member": holder.status != "active",
        "no_active_plan": ent is None,
        "no_credits_left": needs_charge and (ent.remaining_half_days or 0) < needed,
        "outside_opening_hours": not ctx.is_open(at),
        # A network member's invoices are their home place's business (and are not here).
        "unpaid": not roaming and ent_mod.has_overdue_invoice(cur, holder.member_id, day,
                                                              policies.unpaid_after_days),
    }
    warnings: list[str] = []
    for rule in RULES:
        if not broken[rule]:
            continue
        outcome = policies.outcome(rule)
        if outcome == Outcome.BLOCK and not override:
            return ScanResult(Decision.DENIED, reason=rule, plan_name=ent.plan_name if ent else None,
                              credits_left=_days(ent), **base)
        if outcome == Outcome.WARN or override:
            warnings.append(rule)
    credits = _days(ent)
    if needs_charge:
        overuse = broken["no_credits_left"]
        left = ent_mod.charge_day(cur, ctx, member_id=holder.member_id, day=day, ent=ent,
                                  half_days=ent_mod.FULL_DAY, overuse=overuse)
        credits = left / 2
    desk = assign.choose_desk(cur, ctx, holder.member_id, at)
    visits.insert_event(cur, ctx, member_id=holder.member_id, direction="in", at=at, source=source,
                        desk_id=desk[0] if desk else None)
    daily.record_arrival(cur, place_id=ctx.place_id, member_id=holder.member_id, day=day,
                         desk_id=desk[0] if desk else None)
    return ScanResult(Decision.IN, warnings=tuple(warnings), credits_left=credits, recorded=True,
                      plan_name=ent.plan_name if ent else None, desk=desk[1] if desk else None, **base)


def _home_plan(cur: sqlite3.Cursor, member_id: int) -> ent_mod.Entitlement | None:
    """A member of another place has no subscription here: the plan they hold at home, as their place
    last exported it, is their entitlement (None: no plan). Never a carnet to charge here: their
    days are counted by their home place, so the carnet rules do not apply."""
    row = cur.execute("SELECT home_plan FROM member WHERE id = ?", (member_id,)).fetchone()
    if row is None or not row[0]:
        return None
    return ent_mod.Entitlement(None, row[0], None, None)


def _days(ent: ent_mod.Entitlement | None) -> float | None:
    if ent is None or ent.remaining_half_days is None:
        return None
    return ent.remaining_half_days / 2
