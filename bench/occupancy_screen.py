"""The Occupancy screen opened on a year, and the live floor plan refresh, on 1,000,000 events; raw queries, same run.

App side, in a fresh child process per run (Qt, offscreen): the database is bench/scan.py's (our schema,
300 members, the limits' 1M events, presence per day rebuilt), copied once with 150 desks in five open
spaces and today's open visits seated at them; the clock is the data set's last instant.
  screen_first   import the screen's modules (QtCharts included), build it on a year (the year so far
                 at the data's end: 2025), show it and paint it: what the host waits for at the first click;
  screen_again   the same in the warm process (modules loaded): a second opening;
  floor_refresh  ``FloorPlanScreen.refresh_states()`` on 150 desks, what every scan runs: floor_state
                 through the Store (kept FloorDirectory) and the repaint of the desks that changed;
  floor_state    the core read alone.
Raw side, interleaved in the same child: the "who is in now" aggregate on the covering indexes of
``../shared/limits/bench/occupancy_query.py`` (its own copy of the same events).

Targets (issue 4): screen on a year <= 300 ms (first opening, median of the runs); floor refresh <= 2x raw.

Run:  .venv/bin/python bench/occupancy_screen.py [--runs 5] [--limits DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import benchkit as kit

NAME = "occupancy_screen"
TARGET_SCREEN_MS = 300.0
TARGET_FLOOR_RATIO = 2.0
ROOMS, DESKS_PER_ROOM = 5, 30
RESULT = "RESULT "
HERE = Path(__file__).resolve().parent


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="child processes (default 5)")
    parser.add_argument("--repeats", type=int, default=30, help="timed refreshes per side and round in a child")
    parser.add_argument("--limits", metavar="DIR", help=f"the shared limits folder (default: ${kit.LIMITS_ENV})")
    parser.add_argument("--timeout", type=float, default=180.0, help="seconds before a child is killed")
    parser.add_argument("--save", action="store_true", help="also append the JSON line to bench/out/")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--raw", help=argparse.SUPPRESS)
    return parser


def desks_db(app_db: Path, folder: Path, *, stamp: str, day_start: str) -> Path:
    """A copy of the app database with 150 desks and today's open visits seated (cached beside it)."""
    path = folder / f"{app_db.stem}_desks.sqlite"
    if path.exists():
        return path
    building = path.with_suffix(".building")
    shutil.copyfile(app_db, building)
    con = sqlite3.connect(building, isolation_level=None)
    con.execute("BEGIN")
    for room in range(ROOMS):
        con.execute("INSERT INTO space (uid, origin, created_at, updated_at, place_id, name, kind, capacity, "
                    "out_of_service) VALUES (?, 'FLO', ?, ?, 1, ?, 'open_space', ?, 0)",
                    (f"00000000-0000-4000-8000-{room:012d}", stamp, stamp, f"Salle {room + 1}", DESKS_PER_ROOM))
        space_id = con.execute("SELECT last_insert_rowid()").fetchone()[0]
        con.executemany("INSERT INTO desk (uid, origin, created_at, updated_at, space_id, name, out_of_service) "
                        "VALUES (?, 'FLO', ?, ?, ?, ?, 0)",
                        [(f"00000000-0000-4000-8001-{room:06d}{desk:06d}", stamp, stamp, space_id,
                          f"D{room + 1}-{desk + 1:02d}") for desk in range(DESKS_PER_ROOM)])
    open_visits = con.execute("SELECT member_id, MAX(ts), direction FROM check_event WHERE place_id = 1 AND ts >= ? "
                              "GROUP BY member_id HAVING direction = 'in'", (day_start,)).fetchall()
    desks = [row[0] for row in con.execute("SELECT id FROM desk ORDER BY id")]
    con.executemany("UPDATE check_event SET desk_id = ? WHERE member_id = ? AND ts = ?",
                    [(desk, member, ts) for (member, ts, _d), desk in zip(open_visits, desks, strict=False)])
    con.execute("COMMIT")
    con.execute("ANALYZE")
    con.close()
    building.rename(path)
    return path


