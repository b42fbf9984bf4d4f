"""Occupancy reads on 1,000,000 check-ins, against the raw covering-index queries of the limits, same run.

App side (our schema, the limits' events, presence per day rebuilt as the scans keep it):
- who is in now: ``FrontDesk.who_is_in`` at the data set's last instant;
- a month's statistics (November of the last year) and a year's (the year before it):
  ``occupancy.stats.occupancy_report`` — every indicator, by category, with the peak-hour grid.
Raw side: ``../shared/limits/bench/occupancy_query.py``'s aggregate form with the covering indexes
(who_is_in_now, month_daily_rate, year_member_totals). Repeats are interleaved.

Targets (issue 4): who is in <= 2x raw; month <= 50 ms and <= 2x raw; year <= 200 ms and <= 2x raw.

Run:  .venv/bin/python bench/occupancy.py [--repeats 15]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

import benchkit as kit
import scan as scan_bench

from telecentre_desk.db.migrate import open_database
from telecentre_desk.desk.frontdesk import FrontDesk
from telecentre_desk.occupancy.stats import occupancy_report

TARGETS = {"who_is_in": (2.0, None), "month": (2.0, 50.0), "year": (2.0, 200.0)}


def _time(fn, repeats: int) -> list[float]:
    fn()  # the first run warms SQLite's page cache; reported runs are warm, as in the baseline
    out = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", "--runs", type=int, default=15)
    parser.add_argument("--limits", metavar="DIR")
    parser.add_argument("--save", action="store_true")
    args = parser.parse_args(argv)
    bl, _ = scan_bench._baseline_modules(args.limits)
    import occupancy_query as raw_mod

    work = Path(tempfile.gettempdir()) / "telecentre-desk-bench"
    work.mkdir(exist_ok=True)
    app_db, _payloads = scan_bench.build_app_db(bl, work)
    raw = sqlite3.connect(f"file:{raw_mod.prepare('covering')}?mode=ro", uri=True)
    app = sqlite3.connect(f"file:{app_db}?mode=ro", uri=True)
    engine = open_database(app_db)
    desk = FrontDesk(engine)
    now = bl.NOW.replace(tzinfo=dt.UTC)
    last = bl.LAST_DAY
    month = (dt.date(last.year, 11, 1), dt.date(last.year, 11, 30))
    year = (dt.date(last.year - 1, 1, 1), dt.date(last.year - 1, 12, 31))

    def raw_query(name: str):
        sql, params = raw_mod.QUERIES[name]["aggregate"], raw_mod.params(name)
        return lambda: raw.execute(sql, params).fetchall()

    pairs = {
        "who_is_in": (lambda: desk.who_is_in(now=now), raw_query("who_is_in_now")),
        "month": (lambda: occupancy_report(app, start=month[0], end=month[1]), raw_query("month_daily_rate")),
        "year": (lambda: occupancy_report(app, start=year[0], end=year[1]), raw_query("year_member_totals")),
    }
    samples: dict[str, dict[str, list[float]]] = {k: {"app": [], "raw": []} for k in pairs}
    for round_ in range(3):  # interleaved rounds, each side in turn
        for name, (app_fn, raw_fn) in pairs.items():
            order = (("app", app_fn), ("raw", raw_fn)) if round_ % 2 == 0 else (("raw", raw_fn), ("app", app_fn))
            for side, fn in order:
                samples[name][side] += _time(fn, max(1, args.repeats // 3))
    people = len(desk.who_is_in(now=now))
    desk.close()
    engine.dispose()
    results: dict = {"ratio": {}, "checks": {"present_now": people}}
    within = True
    kit.say(f"{'measure':10} {'app ms':>9} {'raw ms':>9} {'ratio':>6}  target")
    for name, sides in samples.items():
        app_ms, raw_ms = statistics.median(sides["app"]), statistics.median(sides["raw"])
        ratio = round(app_ms / raw_ms, 2)
        max_ratio, max_ms = TARGETS[name]
        ok = ratio <= max_ratio and (max_ms is None or app_ms <= max_ms)
        within &= ok
        results[name] = {"app_ms": kit.summarize(sides["app"], 2), "raw_ms": kit.summarize(sides["raw"], 2)}
        results["ratio"][name] = ratio
        target = f"<= {max_ratio}x" + (f" and <= {max_ms:g} ms" if max_ms else "")
        kit.say(f"{name:10} {app_ms:>9.2f} {raw_ms:>9.2f} {ratio:>6}  {target} {'ok' if ok else 'ABOVE'}")
    results.update({"headline": "year", "target": TARGETS["year"][0], "within_target": within})
    kit.emit("occupancy", {"repeats": args.repeats, "events": bl.N_EVENTS, "month": [d.isoformat() for d in month],
                           "year": [d.isoformat() for d in year]}, results, save=args.save)
    return 0


if __name__ == "__main__":
    sys.exit(main())
