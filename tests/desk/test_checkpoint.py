"""WAL checkpoints run on their own thread, never inside a scan's commit (the p99 of Enter-to-answer)."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from telecentre_desk.desk import checkpoint
from telecentre_desk.desk.checkpoint import WalCheckpointer
from tests.desk.conftest import Desk, local


def _wal_database(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    connection.execute("CREATE TABLE t (x TEXT)")
    return connection


def _wait(predicate, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_the_desks_scan_connection_never_checkpoints_in_a_commit(desk: Desk) -> None:
    raw = desk.front._raw
    assert raw.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
    result = desk.scan("Marie", local(2026, 11, 26, 9))
    assert result.recorded


def test_a_checkpoint_follows_every_nth_recorded_scan_on_its_thread(desk: Desk, db_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    checkpointer = desk.front._checkpointer
    assert checkpointer is not None
    ran: list[str] = []
    monkeypatch.setattr(checkpointer, "checkpoint", lambda: ran.append(threading.current_thread().name))
    at = local(2026, 11, 26, 9)
    for i in range(checkpoint.EVERY_SCANS - 1):
        assert desk.scan("Marie", at + i * dt.timedelta(minutes=5)).recorded
    time.sleep(0.05)
    assert ran == []  # not yet
    desk.scan("Marie", at + checkpoint.EVERY_SCANS * dt.timedelta(minutes=5))
    _wait(lambda: ran == ["wal-checkpoint"])  # on its own thread, not the scan's


def test_a_refused_scan_counts_for_nothing(desk: Desk) -> None:
    checkpointer = desk.front._checkpointer
    assert checkpointer is not None
    for _ in range(checkpoint.EVERY_SCANS + 1):
        assert not desk.front.scan("not a badge", at=local(2026, 11, 26, 9)).recorded
    assert checkpointer._thread is None  # never woken


def test_the_checkpoint_copies_the_wal_into_the_database(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    writer = _wal_database(path)
    before = path.stat().st_size
    checkpointer = WalCheckpointer(path, every=2)
    try:
        for i in range(2):
            writer.execute("INSERT INTO t VALUES (?)", ("x" * 3000 + str(i),))
            checkpointer.note_commit()
        _wait(lambda: checkpointer.done == 1)
        assert path.stat().st_size > before  # the pages are in the database file now
        busy, log, done = writer.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        assert (busy, log) == (0, done)  # nothing left behind
    finally:
        checkpointer.close()
        writer.close()
    assert checkpointer._thread is not None and not checkpointer._thread.is_alive()


def test_a_database_moved_away_is_not_recreated_and_the_failure_is_logged(tmp_path: Path,
                                                                          caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "gone.sqlite"
    checkpointer = WalCheckpointer(path)
    with caplog.at_level(logging.WARNING, logger="telecentre_desk.desk.checkpoint"):
        assert checkpointer.checkpoint() is False
    assert not path.exists()
    assert "WAL checkpoint skipped" in caplog.text
    checkpointer.close()  # never started: nothing to join


def test_after_close_requests_start_nothing(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    _wal_database(path).close()
    checkpointer = WalCheckpointer(path, every=1)
    checkpointer.close()
    checkpointer.note_commit()
    assert checkpointer._thread is None


# As tests/desk/test_durability.py's child, with a checkpoint after every scan: kill -9 may land mid-checkpoint.
CHILD = """
import json, sys, datetime as dt
from telecentre_desk.desk import checkpoint
checkpoint.EVERY_SCANS = 1
from telecentre_desk.db.migrate import open_database
from telecentre_desk.desk.frontdesk import FrontDesk
desk = FrontDesk(open_database(sys.argv[1]))
at = dt.datetime.fromisoformat(sys.argv[3])
for i in range(10_000):
    result = desk.scan(sys.argv[2], at=at + dt.timedelta(minutes=5 * i))
    print(json.dumps({"decision": result.decision.value, "at": result.at.isoformat(),
                      "recorded": result.recorded, "checkpoints": desk._checkpointer.done}), flush=True)
"""


def test_accepted_scans_survive_sigkill_during_checkpoints(desk: Desk, db_path: Path) -> None:
    payload = desk.badge["Marie"]
    desk.front.close()
    desk.engine.dispose()
    shown: list[dict] = []
    for round_ in range(6):
        # Scans as fast as it can, each followed by a checkpoint on the thread; killed after some answers. It runs
        # ahead of what was read (scans recorded, not yet shown): each round starts on the next day.
        start = f"2026-11-{23 + round_:02d}T08:30:00+01:00"
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(db_path), payload, start],
                                 stdout=subprocess.PIPE, text=True)
        lines = [child.stdout.readline() for _ in range(5 + 3 * round_)]
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
        answers = [json.loads(line) for line in lines]
        assert all(a["recorded"] for a in answers), answers
        shown += answers
    assert sum(a["checkpoints"] for a in shown) > 0  # the thread was at work while the process was killed
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = {(direction, ts) for direction, ts in connection.execute("SELECT direction, ts FROM check_event")}
    wanted = {(a["decision"], dt.datetime.fromisoformat(a["at"]).astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S"))
              for a in shown}
    assert len(wanted) == len(shown)
    assert wanted <= {(d, ts[:19]) for d, ts in stored}