def _timed(fn: Callable[[], object], repeats: int) -> list[float]:
    out = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def child_main(args: argparse.Namespace) -> int:
    """The Qt side: one fresh process, as a host's window is."""
    import datetime as dt

    import scan as scan_bench

    bl, _ = scan_bench._baseline_modules(args.limits)
    import occupancy_query as raw_mod

    from telecentre_desk.common import clock

    clock.set_clock(lambda: bl.NOW.replace(tzinfo=dt.UTC))
    t_start = time.perf_counter()
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    import telecentre_desk.ui  # noqa: F401 - PySide6 6.12 work-arounds, as the app applies them
    from telecentre_desk.db import quick
    from telecentre_desk.ui.store import Store

    app = QApplication([])
    db = Path(args.db)
    store = Store(db_path=db, read_connection=quick.read_connection(db))
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "bench.ini"), QSettings.Format.IniFormat)
    settings.setValue("occupancy/period_kind", "year")
    qt_ready_ms = (time.perf_counter() - t_start) * 1000

    def open_screen() -> Any:
        from telecentre_desk.ui.occupancy.screen import OccupancyScreen

        screen = OccupancyScreen(store, settings_store=settings)
        screen.resize(1200, 740)
        screen.show()
        app.processEvents()
        screen.repaint()  # the first paint, synchronous
        return screen

    t0 = time.perf_counter()
    screen = open_screen()
    first = (time.perf_counter() - t0) * 1000
    report = screen.report
    again = []
    for _ in range(5):
        screen.close()
        screen.deleteLater()
        app.processEvents()
        t0 = time.perf_counter()
        screen = open_screen()
        again.append((time.perf_counter() - t0) * 1000)

    from telecentre_desk.spaces.state import FloorDirectory, floor_state
    from telecentre_desk.ui.floorplan.screen import FloorPlanScreen

    floor = FloorPlanScreen(store)
    floor.resize(1200, 740)
    floor.show()
    app.processEvents()
    raw = sqlite3.connect(f"file:{args.raw}?mode=ro", uri=True)
    sql, params = raw_mod.QUERIES["who_is_in_now"]["aggregate"], raw_mod.params("who_is_in_now")
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    directory = FloorDirectory(conn)
    sides: dict[str, Callable[[], object]] = {
        "floor_refresh": floor.refresh_states,
        "floor_state": lambda: floor_state(conn, directory=directory),
        "raw_who_is_in": lambda: raw.execute(sql, params).fetchall(),
    }
    samples: dict[str, list[float]] = {name: [] for name in sides}
    for fn in sides.values():
        fn()  # warm the page cache, as the raw script's first run does
    for round_ in range(3):
        order = list(sides.items()) if round_ % 2 == 0 else list(reversed(sides.items()))
        for name, fn in order:
            samples[name] += _timed(fn, args.repeats)
    occupied = sum(1 for d in floor.scene.desks.values() if d.state.value == "occupied")
    print(RESULT + json.dumps({
        "qt_ready_ms": qt_ready_ms, "screen_first_ms": first, "screen_again_ms": statistics.median(again),
        **{f"{name}_ms": statistics.median(values) for name, values in samples.items()},
        "year": [report.start.isoformat(), report.end.isoformat()] if report else None,
        "year_visits": report.totals.visits if report else 0, "desks": len(floor.scene.desks),
        "occupied": occupied}), flush=True)
    return 0


def parse_child(stdout: str) -> dict[str, Any]:
    for line in stdout.splitlines():
        if line.startswith(RESULT):
            return json.loads(line[len(RESULT):])
    raise kit.BenchError("the child printed no RESULT line")


