"""Members inactive for longer than the place's period, listed for review: erase them, or keep them
with a reason (written to the audit log; the member leaves the list for another period)."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from sqlmodel import Session

from telecentre_desk.audit import service as audit
from telecentre_desk.common import clock
from telecentre_desk.common.clock import ts_text
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _
from telecentre_desk.db.uow import dbapi
from telecentre_desk.members.service import member_row
from telecentre_desk.places.service import local_place_row
from telecentre_desk.privacy import settings as privacy_settings
from telecentre_desk.privacy.retention import months_before


@dataclass(frozen=True, slots=True)
class InactiveMember:
    id: str
    number: str
    last_activity: str | None  # the latest visit, plan day or registration, local date

    def to_json(self) -> dict:
        return asdict(self)


_LAST_ACTIVITY = """
SELECT m.uid, p.code || '-' || printf('%04d', m.number),
       MAX(COALESCE((SELECT MAX(day) FROM visit_day WHERE member_id = m.id), ''),
           COALESCE((SELECT substr(MAX(ts), 1, 10) FROM check_event WHERE member_id = m.id), ''),
           COALESCE((SELECT MAX(COALESCE(end_date, :today)) FROM subscription WHERE member_id = m.id
                     AND deleted_at IS NULL), ''),
           COALESCE(m.joined_on, ''), substr(m.created_at, 1, 10)) AS last
FROM member AS m JOIN place AS p ON p.id = m.place_id
WHERE m.place_id = :p AND m.status != 'erased' AND m.deleted_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM audit_entry AS a WHERE a.action = 'privacy.keep' AND a.entity_uid = m.uid
                  AND a.at >= :since)
"""


def inactive_members(session: Session) -> list[InactiveMember]:
    place = local_place_row(session)
    conn = dbapi(session)
    period = privacy_settings.load(conn, place.id).inactive_months
    today = clock.local_day(clock.now(), clock.zone(place.timezone))
    limit = months_before(today, period)
    since = ts_text(clock.day_bounds_utc(limit, clock.zone(place.timezone))[0])
    rows = conn.execute(_LAST_ACTIVITY, {"p": place.id, "today": today.isoformat(), "since": since}).fetchall()
    return [InactiveMember(uid, number, last or None) for uid, number, last in rows
            if not last or dt.date.fromisoformat(last) < limit]


def keep_member(session: Session, ref: str | int, *, reason: str, actor: str = "cli") -> str:
    """Keep an inactive member's data for another period, with the reason; returns the member's number."""
    if not reason or not reason.strip():
        raise ValidationError(_("keeping an inactive member's data needs a reason"), field="reason")
    member = member_row(session, ref)
    audit.record(session, actor=actor, action="privacy.keep", entity="member", entity_uid=member.uid,
                 details={"number": member.number, "reason": reason.strip()})
    return str(member.number)
