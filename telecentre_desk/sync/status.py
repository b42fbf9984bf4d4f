"""Read models of the sync for `sync status` and the Network screen (plain SQL, read connection)."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass, field

from telecentre_desk.places.context import read_local_row


@dataclass(frozen=True, slots=True)
class PeerStatus:
    code: str
    name: str | None
    city: str | None
    last_sequence: int
    applied_at: str | None
    exported_at: str | None
    pending: bool
    last_error: str | None
    members: int


@dataclass(frozen=True, slots=True)
class LogEntry:
    at: str
    place_code: str
    kind: str
    file: str | None
    line: int | None
    entity_uid: str | None
    message: str


@dataclass(frozen=True, slots=True)
class SyncStatus:
    local_code: str
    last_export_sequence: int
    last_export_at: str | None
    peers: list[PeerStatus] = field(default_factory=list)
    conflicts: int = 0
    rejected: int = 0

    def to_json(self) -> dict:
        return {"place": self.local_code, "last_export_sequence": self.last_export_sequence,
                "last_export_at": self.last_export_at, "conflicts": self.conflicts, "rejected": self.rejected,
                "peers": [asdict(p) for p in self.peers]}


def read_status(conn: sqlite3.Connection) -> SyncStatus:
    code = read_local_row(conn).code
    own = conn.execute("SELECT last_sequence, last_at FROM sync_peer WHERE code = ?", (code,)).fetchone()
    peers = [PeerStatus(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7], r[8]) for r in conn.execute(
        "SELECT s.code, p.name, p.city, s.last_sequence, s.last_at, s.exported_at, s.pending, s.last_error, "
        "(SELECT COUNT(*) FROM member AS m WHERE m.place_id = p.id AND m.deleted_at IS NULL) "
        "FROM sync_peer AS s LEFT JOIN place AS p ON p.code = s.code WHERE s.code != ? ORDER BY s.code", (code,))]
    counts = dict(conn.execute("SELECT kind, COUNT(*) FROM sync_log WHERE kind IN ('conflict', 'rejected') "
                               "GROUP BY kind").fetchall())
    return SyncStatus(code, own[0] if own else 0, own[1] if own else None, peers,
                      counts.get("conflict", 0), counts.get("rejected", 0))


def read_log(conn: sqlite3.Connection, *, limit: int = 500, kinds: tuple[str, ...] | None = None) -> list[LogEntry]:
    where = f"WHERE kind IN ({', '.join('?' * len(kinds))})" if kinds else ""
    return [LogEntry(*row) for row in conn.execute(
        f"SELECT at, place_code, kind, file, line, entity_uid, message FROM sync_log {where} "
        "ORDER BY id DESC LIMIT ?", (*(kinds or ()), limit))]
