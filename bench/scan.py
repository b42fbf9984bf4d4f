"""Scan to decision, end to end in the core, against the raw sqlite3 check-in of the limits, same run.

App side: ``FrontDesk.scan(payload)`` — parse, verify the badge's hash, decide (rules, plans), record
the event durably (WAL + synchronous FULL, our setting), return the ScanResult — on a database of 300
members holding the limits' 1,000,000 check-in events. Raw side: ``RawDesk.checkin`` of
``../shared/limits/bench/sqlite_checkin.py`` (BEGIN IMMEDIATE, last event, INSERT, COMMIT) on its own
copy of the same events, at WAL + FULL. Repeats are interleaved; each repeat is ``--n`` scans a side.

Targets (issue 3): app p99 <= 5 ms; app p50 <= 3x the raw p50 at the same synchronous level.

Run:  .venv/bin/python bench/scan.py [--n 1000] [--repeats 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

import benchkit as kit

from telecentre_desk.badges import service as badges
from telecentre_desk.common.ids import new_uid
from telecentre_desk.db.migrate import head_revision, open_database
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.desk.frontdesk import FrontDesk
from telecentre_desk.members import service as members
from telecentre_desk.occupancy import daily
from telecentre_desk.places import service as places
from telecentre_desk.plans import service as plans

KEY = bytes(range(32))
WARMUP = 50
# Bump when build_app_db changes what it writes: the cached database is rebuilt.
BUILD_VERSION = 3
TARGET_P50_RATIO = 3.0
TARGET_P99_MS = 5.0


def _baseline_modules(limits: str | None):
    script = kit.limits_script("sqlite_checkin.py", limits=limits)
    sys.path.insert(0, str(script.parent))
    return importlib.import_module("benchlib"), importlib.import_module("sqlite_checkin")


def build_app_db(bl, folder: Path) -> tuple[Path, list[str]]:
    """Our schema with the limits' 1M events and 300 badge holders (cached per schema revision)."""
    path = folder / f"app_{head_revision()}_v{BUILD_VERSION}.sqlite"
    payloads_file = path.with_suffix(".payloads")
    if path.exists() and payloads_file.exists():
        return path, payloads_file.read_text().split()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    kit.say(f"building the app database with {bl.N_EVENTS:,} events (once, cached in {folder})...")
    engine = open_database(path)
    with unit_of_work(engine) as session:
        places.init_place(session, code="FLO", name="Télécentre de Florac", opening_hours="mon-sun 00:00-24:00")
        plans.add_plan(session, code="MOIS", name="Résident mois", kind="monthly", price="180")
        for n in range(1, bl.MEMBERS + 1):
            members.add_member(session, first_name=f"Membre{n}", last_name="Bench", plan_code="MOIS",
                               start=dt.date(2015, 1, 1))
        payloads = [badges.issue_badge(session, str(n), key=KEY).payload for n in range(1, bl.MEMBERS + 1)]
    engine.dispose()
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("BEGIN")
    now = bl.ts_str(bl.NOW)
    con.executemany(
        "INSERT INTO check_event (uid, origin, created_at, updated_at, member_id, place_id, direction, ts, source)"
        " VALUES (?, 'FLO', ?, ?, ?, 1, ?, ?, 'scanner')",
        ((new_uid(), now, now, member, kind, ts) for member, _place, ts, kind in bl.checkin_events()))
    con.execute("COMMIT")
    con.execute("BEGIN")
    daily.rebuild(con, place_id=1, tz=ZoneInfo("Europe/Paris"))  # presence per day, as the scans keep it
    con.execute("COMMIT")
    con.execute("ANALYZE")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    payloads_file.write_text("\n".join(payloads))
    return path, payloads


