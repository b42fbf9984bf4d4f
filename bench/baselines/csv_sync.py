"""The raw CSV exchange of check-ins between places: the csv module and an executemany upsert into SQLite.

Rows are ``uid;member_id;place_id;ts;kind;updated_at`` (a UUID key), ``;`` separated, UTF-8 with a BOM, as a
French spreadsheet opens them. ``bench/spreadsheet.py`` compares the app's sheet reader and writer with
``read_csv``/``write_csv``; ``bench/sync_csv.py`` the network sync with read + ``parse`` + ``upsert``.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import sqlite3
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path

import benchlib as bl

WORK = bl.DATA_DIR / "csv_sync"
HEADER = ["uid", "member_id", "place_id", "ts", "kind", "updated_at"]
TABLE = """
CREATE TABLE IF NOT EXISTS checkin_sync (
    uid TEXT PRIMARY KEY,
    member_id INTEGER NOT NULL,
    place_id INTEGER NOT NULL,
    ts TEXT NOT NULL,
    kind TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_sync_member_ts ON checkin_sync (member_id, ts);
"""
# The newer version of a row wins; an equal or older one changes nothing.
UPSERT = ("INSERT INTO checkin_sync (uid, member_id, place_id, ts, kind, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
          "ON CONFLICT (uid) DO UPDATE SET member_id = excluded.member_id, place_id = excluded.place_id, "
          "ts = excluded.ts, kind = excluded.kind, updated_at = excluded.updated_at "
          "WHERE excluded.updated_at > checkin_sync.updated_at")

Row = tuple[str, int, int, str, str, str]


def all_rows() -> list[Row]:
    """Every event of the data set as a sync row, with a seeded random UUID and updated_at = ts."""
    rng = random.Random(13)
    con = sqlite3.connect(f"file:{bl.checkin_db()}?mode=ro", uri=True)
    try:
        cursor = con.execute("SELECT member_id, place_id, ts, kind FROM checkin ORDER BY id")
        return [(str(uuid.UUID(int=rng.getrandbits(128), version=4)), member, place, ts, kind, ts)
                for member, place, ts, kind in cursor]
    finally:
        con.close()


def open_db(path: Path, fresh: bool = True) -> sqlite3.Connection:
    if fresh:
        bl.remove_db(path)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.executescript(TABLE)
    return con


def bulk_load(con: sqlite3.Connection, rows: Iterable[Sequence[object]]) -> None:
    con.execute("BEGIN")
    con.executemany("INSERT INTO checkin_sync VALUES (?, ?, ?, ?, ?, ?)", rows)
    con.execute("COMMIT")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def write_csv(path: Path, rows: Iterable[Sequence[object]]) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(rows)


def read_csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh, delimiter=";")
        if next(reader, None) != HEADER:
            raise ValueError(f"{path}: not a check-in file (header)")
        return list(reader)


def parse(raw: Iterable[Sequence[str]]) -> list[Row]:
    """Typed rows; a bad kind or date refuses the whole file."""
    rows = []
    for uid, member, place, ts, kind, updated in raw:
        if kind not in ("in", "out"):
            raise ValueError(f"bad kind {kind!r}")
        dt.datetime.fromisoformat(ts)
        dt.datetime.fromisoformat(updated)
        rows.append((uid, int(member), int(place), ts, kind, updated))
    return rows


def upsert(con: sqlite3.Connection, rows: Iterable[Row]) -> None:
    con.execute("BEGIN IMMEDIATE")
    con.executemany(UPSERT, rows)
    con.execute("COMMIT")
