"""The raw check-in: one transaction per scan through the sqlite3 module, on the shared data set.

``RawDesk.checkin`` is what a desk must do at the very least: BEGIN IMMEDIATE, read the member's last event
to decide in or out, INSERT the new event, COMMIT, with the journal mode and the synchronous level given.
``bench/scan.py`` and ``bench/scan_gui.py`` compare the app's scan with it, same run.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import benchlib as bl

LAST_EVENT = "SELECT kind FROM checkin WHERE member_id = ? ORDER BY ts DESC LIMIT 1"
NEW_EVENT = "INSERT INTO checkin (member_id, place_id, ts, kind) VALUES (?, ?, ?, ?)"


class RawDesk:
    def __init__(self, path: Path | str, journal: str, sync: str) -> None:
        # Autocommit mode: the transactions below are the only ones.
        self.con = sqlite3.connect(path, isolation_level=None)
        self.con.execute(f"PRAGMA journal_mode={journal}")
        self.con.execute(f"PRAGMA synchronous={sync}")

    def checkin(self, member_id: int, at: dt.datetime) -> str:
        con = self.con
        con.execute("BEGIN IMMEDIATE")
        last = con.execute(LAST_EVENT, (member_id,)).fetchone()
        kind = "out" if last is not None and last[0] == "in" else "in"
        con.execute(NEW_EVENT, (member_id, bl.PLACE_ID, bl.ts_str(at), kind))
        con.execute("COMMIT")
        return kind

    def close(self) -> None:
        self.con.close()


class Clock:
    """One scan a second after the data set's end (aware UTC, stored as the same text as a naive one)."""

    def __init__(self) -> None:
        self.at = bl.NOW.replace(tzinfo=dt.UTC)

    def next(self) -> dt.datetime:
        self.at += dt.timedelta(seconds=1)
        return self.at


def members() -> Iterator[int]:
    """Every member in turn, in a scrambled order (a prime stride), forever."""
    step = 0
    while True:
        yield (step * 7919) % bl.MEMBERS + 1
        step += 1
