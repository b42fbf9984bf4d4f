"""Scans taken while another program holds the write lock: answered at once, journalled, merged later.

A sync import or a month run may hold SQLite's write lock for many seconds. A scan does not wait for it
(its connection's busy timeout is short): the answer is worked out on a read transaction (WAL lets a
reader see the last committed state while a writer works), with the scan's writes left out; an
accepted scan is then appended to a side journal beside the database and fsynced *before* the answer
is returned. As soon as the lock frees, the journal is replayed in order through the ordinary scan
path, with each scan's own time, and emptied. Killed right after the answer, the app finds the journal
at its next start and merges it then. Replaying a scan twice (a crash between its commit and the
journal's rewrite) records nothing the second time: same member, same instant, it is a repeat.
See docs/durability.md.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.i18n import _
from telecentre_desk.common.private_files import append_private, write_private

logger = logging.getLogger(__name__)

SUFFIX = ".scan-queue"
_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


@dataclass(frozen=True, slots=True)
class QueuedScan:
    text: str
    at: dt.datetime
    source: str
    member_id: str  # uid: later scans of the same member answer after this one
    direction: str  # what the provisional answer said: "in" or "out"

    def to_line(self) -> str:
        return json.dumps({"text": self.text, "at": self.at.isoformat(), "source": self.source,
                           "member": self.member_id, "direction": self.direction}) + "\n"

    @classmethod
    def from_line(cls, line: str) -> QueuedScan:
        data = json.loads(line)
        return cls(data["text"], dt.datetime.fromisoformat(data["at"]), data["source"], data["member"],
                   data["direction"])


def _fsync_folder(folder: Path) -> None:
    # A new or renamed file survives a power cut only once its folder's entry is on disk (not on Windows).
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class ScanJournal:
    """The side file ``<database>.scan-queue``: one JSON line per accepted scan not yet in the database."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def beside(cls, database: Path) -> ScanJournal:
        return cls(database.with_name(database.name + SUFFIX))

    def append(self, entry: QueuedScan) -> None:
        """Durable when it returns (fsynced), or raises DeskError: the scan must then not be answered."""
        new = not self.path.exists()
        try:
            append_private(self.path, entry.to_line())  # 0600, never through a planted symlink, fsynced
            if new:
                _fsync_folder(self.path.parent)
        except OSError as exc:
            raise DeskError(_("the database is busy and the scan cannot be kept for later ({reason}): scan "
                              "again in a moment").format(reason=exc.strerror)) from exc

    def entries(self) -> list[QueuedScan]:
        """The journalled scans in order; a torn last line (killed while writing: never answered) is skipped."""
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines(keepends=True)
        except FileNotFoundError:
            return []
        entries = []
        for line in lines:
            if not line.endswith("\n"):
                logger.warning("scan journal: an unfinished last line skipped")
                continue
            try:
                entries.append(QueuedScan.from_line(line))
            except (ValueError, KeyError) as exc:
                logger.warning("scan journal: an unreadable line skipped (%s)", exc)
        return entries

    def keep_only(self, entries: list[QueuedScan]) -> None:
        """Rewrite the journal with ``entries`` (atomically), or remove it when none is left."""
        if not entries:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            _fsync_folder(self.path.parent)
            return
        # Member ids and times: 0600, through an exclusive temporary file (a planted .tmp symlink is not followed).
        write_private(self.path, "".join(e.to_line() for e in entries).encode("utf-8"))
        _fsync_folder(self.path.parent)


class _NoRows:
    """What a left-out write returns to the code that ran it."""

    rowcount = 0
    lastrowid = None

    def fetchone(self) -> None:
        return None

    def fetchall(self) -> list:
        return []

    def __iter__(self):
        return iter(())


class DryCursor:
    """A cursor that runs the reads and leaves out the writes: the scan's answer, without the write lock."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor

    def execute(self, sql: str, params: object = ()) -> sqlite3.Cursor | _NoRows:
        if sql.lstrip()[:7].upper().startswith(_WRITES):
            return _NoRows()
        return self._cursor.execute(sql, params)

    def executemany(self, sql: str, params: object) -> sqlite3.Cursor | _NoRows:
        if sql.lstrip()[:7].upper().startswith(_WRITES):
            return _NoRows()
        return self._cursor.executemany(sql, params)

    def __getattr__(self, name: str) -> object:
        return getattr(self._cursor, name)


def is_busy(exc: BaseException) -> bool:
    """True when ``exc`` (or what caused it) is SQLite's "database is locked/busy"."""
    seen: BaseException | None = exc
    while seen is not None:
        text = str(getattr(seen, "orig", seen)).lower()
        sqlite_error = isinstance(seen, sqlite3.OperationalError | DeskError) or hasattr(seen, "orig")
        if sqlite_error and ("locked" in text or "busy" in text):
            return True
        seen = seen.__cause__
    return False
