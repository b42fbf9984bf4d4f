"""Reads never take the write lock: while another program writes for a long time, the window still reads."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from telecentre_desk.places import service as places
from telecentre_desk.ui.store import Store


def test_a_read_during_a_long_write_does_not_wait_for_it(store: Store, db_path: Path, recorded_dialogs) -> None:
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # a sync import holding the lock
    writer.execute("UPDATE place SET name = 'Florac (import en cours)'")
    try:
        started = time.monotonic()
        name = store.query(lambda session: places.local_place(session).name)
        assert time.monotonic() - started < 0.5  # BEGIN IMMEDIATE waited the whole busy timeout (5 s)
        assert name == "Télécentre de Florac"  # the last committed state
        assert store.read(lambda conn: conn.execute("SELECT code FROM place").fetchone()[0]) == "FLO"
        assert recorded_dialogs.errors == []
    finally:
        writer.execute("ROLLBACK")
        writer.close()
