"""A scan while another program holds the write lock (a sync import, a month run): answered within a second,
journalled durably, merged when the lock frees; killed right after the answer, merged at the next start."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from telecentre_desk.desk.frontdesk import FrontDesk
from telecentre_desk.desk.result import Decision
from telecentre_desk.desk.scan_queue import ScanJournal

from .conftest import Desk, local

MORNING = local(2026, 11, 26, 9, 30)


def db_file(desk: Desk) -> Path:
    return Path(desk.engine.url.database)


@pytest.fixture
def long_write(desk: Desk) -> Iterator[sqlite3.Connection]:
    """Another program in the middle of a long write: it holds SQLite's write lock until released."""
    writer = sqlite3.connect(db_file(desk), isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE place SET name = name")
    yield writer
    if writer.in_transaction:
        writer.execute("COMMIT")
    writer.close()


def history(desk: Desk) -> list[tuple[str, str]]:
    with sqlite3.connect(db_file(desk)) as conn:
        return conn.execute("SELECT m.first_name, e.direction FROM check_event e JOIN member m ON m.id = e.member_id "
                            "ORDER BY e.ts").fetchall()


def test_a_scan_during_a_long_write_is_answered_within_a_second_and_merged_after(
        desk: Desk, long_write: sqlite3.Connection) -> None:
    started = time.monotonic()
    result = desk.scan("Marie", MORNING)
    assert time.monotonic() - started < 1.0
    assert (result.decision, result.first_name, result.queued) == (Decision.IN, "Marie", True)
    assert ScanJournal.beside(db_file(desk)).entries()[0].member_id == result.member_id
    assert desk.front.drain_queue() == 0  # still locked: nothing merged, nothing lost
    long_write.execute("COMMIT")
    assert desk.front.drain_queue() == 1
    assert history(desk) == [("Marie", "in")]
    assert not ScanJournal.beside(db_file(desk)).path.exists()


def test_scans_journalled_in_a_row_answer_as_if_recorded(desk: Desk, long_write: sqlite3.Connection) -> None:
    assert desk.scan("Marie", MORNING).decision == Decision.IN
    again = desk.scan("Marie", local(2026, 11, 26, 9, 31))  # a double read, inside the repeat window
    assert again.repeat and again.decision == Decision.IN
    leaving = desk.scan("Marie", local(2026, 11, 26, 12, 0))
    assert (leaving.decision, leaving.queued) == (Decision.OUT, True)
    refused = desk.scan("Jean", MORNING)  # no plan: refused, nothing to journal
    assert refused.decision == Decision.DENIED
    assert desk.front.queued == 2
    long_write.execute("COMMIT")
    assert desk.scan("Chloé", local(2026, 11, 26, 12, 5)).decision == Decision.IN  # merges the two first
    assert history(desk) == [("Marie", "in"), ("Marie", "out"), ("Chloé", "in")]


def test_a_torn_last_line_is_skipped(desk: Desk, long_write: sqlite3.Connection) -> None:
    desk.scan("Marie", MORNING)
    journal = ScanJournal.beside(db_file(desk))
    with journal.path.open("a", encoding="utf-8") as fh:
        fh.write('{"text": "TD1:FL')  # killed while writing: that scan was never answered
    long_write.execute("COMMIT")
    desk.front.close()
    again = FrontDesk(desk.engine)  # the next start merges the journal
    again.close()
    assert history(desk) == [("Marie", "in")]


CHILD = """
import datetime as dt, json, sys, time
from telecentre_desk.common import clock
from telecentre_desk.db.engine import make_engine
from telecentre_desk.desk.frontdesk import FrontDesk
at = dt.datetime.fromisoformat(sys.argv[2])
clock.set_clock(lambda: at)
desk = FrontDesk(make_engine(sys.argv[1]))
started = time.monotonic()
result = desk.scan(sys.argv[3], at=at)
print(json.dumps({"decision": result.decision.value, "queued": result.queued,
                  "seconds": time.monotonic() - started}), flush=True)
time.sleep(600)  # killed by the test before it could do anything else
"""


def test_killed_right_after_the_answer_the_scan_is_in_the_history_after_a_restart(
        desk: Desk, long_write: sqlite3.Connection, tmp_path: Path) -> None:
    desk.front.close()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(db_file(desk)), MORNING.isoformat(),
                              desk.badge["Marie"]], stdout=subprocess.PIPE, text=True, env=env)
    try:
        answer = json.loads(child.stdout.readline())
    finally:
        child.send_signal(signal.SIGKILL)  # kill -9 right after the answer
        child.wait()
        child.stdout.close()
    assert answer["decision"] == "in" and answer["queued"]
    assert answer["seconds"] < 1.0
    long_write.execute("COMMIT")  # the long write ends; the app starts again
    restarted = FrontDesk(desk.engine)
    restarted.close()
    assert history(desk) == [("Marie", "in")]
