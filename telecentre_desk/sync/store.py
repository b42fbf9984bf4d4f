"""The sync's own rows: sequence numbers, each place's last good export, and the log.

All functions take a DB-API connection in autocommit mode (the engine's raw connection) and open
their own short ``BEGIN IMMEDIATE`` transaction, except ``transaction`` which the importer holds
around a whole export.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from telecentre_desk.common import clock
from telecentre_desk.common.i18n import _
from telecentre_desk.db.uow import explain_operational
from telecentre_desk.places.context import read_local_row

logger = logging.getLogger(__name__)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Cursor]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error (SQLite errors made plain)."""
    cur = conn.cursor()
    try:
        cur.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise explain_operational(exc) from exc
    try:
        yield cur
        cur.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.rollback()
        if isinstance(exc, sqlite3.OperationalError):
            raise explain_operational(exc) from exc
        raise
    finally:
        cur.close()


def local_place(conn: sqlite3.Connection) -> tuple[int, str]:
    """The local place's row id and code; NotFoundError before `place init`."""
    return read_local_row(conn)[:2]


def next_export_sequence(conn: sqlite3.Connection, code: str, *, seen: tuple[int, int] | None = None
                         ) -> tuple[int, int, bool]:
    """(epoch, sequence, restored) of the next export, committed before any file is written.

    ``seen`` is the (epoch, sequence) of this place's export the shared folder holds: when it is ahead of
    our own count, this database was restored from a backup (or the place reinstalled with its key);
    the count re-takes the network's, so no number is used twice and the others apply what follows.
    """
    with transaction(conn) as cur:
        cur.execute("INSERT INTO sync_peer (code, last_sequence, pending, files) VALUES (?, 0, 0, '{}') "
                    "ON CONFLICT (code) DO NOTHING", (code,))
        epoch, sequence = cur.execute("SELECT epoch, last_sequence FROM sync_peer WHERE code = ?", (code,)).fetchone()
        restored = seen is not None and seen > (epoch, sequence)
        if restored:
            log(cur, code, "restored", _("the shared folder holds export {seen} of this place, ahead of this "
                                         "database's {ours} (restored from a backup?): the count continues from "
                                         "the network's").format(seen=seen[1], ours=sequence))
            epoch, sequence = seen
        sequence += 1
        cur.execute("UPDATE sync_peer SET epoch = ?, last_sequence = ? WHERE code = ?", (epoch, sequence, code))
        return epoch, sequence, restored


def mark_restored(conn: sqlite3.Connection) -> int:
    """Called after this place's database is restored from a backup: its next exports start a new epoch,
    so the other places apply them even when the shared folder could not say how far the place had got.
    Returns the new epoch."""
    _place_id, code = local_place(conn)
    with transaction(conn) as cur:
        cur.execute("INSERT INTO sync_peer (code, last_sequence, pending, files) VALUES (?, 0, 0, '{}') "
                    "ON CONFLICT (code) DO NOTHING", (code,))
        cur.execute("UPDATE sync_peer SET epoch = epoch + 1 WHERE code = ?", (code,))
        log(cur, code, "restored", _("database restored: the next exports start a new epoch"))
        return cur.execute("SELECT epoch FROM sync_peer WHERE code = ?", (code,)).fetchone()[0]


def trusted_fingerprint(conn: sqlite3.Connection, code: str) -> str | None:
    row = conn.execute("SELECT fingerprint FROM sync_trust WHERE code = ?", (code,)).fetchone()
    return row[0] if row else None


def note_seen_key(conn: sqlite3.Connection, code: str, fingerprint: str, public_key: str) -> None:
    """The key a place's export is signed with, trusted or not: what the Network screen offers to accept."""
    row = conn.execute("SELECT seen_fingerprint FROM sync_peer WHERE code = ?", (code,)).fetchone()
    if row is not None and row[0] == fingerprint:
        return
    with transaction(conn) as cur:
        cur.execute("INSERT INTO sync_peer (code, last_sequence, pending, files, seen_fingerprint, seen_public_key) "
                    "VALUES (?, 0, 0, '{}', ?, ?) ON CONFLICT (code) DO UPDATE SET "
                    "seen_fingerprint = excluded.seen_fingerprint, seen_public_key = excluded.seen_public_key",
                    (code, fingerprint, public_key))


def trust(conn: sqlite3.Connection, code: str, fingerprint: str) -> None:
    with transaction(conn) as cur:
        cur.execute("INSERT INTO sync_trust (code, fingerprint, accepted_at) VALUES (?, ?, ?) ON CONFLICT (code) "
                    "DO UPDATE SET fingerprint = excluded.fingerprint, accepted_at = excluded.accepted_at",
                    (code, fingerprint, clock.ts_text(clock.now())))
    logger.info("sync: signing key %s of %s accepted", fingerprint, code)


def untrust(conn: sqlite3.Connection, code: str) -> bool:
    with transaction(conn) as cur:
        cur.execute("DELETE FROM sync_trust WHERE code = ?", (code,))
        removed = cur.execute("SELECT changes()").fetchone()[0] > 0
    if removed:
        logger.info("sync: the signing key of %s is no longer accepted", code)
    return removed


