"""Retention: raw scan events older than the place's retention are purged; what billing, sync and
statistics need is kept, and the purge says so.

Kept past the retention:
- each member's latest event: "who is in" and the next scan's direction read it;
- the events of a member in the period of one of their open drafts: the month is not invoiced yet
  (``kept_for_drafts``, and the purge names the months);
- visits of members of other places not yet carried by an export of this place (``kept_for_sync``);
- per-member daily presence (``visit_day``, ``day_usage``) until its month is invoiced and settled
  between places; then ``close_months`` replaces it by anonymous counts (``privacy/aggregate.py``) that
  every report of a past period reads, so a past year's figures are the same after a purge
  (docs/rgpd.md). A month not closable is kept and named with the reason (``months_kept``).

Issued invoices whose 10-year retention ended have their buyer identity anonymised (migration 0012
lets exactly that change through). Everything runs in the caller's unit of work: all or nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
from dataclasses import asdict, dataclass, field, replace

from sqlmodel import Session

from telecentre_desk.common import clock
from telecentre_desk.common.clock import ts_text
from telecentre_desk.db.uow import dbapi
from telecentre_desk.places.service import local_place_row
from telecentre_desk.privacy import aggregate
from telecentre_desk.privacy import settings as privacy_settings

logger = logging.getLogger(__name__)

INVOICE_RETENTION_YEARS = 10


@dataclass(frozen=True, slots=True)
class PurgeResult:
    events_purged: int
    cutoff: str  # local day: events before it are past the retention
    retention_months: int
    kept_last_events: int
    kept_for_drafts: int
    draft_months: list[str] = field(default_factory=list)
    kept_for_sync: int = 0
    invoices_anonymised: int = 0
    dry_run: bool = False
    # Months whose per-member presence was replaced by anonymous counts (would be, in a dry run), and
    # the months past the retention kept per member, each with its reason (privacy/aggregate.py).
    months_aggregated: list[str] = field(default_factory=list)
    months_kept: list[dict] = field(default_factory=list)
    presence_rows_removed: int = 0

    def to_json(self) -> dict:
        return asdict(self)


def months_before(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    last = [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
            31][month]
    return dt.date(year, month + 1, min(day.day, last))


_CANDIDATES = """
CREATE TEMP TABLE purge_candidate AS
SELECT e.id, e.member_id, e.ts, m.place_id != :local AS foreign_member,
       e.ts = (SELECT MAX(l.ts) FROM check_event AS l WHERE l.member_id = e.member_id) AS last_event,
       EXISTS (SELECT 1 FROM invoice AS i WHERE i.member_id = e.member_id AND i.status = 'draft'
               AND i.deleted_at IS NULL AND e.ts >= i.period_start AND e.ts < date(i.period_end, '+2 days'))
         AS for_draft,
       e.updated_at > :exported AS for_sync