def summarize_results(runs: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Medians over the runs, the floor's ratio to the raw query, and the verdicts."""
    measures = ("screen_first_ms", "screen_again_ms", "floor_refresh_ms", "floor_state_ms", "raw_who_is_in_ms")
    results: dict[str, Any] = {m: kit.summarize([r[m] for r in runs], 2) for m in measures}
    screen = results["screen_first_ms"]["median"]
    ratio = kit.ratio(results["floor_refresh_ms"]["median"], results["raw_who_is_in_ms"]["median"])
    state_ratio = kit.ratio(results["floor_state_ms"]["median"], results["raw_who_is_in_ms"]["median"])
    results.update({
        "headline": "floor_refresh", "ratio": {"floor_refresh": ratio, "floor_state": state_ratio},
        "target": TARGET_FLOOR_RATIO, "target_screen_ms": TARGET_SCREEN_MS,
        "screen_within_target": screen <= TARGET_SCREEN_MS,
        "floor_within_target": ratio is not None and ratio <= TARGET_FLOOR_RATIO,
        "checks": {k: runs[0][k] for k in ("year", "year_visits", "desks", "occupied")},
    })
    results["within_target"] = results["screen_within_target"] and results["floor_within_target"]
    return results


def human_summary(results: Mapping[str, Any]) -> str:
    lines = [f"{'measure':18} {'median ms':>10} {'min':>8} {'max':>8}"]
    for key in ("screen_first_ms", "screen_again_ms", "floor_refresh_ms", "floor_state_ms", "raw_who_is_in_ms"):
        r = results[key]
        lines.append(f"{key[:-3]:18} {r['median']:>10} {r['min']:>8} {r['max']:>8}")
    lines.append(f"screen on a year: {results['screen_first_ms']['median']} ms (target <= {TARGET_SCREEN_MS:g}: "
                 f"{'ok' if results['screen_within_target'] else 'ABOVE'}); floor refresh / raw who-is-in = "
                 f"{results['ratio']['floor_refresh']} (target <= {TARGET_FLOOR_RATIO}: "
                 f"{'ok' if results['floor_within_target'] else 'ABOVE'}); floor_state alone / raw = "
                 f"{results['ratio']['floor_state']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.child:
        return child_main(args)
    if args.runs < 1 or args.repeats < 1:
        kit.say("--runs and --repeats must be at least 1")
        return 2
    import scan as scan_bench  # the app's core (no Qt): builds the cached database

    bl, _ = scan_bench._baseline_modules(args.limits)
    import occupancy_query as raw_mod

    work = Path(tempfile.gettempdir()) / "telecentre-desk-bench"
    work.mkdir(exist_ok=True)
    app_db, _payloads = scan_bench.build_app_db(bl, work)
    stamp = bl.ts_str(bl.NOW)
    import datetime as dt

    # The last day's local midnight in UTC (Paris is UTC+1 in December): who is in "today" sits at a desk.
    db = desks_db(app_db, work, stamp=stamp, day_start=f"{bl.LAST_DAY - dt.timedelta(days=1)} 23:00:00")
    raw_db = raw_mod.prepare("covering")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    cmd = [sys.executable, str(HERE / "occupancy_screen.py"), "--child", "--db", str(db), "--raw", str(raw_db),
           "--repeats", str(args.repeats)] + (["--limits", args.limits] if args.limits else [])
    runs = []
    for number in range(args.runs):
        run = kit.run_child(cmd, env=env, timeout=args.timeout)
        if run.returncode != 0 or run.timed_out:
            kit.say(f"run {number + 1}: exit code {run.returncode}{', timed out' if run.timed_out else ''}\n"
                    f"{run.tail()}")
            kit.emit(NAME, {"runs": args.runs}, {"app": {"error": run.tail() or "the child failed"}}, save=args.save)
            return 1
        runs.append(parse_child(run.stdout))
    results = summarize_results(runs)
    kit.say(human_summary(results))
    kit.emit(NAME, {"runs": args.runs, "repeats": args.repeats, "events": bl.N_EVENTS,
                    "desks": ROOMS * DESKS_PER_ROOM, "platform": env["QT_QPA_PLATFORM"]}, results, save=args.save)
    return 0


if __name__ == "__main__":
    sys.exit(main())
