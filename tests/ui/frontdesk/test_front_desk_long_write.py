"""The front desk during another program's long write: the scan is answered at once, then joins the lists."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from .conftest import Desk


def test_a_scan_during_a_long_write_is_answered_then_listed_when_the_write_ends(desk: Desk) -> None:
    writer = sqlite3.connect(Path(desk.engine.url.database), isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # a 400k-row sync import holding the lock
    writer.execute("UPDATE place SET name = name")
    try:
        started = time.monotonic()
        desk.scan("Marie")
        assert time.monotonic() - started < 1.0
        assert desk.screen.feedback.headline.text() == "Hello Marie, have a good day"
        assert desk.screen.presence.rowCount() == 0  # not merged yet
    finally:
        writer.execute("COMMIT")
        writer.close()
    desk.qtbot.waitUntil(lambda: desk.screen.presence.rowCount() == 1)  # merged when the lock freed
