"""Check a scanned badge against the stored hashes: one indexed query, on the scan's hot path.

Returns the member or the reason for refusal: ``unknown_badge`` (no such place or member),
``forged`` (the member exists but the badge's serial or secret does not match), ``revoked``,
``superseded`` (an older badge of a member who has a newer one).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from telecentre_desk.badges.payload import BadgePayload
from telecentre_desk.badges.secrets import matches

_QUERY = """
SELECT m.id, m.uid, m.first_name, m.last_name, m.status, m.kind, p.code,
       b.secret_hash, b.status,
       (SELECT MAX(serial) FROM badge WHERE member_id = m.id) AS newest
FROM place AS p
JOIN member AS m ON m.place_id = p.id AND m.number = ? AND m.deleted_at IS NULL
LEFT JOIN badge AS b ON b.member_id = m.id AND b.serial = ?
WHERE p.code = ?
"""


@dataclass(frozen=True, slots=True)
class BadgeHolder:
    member_id: int
    member_uid: str
    first_name: str
    last_name: str
    status: str
    kind: str
    place_code: str
    number: int


def verify(cursor: sqlite3.Cursor, payload: BadgePayload) -> BadgeHolder | str:
    """The badge's holder, or the refusal reason code."""
    row = cursor.execute(_QUERY, (payload.number, payload.serial, payload.place_code)).fetchone()
    if row is None:
        return "unknown_badge"
    member_id, uid, first, last, status, kind, code, secret_hash, badge_status, newest = row
    if secret_hash is None or not matches(payload, secret_hash):
        return "forged"
    if badge_status == "revoked":
        return "revoked"
    if badge_status == "superseded" or payload.serial < (newest or 0):
        return "superseded"
    return BadgeHolder(member_id, uid, first, last, status, kind, code, payload.number)
