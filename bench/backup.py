"""Backup of a ten-year place into the host's folder, against a raw sqlite3 backup API copy, same run.

App side: ``backup.service.backup_now(db, keys, to=FOLDER)``: the online backup API copy into a temp name, the
backup's own table (what it holds, the sealed key file), ``PRAGMA integrity_check``, fsync, rename, rotation.
Raw side: ``sqlite3.connect(db).backup(sqlite3.connect(copy))``, the bare copy of the same file into the same
folder. Data: the ``demo`` command's place over ten years (``--members 60 --months 120``: about 30 MB), built
once and cached in the temp folder. Sides alternate from one repeat to the next.

Target (issue 13): app <= 2.0x raw (median of the paired ratios). The parts of the app's backup are timed too
(the service's own steps: the copy, the full integrity check on the connection that wrote it, the one fsync), with
``PRAGMA quick_check`` for reference (never used: it skips the index checks); ``floor`` is (copy + check) / raw,
what no backup that runs the full check can go under.

Run:  .venv/bin/python bench/backup.py [--repeats 5] [--members 60] [--months 120]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import benchkit as kit

NAME = "backup"
TARGET = 2.0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", "--runs", type=int, default=5)
    parser.add_argument("--members", type=int, default=60)
    parser.add_argument("--months", type=int, default=120)
    parser.add_argument("--limits", metavar="DIR", help="accepted for run_all.py; the baseline is inline here")
    parser.add_argument("--save", action="store_true")
    return parser


def demo_db(members: int, months: int) -> Path:
    path = Path(tempfile.gettempdir()) / "telecentre-desk-bench" / f"backup_demo_{members}_{months}.sqlite"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        building = path.with_name(path.name + ".building")
        building.unlink(missing_ok=True)
        kit.say(f"building a demo place ({members} members, {months} months), once...")
        subprocess.run([sys.executable, "-m", "telecentre_desk", "--db", str(building), "demo", "--members",
                        str(members), "--months", str(months)], check=True, stdout=subprocess.DEVNULL)
        with sqlite3.connect(building) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        building.rename(path)
    return path


def raw_copy(db: Path, folder: Path) -> float:
    target = folder / "raw-copy.sqlite"
    target.unlink(missing_ok=True)
    start = time.perf_counter()
    source, copy = sqlite3.connect(db), sqlite3.connect(target)
    source.backup(copy)
    copy.close()
    source.close()
    return time.perf_counter() - start


def app_backup(db: Path, keys: dict[str, Path], folder: Path) -> float:
    from telecentre_desk.backup import service

    start = time.perf_counter()
    service.backup_now(db, keys, to=folder)
    return time.perf_counter() - start


def phases(db: Path, folder: Path, repeats: int) -> dict[str, float]:
    """Medians of the service's steps, each on a fresh copy into the same folder."""
    from telecentre_desk.backup import service

    times: dict[str, list[float]] = {"copy": [], "check": [], "fsync": [], "quick_check": []}
    target = folder / "phases.sqlite"
    for _ in range(repeats):
        target.unlink(missing_ok=True)
        start = time.perf_counter()
        copy = service.copy_database(db, target)
        times["copy"].append(time.perf_counter() - start)
        try:
            start = time.perf_counter()
            verdict = service.check(copy)
            times["check"].append(time.perf_counter() - start)
            start = time.perf_counter()
            copy.execute("PRAGMA quick_check").fetchone()
            times["quick_check"].append(time.perf_counter() - start)
        finally:
            copy.close()
        assert verdict == "ok", verdict
        start = time.perf_counter()
        service.sync_file(target)
        times["fsync"].append(time.perf_counter() - start)
    target.unlink(missing_ok=True)
    return {name: round(statistics.median(values), 4) for name, values in times.items()}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.repeats < 1 or args.members < 1 or args.months < 1:
        kit.say("--repeats, --members and --months must be at least 1")
        return 2
    source = demo_db(args.members, args.months)
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        db = work / "desk.sqlite"
        shutil.copyfile(source, db)
        (work / "desk.sqlite.badge-key").write_text("00" * 32)
        keys = {"badge-key": work / "desk.sqlite.badge-key"}
        folder = work / "stick"
        folder.mkdir()
        raw_copy(db, folder)  # warm the page cache for both sides
        samples: dict[str, list[float]] = {"app": [], "raw": []}
        for repeat in range(args.repeats):
            order = ("app", "raw") if repeat % 2 == 0 else ("raw", "app")
            for side in order:
                samples[side].append(app_backup(db, keys, folder) if side == "app" else raw_copy(db, folder))
        parts = phases(db, folder, args.repeats)
        size_mb = db.stat().st_size / 2**20
    paired = [a / r for a, r in zip(samples["app"], samples["raw"], strict=True)]
    ratio = round(statistics.median(paired), 2)
    results = {"app_s": kit.summarize(samples["app"], 3), "raw_s": kit.summarize(samples["raw"], 3),
               "ratio": {"backup": ratio}, "paired_ratio": kit.summarize(paired, 2), "db_mb": round(size_mb, 1),
               "headline": "backup", "target": TARGET, "within_target": ratio <= TARGET}
    app_s, raw_s = results["app_s"]["median"], results["raw_s"]["median"]
    results["parts_s"] = parts
    results["floor"] = round((parts["copy"] + parts["check"]) / raw_s, 2)
    kit.say("parts: " + ", ".join(f"{name} {value:.3f} s" for name, value in parts.items())
            + f"; (copy + check) / raw = {results['floor']}")
    verdict = "" if ratio <= TARGET else " ABOVE TARGET"
    kit.say(f"backup of {size_mb:.1f} MB: app {app_s:.3f} s, raw {raw_s:.3f} s, app/raw {ratio} (<= {TARGET}){verdict}")
    kit.emit(NAME, {"repeats": args.repeats, "members": args.members, "months": args.months}, results,
             save=args.save)
    return 0


if __name__ == "__main__":
    sys.exit(main())