@dataclass(frozen=True, slots=True)
class TrustRow:
    code: str
    name: str | None
    trusted: str | None  # the accepted fingerprint
    seen: str | None  # the fingerprint of the key its last export was signed with
    accepted_at: str | None

    @property
    def state(self) -> str:
        """trusted | new (never accepted) | changed (signed with another key than the accepted one)."""
        if self.trusted is None:
            return "new"
        return "changed" if self.seen not in (None, self.trusted) else "trusted"

    def to_json(self) -> dict:
        return {"place": self.code, "name": self.name, "state": self.state, "fingerprint": self.trusted,
                "seen_fingerprint": self.seen, "accepted_at": self.accepted_at}


def trust_rows(conn: sqlite3.Connection) -> list[TrustRow]:
    local = conn.execute("SELECT code FROM place WHERE is_local").fetchone()
    return [TrustRow(*row) for row in conn.execute(
        "SELECT c.code, p.name, t.fingerprint, s.seen_fingerprint, t.accepted_at FROM "
        "(SELECT code FROM sync_trust UNION SELECT code FROM sync_peer WHERE seen_fingerprint IS NOT NULL) AS c "
        "LEFT JOIN sync_trust AS t ON t.code = c.code LEFT JOIN sync_peer AS s ON s.code = c.code "
        "LEFT JOIN place AS p ON p.code = c.code WHERE c.code != ? ORDER BY c.code",
        (local[0] if local else "",))]


def record_export(conn: sqlite3.Connection, code: str, sequence: int, exported_at: str, files: str,
                  rows: int, *, sent: dict[tuple[str, str], str] | None = None) -> None:
    """The export is out: noted, and ``sent`` (what the shared folder now carries, one digest per row or
    day) replaces what the next export compares with."""
    with transaction(conn) as cur:
        cur.execute("UPDATE sync_peer SET last_at = ?, exported_at = ?, files = ?, last_error = NULL WHERE code = ?",
                    (clock.ts_text(clock.now()), exported_at, files, code))
        if sent is not None:
            cur.execute("DELETE FROM sync_sent")
            cur.executemany("INSERT INTO sync_sent (entity, key, digest) VALUES (?, ?, ?)",
                            ((entity, key, digest) for (entity, key), digest in sent.items()))
        log(cur, code, "exported", _("export {sequence} written: {rows} rows").format(sequence=sequence, rows=rows))


def sent_digests(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    return {(entity, key): digest for entity, key, digest in conn.execute("SELECT entity, key, digest FROM sync_sent")}


@dataclass(frozen=True, slots=True)
class PeerState:
    code: str
    last_sequence: int
    pending: bool
    files: dict[str, str]
    epoch: int = 0

    @property
    def position(self) -> tuple[int, int]:
        return self.epoch, self.last_sequence


def peer_state(conn: sqlite3.Connection, code: str) -> PeerState:
    row = conn.execute("SELECT last_sequence, pending, files, epoch FROM sync_peer WHERE code = ?",
                       (code,)).fetchone()
    if row is None:
        return PeerState(code, 0, False, {})
    return PeerState(code, row[0], bool(row[1]), json.loads(row[2] or "{}"), row[3])


def record_import(cur: sqlite3.Cursor, code: str, sequence: int, exported_at: str, *, pending: bool,
                  files: dict[str, str], epoch: int = 0) -> None:
    cur.execute(
        "INSERT INTO sync_peer (code, last_sequence, last_at, exported_at, pending, files, last_error, epoch) "
        "VALUES (?, ?, ?, ?, ?, ?, NULL, ?) ON CONFLICT (code) DO UPDATE SET last_sequence = excluded.last_sequence, "
        "last_at = excluded.last_at, exported_at = excluded.exported_at, pending = excluded.pending, "
        "files = excluded.files, last_error = NULL, epoch = excluded.epoch",
        (code, sequence, clock.ts_text(clock.now()), exported_at or None, pending, json.dumps(files), epoch))


def record_rejection(conn: sqlite3.Connection, code: str, *, message: str, reason: str, file: str,
                     line: int | None) -> None:
    """A refused export: logged, and noted on the peer; its last good state stays as it was."""
    with transaction(conn) as cur:
        log(cur, code, "rejected", reason, file=file, line=line)
        cur.execute("INSERT INTO sync_peer (code, last_sequence, pending, files, last_error) VALUES (?, 0, 0, '{}', ?) "
                    "ON CONFLICT (code) DO UPDATE SET last_error = excluded.last_error", (code, message[:2000]))


def log(cur: sqlite3.Cursor, code: str, kind: str, message: str, *, file: str | None = None,
        line: int | None = None, uid: str | None = None) -> None:
    cur.execute("INSERT INTO sync_log (at, place_code, kind, file, line, entity_uid, message) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (clock.ts_text(clock.now()), code, kind, file, line, uid, message[:2000]))