FROM check_event AS e JOIN member AS m ON m.id = e.member_id
WHERE e.ts < :cutoff
"""


def _anonymise_old_invoices(conn: sqlite3.Connection, today: dt.date, *, write: bool) -> int:
    limit = months_before(today, INVOICE_RETENTION_YEARS * 12).isoformat()
    rows = conn.execute("SELECT id, buyer_snapshot FROM invoice WHERE status = 'issued' AND issue_date <= ? "
                        "AND buyer_snapshot IS NOT NULL AND json_extract(buyer_snapshot, '$.anonymised') IS NULL",
                        (limit,)).fetchall()
    if write:
        for pk, snapshot in rows:
            old = json.loads(snapshot)
            conn.execute("UPDATE invoice SET buyer_snapshot = ?, updated_at = ? WHERE id = ?",
                         (json.dumps({"anonymised": True, "number": old.get("number"),
                                      "business": old.get("business", False)}), ts_text(clock.now()), pk))
    return len(rows)


def purge(session: Session, *, dry_run: bool = False, until: str | None = None) -> PurgeResult:
    """Purge what the retention allows; with ``dry_run`` only count; with ``until`` (UTC text) only the
    events before it (the automatic purge goes a month at a time, so a scan never waits for all of it)."""
    place = local_place_row(session)
    conn = dbapi(session)
    chosen = privacy_settings.load(conn, place.id)
    tz = clock.zone(place.timezone)
    today = clock.local_day(clock.now(), tz)
    cutoff_day = months_before(today, chosen.retention_months)
    cutoff = ts_text(clock.day_bounds_utc(cutoff_day, tz)[0])
    exported = conn.execute("SELECT last_at FROM sync_peer WHERE code = ?", (place.code,)).fetchone()
    conn.execute("DROP TABLE IF EXISTS temp.purge_candidate")
    conn.execute(_CANDIDATES, {"local": place.id, "cutoff": min(cutoff, until) if until else cutoff,
                               "exported": exported[0] if exported and exported[0] else "0000"})
    kept_last, kept_drafts, kept_sync = conn.execute(
        "SELECT COALESCE(SUM(last_event), 0), COALESCE(SUM(for_draft AND NOT last_event), 0), "
        "COALESCE(SUM(foreign_member AND for_sync AND NOT last_event AND NOT for_draft), 0) "
        "FROM purge_candidate").fetchone()
    months = sorted({ts[:7] for (ts,) in conn.execute("SELECT ts FROM purge_candidate WHERE for_draft")})
    purgeable = "NOT last_event AND NOT for_draft AND NOT (foreign_member AND for_sync)"
    count = conn.execute(f"SELECT COUNT(*) FROM purge_candidate WHERE {purgeable}").fetchone()[0]
    if not dry_run:
        conn.execute(f"DELETE FROM check_event WHERE id IN (SELECT id FROM purge_candidate WHERE {purgeable})")
        if until is None or until >= cutoff:
            privacy_settings.mark_purged(conn, place.id, today.isoformat())
    anonymised = _anonymise_old_invoices(conn, today, write=not dry_run)
    conn.execute("DROP TABLE temp.purge_candidate")
    return PurgeResult(events_purged=count, cutoff=cutoff_day.isoformat(), retention_months=chosen.retention_months,
                       kept_last_events=kept_last, kept_for_drafts=kept_drafts, draft_months=months,
                       kept_for_sync=kept_sync, invoices_anonymised=anonymised, dry_run=dry_run)


@dataclass(slots=True)
class MonthsResult:
    aggregated: list[str] = field(default_factory=list)
    kept: list[aggregate.MonthState] = field(default_factory=list)
    rows_removed: int = 0


def _month_states(session: Session) -> list[aggregate.MonthState]:
    place = local_place_row(session)
    conn = dbapi(session)
    tz = clock.zone(place.timezone)
    cutoff = months_before(clock.local_day(clock.now(), tz), privacy_settings.load(conn, place.id).retention_months)
    return [aggregate.month_state(conn, place_id=place.id, code=place.code, tz=tz, month=month)
            for month in aggregate.candidate_months(conn, place.id, cutoff)]


def kept_months(session: Session) -> list[aggregate.MonthState]:
    """The months past the retention still held per member, with their reason (the retention dialog)."""
    return [state for state in _month_states(session) if not state.closable]


def close_months(engine, *, dry_run: bool = False) -> MonthsResult:
    """Close every closable month past the retention, **one transaction per month** (a kill -9 leaves
    each month either whole per member or wholly aggregated); the others are kept, with their reason."""
    from telecentre_desk.db.uow import unit_of_work

    with unit_of_work(engine) as session:
        states = _month_states(session)
    result = MonthsResult(kept=[s for s in states if not s.closable])
    for state in (s for s in states if s.closable):
        if dry_run:
            if state.reason != "empty":
                result.aggregated.append(state.month)
            continue
        with unit_of_work(engine) as session:
            place = local_place_row(session)
            conn = dbapi(session)
            # Checked again inside the month's own transaction: a draft may have appeared meanwhile.
            fresh = aggregate.month_state(conn, place_id=place.id, code=place.code,
                                          tz=clock.zone(place.timezone), month=state.month)
            if not fresh.closable:
                result.kept.append(fresh)
                continue
            result.rows_removed += aggregate.close_month(conn, place_id=place.id, month=state.month)
            if fresh.reason != "empty":  # a month nobody came is closed too (a year's count needs all twelve)
                result.aggregated.append(state.month)
    if result.aggregated and not dry_run:
        logger.info("retention: %d months of presence aggregated (%d per-member rows removed)",
                    len(result.aggregated), result.rows_removed)
    return result


def purge_all(engine, *, dry_run: bool = False) -> PurgeResult:
    """The CLI's purge: the scan events in one transaction, then the months, one transaction each."""
    from telecentre_desk.db.uow import unit_of_work

    with unit_of_work(engine) as session:
        result = purge(session, dry_run=dry_run)
    months = close_months(engine, dry_run=dry_run)
    return replace(result, months_aggregated=months.aggregated, months_kept=[s.to_json() for s in months.kept],
                   presence_rows_removed=months.rows_removed)


def purge_due(session: Session) -> bool:
    """True when no purge ran today (the window purges at start and then daily)."""
    place = local_place_row(session)
    today = clock.local_day(clock.now(), clock.zone(place.timezone))
    return privacy_settings.last_purge(dbapi(session), place.id) != today.isoformat()


def daily_purge(engine) -> int:
    """The automatic purge (the window runs it at start and then hourly): once per local day, own unit of work."""
    from telecentre_desk.db.uow import unit_of_work
    from telecentre_desk.privacy import storage

    storage.scrub_if_pending(engine)
    with unit_of_work(engine) as session:
        if not purge_due(session):
            return 0
        oldest = dbapi(session).execute("SELECT MIN(ts) FROM check_event").fetchone()[0]
    purged = 0
    window = clock.ts_parse(oldest) if oldest else clock.now()
    while True:  # a month per transaction: a scan waits for one month's purge at most, never for years
        window += dt.timedelta(days=31)
        last = window >= clock.now()
        with unit_of_work(engine) as session:
            purged += purge(session, until=None if last else ts_text(window)).events_purged
        if last:
            break
    removed = close_months(engine).rows_removed
    if purged or removed:
        storage.checkpoint(engine)
        logger.info("retention: %d scan events purged", purged)
    return purged
