"""The sync's own rows: sequence numbers, each place's last good export, and the log.

All functions take a DB-API connection in autocommit mode (the engine's raw connection) and open
their own short ``BEGIN IMMEDIATE`` transaction, except ``transaction`` which the importer holds
around a whole export.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from telecentre_desk.common import clock
from telecentre_desk.common.errors import NotFoundError
from telecentre_desk.common.i18n import _
from telecentre_desk.db.uow import explain_operational


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
    row = conn.execute("SELECT id, code FROM place WHERE is_local").fetchone()
    if row is None:
        raise NotFoundError(_("no place is set up in this database yet: run 'telecentre-desk place init'"))
    return row[0], row[1]


def local_timezone(conn: sqlite3.Connection) -> str:
    return conn.execute("SELECT timezone FROM place WHERE is_local").fetchone()[0]


def next_export_sequence(conn: sqlite3.Connection, code: str) -> int:
    with transaction(conn) as cur:
        cur.execute("INSERT INTO sync_peer (code, last_sequence, pending, files) VALUES (?, 0, 0, '{}') "
                    "ON CONFLICT (code) DO NOTHING", (code,))
        cur.execute("UPDATE sync_peer SET last_sequence = last_sequence + 1 WHERE code = ?", (code,))
        return cur.execute("SELECT last_sequence FROM sync_peer WHERE code = ?", (code,)).fetchone()[0]


def record_export(conn: sqlite3.Connection, code: str, sequence: int, exported_at: str, files: str,
                  rows: int) -> None:
    with transaction(conn) as cur:
        cur.execute("UPDATE sync_peer SET last_at = ?, exported_at = ?, files = ?, last_error = NULL WHERE code = ?",
                    (clock.ts_text(clock.now()), exported_at, files, code))
        log(cur, code, "exported", _("export {sequence} written: {rows} rows").format(sequence=sequence, rows=rows))


@dataclass(frozen=True, slots=True)
class PeerState:
    code: str
    last_sequence: int
    pending: bool
    files: dict[str, str]


def peer_state(conn: sqlite3.Connection, code: str) -> PeerState:
    row = conn.execute("SELECT last_sequence, pending, files FROM sync_peer WHERE code = ?", (code,)).fetchone()
    if row is None:
        return PeerState(code, 0, False, {})
    return PeerState(code, row[0], bool(row[1]), json.loads(row[2] or "{}"))


def record_import(cur: sqlite3.Cursor, code: str, sequence: int, exported_at: str, *, pending: bool,
                  files: dict[str, str]) -> None:
    cur.execute(
        "INSERT INTO sync_peer (code, last_sequence, last_at, exported_at, pending, files, last_error) "
        "VALUES (?, ?, ?, ?, ?, ?, NULL) ON CONFLICT (code) DO UPDATE SET last_sequence = excluded.last_sequence, "
        "last_at = excluded.last_at, exported_at = excluded.exported_at, pending = excluded.pending, "
        "files = excluded.files, last_error = NULL",
        (code, sequence, clock.ts_text(clock.now()), exported_at or None, pending, json.dumps(files)))


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
