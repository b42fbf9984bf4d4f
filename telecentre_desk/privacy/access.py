"""Right of access (RGPD art. 15): everything the place holds about one member, as plain data.

``member_data`` gathers it (identity, contact, plans, badges, visits, daily presence, bookings,
invoices with their lines and payments, e-mails sent, the audit entries about them and their visits
at the other places); ``write_json`` saves it for machines, ``access_pdf.write_pdf`` for people.
Both files are created 0600 (``common/private_files.py``). The badge's secret is never stored, so
only the fact that a check hash exists is exported.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from sqlmodel import Session

from telecentre_desk.common import clock
from telecentre_desk.common.private_files import save
from telecentre_desk.db.uow import dbapi
from telecentre_desk.members.service import member_row
from telecentre_desk.places.service import local_place_row

FORMAT = "telecentre-desk/member-data/1"


def _rows(conn: sqlite3.Connection, sql: str, params: tuple) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def member_data(session: Session, ref: str | int) -> dict[str, Any]:
    """Everything held about the member, as JSON-ready data (keys in English, values as stored)."""
    member = member_row(session, ref)
    place = local_place_row(session)
    conn = dbapi(session)
    mid = (member.id,)
    identity = _rows(conn, "SELECT m.uid AS id, p.code || '-' || printf('%04d', m.number) AS number, m.first_name, "
                     "m.last_name, m.email, m.phone, m.category, m.company_name, m.siren, m.address, m.postcode, "
                     "m.city, m.status, m.kind, m.joined_on, m.notes, m.home_plan, m.created_at, m.updated_at "
                     "FROM member AS m JOIN place AS p ON p.id = m.place_id WHERE m.id = ?", mid)[0]
    uids = [member.uid] + [u for (u,) in conn.execute(
        "SELECT uid FROM invoice WHERE member_id = ?1 UNION ALL SELECT uid FROM booking WHERE member_id = ?1 "
        "UNION ALL SELECT uid FROM badge WHERE member_id = ?1 UNION ALL SELECT uid FROM subscription "
        "WHERE member_id = ?1 UNION ALL SELECT uid FROM payment WHERE member_id = ?1", mid)]
    marks = ",".join("?" * len(uids))
    audit = _rows(conn, f"SELECT at, actor, action, entity, entity_uid, details, redacted_at FROM audit_entry "
                  f"WHERE entity_uid IN ({marks}) OR instr(details, ?) > 0 ORDER BY id", (*uids, member.uid))
    for entry in audit:
        entry["details"] = json.loads(entry["details"]) if entry["details"] else {}
    invoices = _rows(conn, "SELECT id, uid, number, kind, status, issue_date, due_date, period_start, period_end, "
                     "total_excl_vat_cents, vat_cents, total_incl_vat_cents, buyer_snapshot, note FROM invoice "
                     "WHERE member_id = ? AND deleted_at IS NULL ORDER BY COALESCE(period_start, issue_date), id", mid)
    for invoice in invoices:
        invoice["buyer_snapshot"] = json.loads(invoice["buyer_snapshot"]) if invoice["buyer_snapshot"] else None
        invoice["lines"] = _rows(conn, "SELECT description, quantity_milli, unit_price_cents, vat_rate_bp, "
                                 "total_excl_vat_cents FROM invoice_line WHERE invoice_id = ? ORDER BY position",
                                 (invoice.pop("id"),))
    return {
        "format": FORMAT,
        "exported_at": clock.now().isoformat(timespec="seconds"),
        "controller": {"place": place.code, "name": place.legal_name or place.name, "email": place.email,
                       "timezone": place.timezone,
                       "address": " ".join(filter(None, (place.address, place.postcode, place.city)))},
        "identity": identity,
        "subscriptions": _rows(conn, "SELECT s.uid, p.code AS plan_code, p.name AS plan_name, s.start_date, "
                               "s.end_date, s.remaining_half_days FROM subscription AS s JOIN plan AS p "
                               "ON p.id = s.plan_id WHERE s.member_id = ? AND s.deleted_at IS NULL "
                               "ORDER BY s.start_date", mid),
        "badges": _rows(conn, "SELECT serial, status, issued_at, revoked_at, 'sha256 of the code, never the code' "
                        "AS stored FROM badge WHERE member_id = ? ORDER BY serial", mid),
        "visits": _rows(conn, "SELECT e.ts, e.direction, e.source, p.code AS place, d.name AS desk FROM check_event "
                        "AS e JOIN place AS p ON p.id = e.place_id LEFT JOIN desk AS d ON d.id = e.desk_id "
                        "WHERE e.member_id = ? AND e.deleted_at IS NULL ORDER BY e.ts", mid),
        "presence_days": _rows(conn, "SELECT day, visits, minutes FROM visit_day WHERE member_id = ? ORDER BY day",
                               mid),
        "network_days": _rows(conn, "SELECT place_code, day, visits, minutes FROM network_day WHERE member_uid = ? "
                              "ORDER BY day", (member.uid,)),
        "carnet_days": _rows(conn, "SELECT day, half_days, overuse FROM day_usage WHERE member_id = ? "
                             "AND deleted_at IS NULL ORDER BY day", mid),
        "bookings": _rows(conn, "SELECT b.starts_at, b.ends_at, s.name AS space, d.name AS desk, b.status, b.note "
                          "FROM booking AS b JOIN space AS s ON s.id = b.space_id LEFT JOIN desk AS d "
                          "ON d.id = b.desk_id WHERE b.member_id = ? AND b.deleted_at IS NULL ORDER BY b.starts_at",
                          mid),
        "invoices": invoices,
        "payments": _rows(conn, "SELECT p.paid_on, p.amount_cents, p.method, p.reference, i.number AS invoice "
                          "FROM payment AS p LEFT JOIN invoice AS i ON i.id = p.invoice_id WHERE p.member_id = ? "
                          "AND p.deleted_at IS NULL ORDER BY p.paid_on", mid),
        "emails": _rows(conn, "SELECT o.recipient, o.subject, o.status, o.queued_at, o.sent_at FROM mail_outbox AS o "
                        "JOIN invoice AS i ON i.id = o.invoice_id WHERE i.member_id = ? ORDER BY o.id", mid),
        "audit": audit,
        "retention": _retention(conn, place.id),
    }


def _retention(conn: sqlite3.Connection, place_id: int) -> dict[str, Any]:
    """What is no longer held per person (docs/rgpd.md, *Retention*): said, so the export is not read as whole."""
    from telecentre_desk.privacy import settings as privacy_settings

    months = [m for (m,) in conn.execute("SELECT month FROM presence_month_closed WHERE place_id = ? AND "
                                         "rows_removed > 0 ORDER BY month", (place_id,))]
    return {"raw_scans_kept_months": privacy_settings.load(conn, place_id).retention_months,
            "presence_aggregated_months": months,
            "note": "scans older than the retention are deleted; the daily presence of months invoiced and settled "
                    "between places is replaced by anonymous counts and is no longer held about anyone"}


def write_json(data: dict[str, Any], path: Path) -> Path:
    """The export as UTF-8 JSON, in a 0600 file."""
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"
    return save(Path(path), text.encode("utf-8"))  # a DeskError saying why a file cannot be written
