"""The members list in plain SQL on a DB-API connection: one query for the CLI, the service and the
window's first paint (which happens before SQLAlchemy is even imported, see docs/architecture.md)."""

from __future__ import annotations

import datetime as dt
import sqlite3

from telecentre_desk.common import plausibility
from telecentre_desk.members.info import MemberInfo, display_number
from telecentre_desk.places.context import local_today

_SEPARATOR = "\x1f"
_SELECT = f"""
SELECT m.uid, m.number, p.code, m.first_name, m.last_name, m.email, m.phone, m.category, m.company_name,
       m.siren, m.address, m.postcode, m.city, m.status, m.joined_on, m.notes,
       m.vat_number,
       (SELECT pl.code || '{_SEPARATOR}' || pl.name FROM subscription AS s JOIN plan AS pl ON pl.id = s.plan_id
        WHERE s.member_id = m.id AND s.start_date <= :today AND (s.end_date IS NULL OR s.end_date >= :today)
          AND s.deleted_at IS NULL
        ORDER BY s.start_date DESC LIMIT 1) AS current_plan
FROM member AS m JOIN place AS p ON p.id = m.place_id
WHERE m.deleted_at IS NULL
"""


def list_members(conn: sqlite3.Connection, *, today: dt.date | None = None, search: str | None = None,
                 status: str | None = None, category: str | None = None, local_only: bool = True,
                 include_visitors: bool = False, uids: list[str] | None = None) -> list[MemberInfo]:
    """Members by last name; ``search`` matches names, email, company or the number (42, FLO-0042).

    ``today`` (for the plan in force) defaults to the local place's day now.
    """
    if today is None:
        today = local_today(conn)
    sql = [_SELECT]
    params: dict[str, object] = {"today": today.isoformat()}
    if local_only:
        sql.append("AND p.is_local")
    if not include_visitors:
        sql.append("AND m.kind = 'member'")
    if status:
        sql.append("AND m.status = :status")
        params["status"] = status
    if category:
        sql.append("AND m.category = :category")
        params["category"] = category
    if uids is not None:
        sql.append(f"AND m.uid IN ({', '.join(f':u{i}' for i in range(len(uids)))})")
        params.update({f"u{i}": uid for i, uid in enumerate(uids)})
    if search and search.strip():
        params["needle"] = f"%{search.strip().lower()}%"
        conditions = ["lower(m.first_name) LIKE :needle", "lower(m.last_name) LIKE :needle",
                      "lower(coalesce(m.email, '')) LIKE :needle", "lower(coalesce(m.company_name, '')) LIKE :needle"]
        digits = search.strip().rsplit("-", 1)[-1]
        number = plausibility.stored_number(digits)
        if number is not None:
            conditions.append("m.number = :number")
            params["number"] = number
        sql.append(f"AND ({' OR '.join(conditions)})")
    sql.append("ORDER BY lower(m.last_name), lower(m.first_name), m.number")
    return [_info(row) for row in conn.execute("\n".join(sql), params).fetchall()]


def _info(row: tuple) -> MemberInfo:
    (uid, number, code, first, last, email, phone, category, company, siren, address, postcode, city, status,
     joined_on, notes, vat_number, current_plan) = row
    plan_code, plan_name = current_plan.split(_SEPARATOR, 1) if current_plan else (None, None)
    return MemberInfo(id=uid, number=number, display_number=display_number(code, number), first_name=first,
                      last_name=last, email=email, phone=phone, category=category, company_name=company,
                      siren=siren, address=address, postcode=postcode, city=city, status=status,
                      joined_on=dt.date.fromisoformat(joined_on) if joined_on else None, notes=notes,
                      plan_code=plan_code, plan_name=plan_name, vat_number=vat_number)
