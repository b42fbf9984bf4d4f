"""The front desk as the GUI and the CLI use it: a long-lived connection and the place's context.

Keeping one connection for scans avoids a pool checkout and the connection pragmas on every scan;
the context (time zone, opening hours, policies) is loaded once and reloaded when settings change.

A scan never waits more than ``SCAN_BUSY_TIMEOUT_MS`` for another program's write lock: past it, the
scan is answered from a read and journalled (desk/scan_queue.py), and ``drain_queue`` merges it as soon
as the lock frees (the GUI calls it on a timer; every FrontDesk calls it when it opens).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from pathlib import Path

from sqlalchemy import Connection, Engine

from telecentre_desk.badges import payload as badge_payload
from telecentre_desk.badges.verify import BadgeHolder
from telecentre_desk.common import clock
from telecentre_desk.common.errors import DeskError
from telecentre_desk.desk import presence, scan, undo
from telecentre_desk.desk.checkpoint import WalCheckpointer
from telecentre_desk.desk.context import DeskContext
from telecentre_desk.desk.result import Decision, ScanResult
from telecentre_desk.desk.scan_queue import DryCursor, QueuedScan, ScanJournal, is_busy

logger = logging.getLogger(__name__)

# Well under the one second a member waits at the scanner; the normal scan takes ~0.3 ms.
SCAN_BUSY_TIMEOUT_MS = 300


def _journal_for(engine: Engine) -> ScanJournal | None:
    database = engine.url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None  # no file beside which to keep it (a read-only engine, an in-memory test database)
    return ScanJournal.beside(Path(database))


def _checkpointer_for(engine: Engine) -> WalCheckpointer | None:
    database = engine.url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return WalCheckpointer(Path(database))


class FrontDesk:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._connection: Connection = engine.connect()
        self._raw = self._connection.connection.driver_connection
        self._raw.execute(f"PRAGMA busy_timeout = {SCAN_BUSY_TIMEOUT_MS}")
        # The WAL is copied back on a thread, never inside a scan's commit (desk/checkpoint.py).
        self._checkpointer = _checkpointer_for(engine)
        if self._checkpointer is not None:
            self._raw.execute("PRAGMA wal_autocheckpoint = 0")
        self._directory = presence.Directory()
        self.context = self._load_context()
        self._journal = _journal_for(engine)
        self._pending: list[QueuedScan] = self._journal.entries() if self._journal else []
        self.drain_queue()  # killed with scans journalled: they are merged now

    def _load_context(self) -> DeskContext:
        # A read: deferred, so that the desk opens (and reloads) while another program holds the write lock.
        self._connection.execution_options(sqlite_begin="DEFERRED")
        try:
            with self._connection.begin():
                return DeskContext.load(self._connection)
        finally:
            self._connection.execution_options(sqlite_begin="IMMEDIATE")

    def reload(self) -> None:
        """Read the place's settings again (after the host changed hours, policies, members or desks)."""
        self.context = self._load_context()
        self._directory.invalidate()

    def scan(self, text: str, *, at: dt.datetime | None = None, source: str = "scanner") -> ScanResult:
        at = at or clock.now()
        if self._pending:
            self.drain_queue()
            if self._pending:
                return self._queue(text, at, source)  # the lock is still taken: after the scans before it
        try:
            result = scan.scan(self._connection, self.context, text, at=at, source=source)
        except DeskError as exc:
            if self._journal is None or not is_busy(exc):
                raise
            return self._queue(text, at, source)
        if result.recorded and self._checkpointer is not None:
            self._checkpointer.note_commit()
        return result

    @property
    def queued(self) -> int:
        """How many accepted scans wait in the journal for the write lock."""
        return len(self._pending)

    def drain_queue(self) -> int:
        """Merge the journalled scans, in order, while the lock is free; returns how many were merged."""
        merged = 0
        while self._pending:
            entry = self._pending[0]
            try:
                scan.scan(self._connection, self.context, entry.text, at=entry.at, source=entry.source)
            except DeskError as exc:
                if is_busy(exc):
                    break
                # The database changed meanwhile (say, a later event recorded by the CLI): the host's to see.
                logger.warning("journalled scan of %s at %s not recorded: %s", entry.member_id, entry.at,
                               exc.message)
            self._pending.pop(0)
            merged += 1
            assert self._journal is not None
            self._journal.keep_only(self._pending)
        if merged:
            logger.info("%d journalled scan(s) merged", merged)
        return merged

    def _queue(self, text: str, at: dt.datetime, source: str) -> ScanResult:
        result = self._provisional(text, at, source)
        if result.decision == Decision.DENIED or result.repeat or not result.member_id or self._journal is None:
            return result  # nothing to record
        before = next((e for e in reversed(self._pending) if e.member_id == result.member_id), None)
        if before is not None and self.context.local_day(before.at) == self.context.local_day(at):
            if (at - before.at).total_seconds() < self.context.policies.repeat_window_s:
                return dataclasses.replace(result, decision=Decision(before.direction), repeat=True,
                                           warnings=("repeat_scan",))
            result = dataclasses.replace(result, decision=Decision.OUT if before.direction == "in" else Decision.IN)
        entry = QueuedScan(text, at, source, result.member_id, result.decision.value)
        self._journal.append(entry)  # fsynced: only now may the member be told "Bonjour"
        self._pending.append(entry)
        logger.info("scan journalled while the database is busy (%d waiting)", len(self._pending))
        return dataclasses.replace(result, recorded=True, queued=True)

    def _provisional(self, text: str, at: dt.datetime, source: str) -> ScanResult:
        """The scan's answer from a read transaction, its writes left out (another program holds the lock)."""
        try:
            parsed = badge_payload.parse(text)
        except badge_payload.MalformedBadge:
            return scan.scan(self._connection, self.context, text, at=at, source=source)  # refused before any SQL
        cursor = self._raw.cursor()
        began = not self._raw.in_transaction
        if began:
            cursor.execute("BEGIN DEFERRED")
        try:
            return scan.answer_on(DryCursor(cursor), self.context, parsed, at=at, source=source)
        finally:
            if began:
                cursor.execute("ROLLBACK")
            cursor.close()

    def check_in_member(self, holder: BadgeHolder, *, at: dt.datetime | None = None, actor: str = "host",
                        override_reason: str | None = None) -> ScanResult:
        return scan.check_in_by_member(self._connection, self.context, holder, at=at, actor=actor,
                                       override_reason=override_reason)

    def undo_last(self, holder: BadgeHolder, *, actor: str, reason: str | None = None) -> undo.Undone:
        """Remove the member's latest check-in or check-out (a mistake, a future date), audited."""
        with scan.ScanTransaction(self._connection) as cur:
            return undo.undo_last(cur, self.context, holder, actor=actor, reason=reason)

    def who_is_in(self, *, now: dt.datetime | None = None) -> list[presence.PresenceRow]:
        # A plain read in autocommit: no BEGIN IMMEDIATE, so it never waits for (or blocks) a writer.
        return presence.who_is_in(self._connection, self.context, now=now, directory=self._directory)

    def auto_checkout(self, *, now: dt.datetime | None = None) -> int:
        return presence.auto_checkout(self._connection, self.context, now=now)

    def close(self) -> None:
        if self._checkpointer is not None:
            self._checkpointer.close()
        self._connection.close()  # the last connection to close checkpoints the rest (SQLite's own rule)

    def __enter__(self) -> FrontDesk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
