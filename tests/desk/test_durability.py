"""A scan shown as accepted survives the process being killed right after it was shown."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlmodel import select

from telecentre_desk.db.migrate import open_database
from telecentre_desk.db.models import CheckEvent
from telecentre_desk.db.uow import unit_of_work

# The child scans in a loop and prints each answer the moment it has it, like the screen turning
# green; the parent kills it with SIGKILL as soon as it reads one answer.
CHILD = """
import json, sys, datetime as dt
from telecentre_desk.db.migrate import open_database
from telecentre_desk.desk.frontdesk import FrontDesk
desk = FrontDesk(open_database(sys.argv[1]))
at = dt.datetime.fromisoformat(sys.argv[3])
for i in range(10_000):
    result = desk.scan(sys.argv[2], at=at + dt.timedelta(minutes=5 * i))
    print(json.dumps({"decision": result.decision.value, "at": result.at.isoformat(),
                      "recorded": result.recorded}), flush=True)
"""


def test_accepted_scans_survive_sigkill(desk, db_path: Path) -> None:
    payload = desk.badge["Marie"]
    desk.front.close()
    desk.engine.dispose()
    shown: list[dict] = []
    start = "2026-11-26T09:00:00+01:00"
    for round_ in range(12):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(db_path), payload, start],
                                 stdout=subprocess.PIPE, text=True)
        lines = [child.stdout.readline() for _ in range(round_ % 3 + 1)]  # kill after 1, 2 or 3 answers
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
        answers = [json.loads(line) for line in lines]
        assert all(a["recorded"] for a in answers)
        shown += answers
        # The next round continues after the last time shown.
        start = (dt.datetime.fromisoformat(answers[-1]["at"]) + dt.timedelta(minutes=5)).isoformat()
    engine = open_database(db_path)
    with unit_of_work(engine) as session:
        stored = {(e.direction, e.ts) for e in session.exec(select(CheckEvent)).all()}
    engine.dispose()
    assert {(a["decision"], dt.datetime.fromisoformat(a["at"]).astimezone(dt.UTC)) for a in shown} <= stored
    assert len(shown) == sum(r % 3 + 1 for r in range(12))
