"""A scan while another connection writes 400,000 rows in one transaction (a sync import's shape).

The writer (a thread with its own sqlite3 connection, WAL + FULL like the app) takes the write lock with
BEGIN IMMEDIATE, inserts ``--rows`` rows into a scratch table and commits. Meanwhile the front desk
(``FrontDesk.scan``, the app's scan path) scans a member every 50 ms. Each scan's answer time is
recorded; after the writer commits, the journal is merged and every accepted scan is looked up in the
history. Baseline, same run: the same scans with no writer (the idle scan).

This simulates the import's lock, not the sync code itself (the real ``sync import`` holds the lock the
same way: one transaction). Target (issue 10): every scan answered within 1 s, none lost.

``--runner``: the write is a job of the window's one background runner (``ui/operations``: a ``Store``'s
runner, the job's unit of work through ``telecentre_desk.transactions`` on the app's engine), as the month's
run and the sync run in the window; the scans go on in the main thread meanwhile.

Run:  .venv/bin/python bench/scan_long_write.py [--rows 400000] [--runner]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from telecentre_desk.badges import service as badges
from telecentre_desk.common import clock
from telecentre_desk.db.migrate import open_database
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.desk.frontdesk import FrontDesk
from telecentre_desk.members import service as members
from telecentre_desk.places import service as places
from telecentre_desk.plans import service as plans

KEY = bytes(range(32))


def build(path: Path, count: int) -> list[str]:
    engine = open_database(path)
    with unit_of_work(engine) as session:
        places.init_place(session, code="FLO", name="Télécentre de Florac", opening_hours="mon-sun 00:00-23:59")
        plans.add_plan(session, code="MOIS", name="Résident mois", kind="monthly", price="180")
        added = [members.add_member(session, first_name=f"Membre{n}", last_name="Bench", plan_code="MOIS",
                                    start=dt.date(2026, 1, 1)) for n in range(count)]
        payloads = [badges.issue_badge(session, m.id, key=KEY).payload for m in added]
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE bench_import (uid TEXT, origin TEXT, payload TEXT)")
    return payloads


def writer(path: Path, rows: int, took: list[float], started: threading.Event) -> None:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    begin = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    started.set()
    batch = [(f"uid{n:08d}", "MAR", "x" * 80) for n in range(10_000)]
    for _ in range(rows // len(batch)):
        conn.executemany("INSERT INTO bench_import VALUES (?, ?, ?)", batch)
    conn.execute("COMMIT")
    took.append(time.perf_counter() - begin)
    conn.close()


def runner_writer(engine, rows: int, took: list[float], started: threading.Event,
                  done: threading.Event):
    """The same write as an Operation on a Store's runner; returns (the QCoreApplication, the store)."""
    from PySide6.QtCore import QCoreApplication

    from telecentre_desk import transactions
    from telecentre_desk.ui.operations import Operation
    from telecentre_desk.ui.store import Store

    app = QCoreApplication.instance() or QCoreApplication([])
    store = Store(engine)
    batch = [(f"uid{n:08d}", "MAR", "x" * 80) for n in range(10_000)]

    def write(conn: sqlite3.Connection) -> None:
        conn.execute("INSERT INTO bench_import VALUES ('first', 'MAR', '')")  # the write lock, from here
        started.set()
        for _ in range(rows // len(batch)):
            conn.executemany("INSERT INTO bench_import VALUES (?, ?, ?)", batch)

    def work(_ticket) -> None:
        begin = time.perf_counter()
        try:
            transactions.write_rows(engine, write)
        finally:
            took.append(time.perf_counter() - begin)
            done.set()

    assert store.runner.submit(Operation("sync", "bench", work)) is not None
    return app, store


def scans_while(desk: FrontDesk, payloads: list[str], at: dt.datetime, busy: threading.Event | None,
                start: int) -> tuple[list[float], int, int]:
    latencies, queued, n = [], 0, start
    while True:
        if busy is not None and busy.is_set():
            break
        if busy is None and n - start >= 40:
            break
        t0 = time.perf_counter()
        result = desk.scan(payloads[n % len(payloads)], at=at + dt.timedelta(seconds=n))
        latencies.append((time.perf_counter() - t0) * 1000)
        queued += result.queued
        n += 1
        time.sleep(0.05)
    return latencies, queued, n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=400_000)
    parser.add_argument("--members", type=int, default=300)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--runner", action="store_true", help="write as a job of the window's runner")
    args = parser.parse_args(argv)
    at = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)
    clock.set_clock(lambda: at)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "desk.sqlite"
        payloads = build(path, args.members)
        engine = open_database(path)
        desk = FrontDesk(engine)
        idle, _, n = scans_while(desk, payloads, at, None, 0)
        took: list[float] = []
        started, done = threading.Event(), threading.Event()
        if args.runner:
            app, store = runner_writer(engine, args.rows, took, started, done)
        else:
            thread = threading.Thread(target=lambda: (writer(path, args.rows, took, started), done.set()))
            thread.start()
        started.wait()
        during, queued, n2 = scans_while(desk, payloads, at, done, n)
        if args.runner:
            store.runner.wait()  # the job's end delivered on this (the UI) thread
            app.processEvents()
        else:
            thread.join()
        merged = desk.drain_queue()
        desk.close()
        with sqlite3.connect(path) as conn:
            recorded = conn.execute("SELECT count(*) FROM check_event").fetchone()[0]
        engine.dispose()
    out = {"rows": args.rows, "runner": args.runner, "write_s": round(took[0], 2), "scans_during": len(during),
           "queued": queued,
           "merged_after": merged, "events_recorded": recorded, "events_expected": n2,
           "during_ms": {"p50": round(statistics.median(during), 1), "max": round(max(during), 1)},
           "idle_ms": {"p50": round(statistics.median(idle), 2), "max": round(max(idle), 2)}}
    if args.json:
        print(json.dumps(out))
    else:
        how = "a job of the window's runner" if args.runner else "a thread"
        print(f"writer ({how}): {args.rows} rows in one transaction, {out['write_s']} s holding the lock")
        print(f"scans during the write: {len(during)}, answered in p50 {out['during_ms']['p50']} ms, "
              f"max {out['during_ms']['max']} ms (target < 1000); journalled {queued}, merged after {merged}")
        print(f"idle scans (baseline, same run): p50 {out['idle_ms']['p50']} ms, max {out['idle_ms']['max']} ms")
        print(f"history: {recorded} events for {n2} accepted scans")
    return 0 if recorded == n2 else 1


if __name__ == "__main__":
    sys.exit(main())
