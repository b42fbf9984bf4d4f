"""The place's retention settings (``place_setting`` key ``privacy``): how long raw scan events are kept,
and after how long without a visit a member is listed for review.

Defaults follow the CNIL: badge access events kept about 3 months (référentiel « contrôle d'accès
aux locaux », délibération n° 2019-001 du 10 janvier 2019, and its guidance on badge systems);
identity while the person is a member, then reviewed.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass, replace

from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _

SETTING_KEY = "privacy"
CNIL_REFERENCE = ("CNIL, référentiel « contrôle d'accès aux locaux » (délibération n° 2019-001 du 10 janvier 2019) : "
                  "données de passage conservées 3 mois")
LAST_PURGE_KEY = "privacy.last_purge"


@dataclass(frozen=True, slots=True)
class PrivacySettings:
    retention_months: int = 3  # raw scan events
    inactive_months: int = 24  # a member without a visit or a plan for this long is listed for review

    def to_json(self) -> dict:
        return {**asdict(self), "reference": CNIL_REFERENCE}


def _months(value: int | str, *, field: str, low: int, high: int) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError(_("{field}: {value!r} is not a whole number").format(field=field, value=value),
                              field=field) from None
    if not low <= number <= high:
        raise ValidationError(_("{field}: between {low} and {high}").format(field=field, low=low, high=high),
                              field=field)
    return number


def load(conn: sqlite3.Connection, place_id: int) -> PrivacySettings:
    row = conn.execute("SELECT value FROM place_setting WHERE place_id = ? AND key = ?",
                       (place_id, SETTING_KEY)).fetchone()
    if row is None:
        return PrivacySettings()
    data = json.loads(row[0])
    return PrivacySettings(**{k: int(v) for k, v in data.items() if k in PrivacySettings.__dataclass_fields__})


def _put(conn: sqlite3.Connection, place_id: int, key: str, value: str) -> None:
    conn.execute("INSERT INTO place_setting (place_id, key, value) VALUES (?, ?, ?) "
                 "ON CONFLICT (place_id, key) DO UPDATE SET value = excluded.value", (place_id, key, value))


def change(conn: sqlite3.Connection, place_id: int, *, retention_months: int | str | None = None,
           inactive_months: int | str | None = None) -> PrivacySettings:
    """Check and store the given settings (``None`` leaves one as it is)."""
    current = load(conn, place_id)
    if retention_months is not None:
        # 1 month at least: billing and the monthly settlement need the month's scans until it is invoiced.
        current = replace(current, retention_months=_months(retention_months, field="retention_months",
                                                            low=1, high=120))
    if inactive_months is not None:
        current = replace(current, inactive_months=_months(inactive_months, field="inactive_months", low=1, high=240))
    _put(conn, place_id, SETTING_KEY, json.dumps(asdict(current)))
    return current


def last_purge(conn: sqlite3.Connection, place_id: int) -> str | None:
    row = conn.execute("SELECT value FROM place_setting WHERE place_id = ? AND key = ?",
                       (place_id, LAST_PURGE_KEY)).fetchone()
    return json.loads(row[0]) if row else None


def mark_purged(conn: sqlite3.Connection, place_id: int, day: str) -> None:
    _put(conn, place_id, LAST_PURGE_KEY, json.dumps(day))


def load_for(session) -> PrivacySettings:
    """The local place's settings, from a unit of work (the window's dialog)."""
    from telecentre_desk.db.uow import dbapi
    from telecentre_desk.places.service import local_place_row

    return load(dbapi(session), local_place_row(session).id)


def change_for(session, *, actor: str = "cli", **changes: int | str | None) -> PrivacySettings:
    """Change the local place's settings from a unit of work, audited."""
    from telecentre_desk.audit import service as audit
    from telecentre_desk.db.uow import dbapi
    from telecentre_desk.places.service import local_place_row

    place = local_place_row(session)
    chosen = change(dbapi(session), place.id, **changes)
    audit.record(session, actor=actor, action="privacy.settings", entity="place", entity_uid=place.uid,
                 details=asdict(chosen))
    return chosen
