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

# The child scans and prints each answer the moment it has it, like the screen turning green, then
# waits for the parent's go before the next scan; the parent SIGKILLs it right after an answer.
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
    sys.stdin.readline()
"""


def test_accepted_scans_survive_sigkill(desk, db_path: Path) -> None:
    payload = desk.badge["Marie"]
    desk.front.close()
    desk.engine.dispose()
    shown: list[dict] = []
    start = "2026-11-26T09:00:00+01:00"
    for round_ in range(12):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(db_path), payload, start],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        lines = []
        for answer in range(round_ % 3 + 1):  # killed after its 1st, 2nd or 3rd answer
            if answer:
                child.stdin.write("go\n")
                child.stdin.flush()
            lines.append(child.stdout.readline())
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        child.stdin.close()
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