def run_batch(scan_one, n: int, members_seq, clock) -> dict[str, float]:
    lat = []
    for _ in range(n):
        member = next(members_seq)
        t0 = time.perf_counter_ns()
        scan_one(member, clock.next())
        lat.append((time.perf_counter_ns() - t0) / 1000)
    lat.sort()
    return {"p50": lat[len(lat) // 2], "p99": lat[min(len(lat) - 1, int(len(lat) * 0.99))],
            "mean": statistics.fmean(lat)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="scans per repeat and side")
    parser.add_argument("--repeats", "--runs", type=int, default=5)
    parser.add_argument("--limits", metavar="DIR")
    parser.add_argument("--save", action="store_true")
    args = parser.parse_args(argv)
    bl, raw_mod = _baseline_modules(args.limits)
    work = Path(tempfile.gettempdir()) / "telecentre-desk-bench"
    work.mkdir(exist_ok=True)
    cached, payloads = build_app_db(bl, work)
    app_path = work / "scan_app.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{app_path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(cached, app_path)
    raw_path = bl.copy_db(bl.checkin_db(), work / "scan_raw.db")

    engine = open_database(app_path)
    desk = FrontDesk(engine)
    raw = raw_mod.RawDesk(raw_path, "WAL", "FULL")
    sides = {
        "app": (lambda m, t: desk.scan(payloads[m - 1], at=t), raw_mod.members(), raw_mod.Clock()),
        "raw": (lambda m, t: raw.checkin(m, t), raw_mod.members(), raw_mod.Clock()),
    }
    check = desk.scan(payloads[0], at=sides["app"][2].next())
    if not check.recorded:
        kit.say(f"the app refused the benchmark's badge: {check.to_json()}")
        return 1
    for fn, seq, clock in sides.values():
        run_batch(fn, WARMUP, seq, clock)
    reps: dict[str, list[dict[str, float]]] = {"app": [], "raw": []}
    for i in range(args.repeats):
        for side in (("app", "raw") if i % 2 == 0 else ("raw", "app")):
            fn, seq, clock = sides[side]
            reps[side].append(run_batch(fn, args.n, seq, clock))
    desk.close()
    engine.dispose()
    raw.close()
    for path in (app_path, raw_path):
        bl.remove_db(path)

    p50_ratios = [a["p50"] / r["p50"] for a, r in zip(reps["app"], reps["raw"], strict=True)]
    results = {side: {"p50_us": kit.summarize([r["p50"] for r in rs]),
                      "p99_us": kit.summarize([r["p99"] for r in rs]),
                      "scans_per_s": kit.summarize([1e6 / r["mean"] for r in rs], 0)} for side, rs in reps.items()}
    ratio = statistics.median(p50_ratios)
    app_p99_ms = results["app"]["p99_us"]["median"] / 1000
    results.update({"headline": "p50", "ratio": {"p50": round(ratio, 2)},
                    "paired_p50_ratio": kit.summarize(p50_ratios, 2), "target": TARGET_P50_RATIO,
                    "app_p99_ms": round(app_p99_ms, 3), "target_p99_ms": TARGET_P99_MS,
                    "within_target": ratio <= TARGET_P50_RATIO and app_p99_ms <= TARGET_P99_MS})
    kit.say(f"{'side':6} {'p50 us':>10} {'p99 us':>10} {'scans/s':>9}")
    for side in ("app", "raw"):
        r = results[side]
        kit.say(f"{side:6} {r['p50_us']['median']:>10} {r['p99_us']['median']:>10} {r['scans_per_s']['median']:>9}")
    kit.say(f"scan: app/raw p50 = {ratio:.2f} (target <= {TARGET_P50_RATIO}); app p99 = {app_p99_ms:.2f} ms "
            f"(target <= {TARGET_P99_MS})")
    kit.emit("scan", {"n": args.n, "repeats": args.repeats, "events": bl.N_EVENTS, "members": bl.MEMBERS,
                      "synchronous": "FULL", "journal": "WAL"}, results, save=args.save)
    return 0


if __name__ == "__main__":
    sys.exit(main())
