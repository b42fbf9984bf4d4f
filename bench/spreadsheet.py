"""Spreadsheet CSV for people, against the raw csv module of the limits, same run; and the member import's pace.

- read: ``common.spreadsheet.read_sheet`` (BOM/UTF-8/cp1252 decoding, separator and header found among
  known names, blank rows skipped, every cell trimmed and unwrapped, each row's line number) against
  ``../shared/limits/bench/csv_sync.py``'s ``read_csv`` (csv.reader, ``;``, UTF-8 with BOM) on the same
  100,000-row file;
- write: ``common.spreadsheet.write_sheet`` (each value formatted and formula-protected, written whole
  then renamed) against ``csv_sync.write_csv`` of the same rows;
- member import (no raw baseline: measured alone): a 2,000-member French Excel file checked, then
  written in one transaction into an empty place, members per second.

Repeats are interleaved. Our own target: read and write <= 3x raw (people's files are small; this
bounds the cost of the leniency).

Run:  .venv/bin/python bench/spreadsheet.py [--repeats 5] [--rows 100000] [--members 2000]
"""

from __future__ import annotations

import argparse
import importlib
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import benchkit as kit

TARGET = 3.0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", "--runs", type=int, default=5)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--members", type=int, default=2_000)
    parser.add_argument("--limits", metavar="DIR")
    parser.add_argument("--save", action="store_true")
    return parser


def sync_rows(count: int) -> list[tuple]:
    """Rows shaped as the baseline's (uid;member_id;place_id;ts;kind;updated_at), made up, deterministic."""
    rng = random.Random(7)
    rows = []
    for i in range(count):
        ts = f"2026-{1 + i % 12:02d}-{1 + i % 28:02d} {8 + i % 10:02d}:{i % 60:02d}:00.000000"
        rows.append((str(uuid.UUID(int=rng.getrandbits(128), version=4)), rng.randrange(1, 301), 1, ts,
                     "in" if i % 2 == 0 else "out", ts))
    return rows


def member_file(path: Path, count: int) -> Path:
    categories = ("Indépendant", "Demandeur d'emploi", "Salariée", "Étudiant", "Association")
    lines = ["Adhérents;;;;;;", "Nom;Prénom;Courriel;Téléphone;Catégorie;Ville;Date d'adhésion"]
    lines += [f"Nom{i};Prénom{i};membre{i}@example.fr;06 12 34 {i % 100:02d} {i // 100 % 100:02d};"
              f"{categories[i % len(categories)]};Florac;{1 + i % 28:02d}/{1 + i % 12:02d}/2025" for i in range(count)]
    path.write_bytes("\r\n".join(lines).encode("cp1252") + b"\r\n")
    return path


def _timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def measure_import(folder: Path, count: int) -> dict:
    from telecentre_desk.db.migrate import open_database
    from telecentre_desk.db.uow import dbapi, unit_of_work
    from telecentre_desk.members.import_mapping import guess_mapping
    from telecentre_desk.members.spreadsheet_import import check_sheet, import_members, read_member_sheet
    from telecentre_desk.places import service as places

    engine = open_database(folder / "import.sqlite")
    with unit_of_work(engine) as session:
        places.init_place(session, code="FLO", name="Florac")
    path = member_file(folder / "membres.csv", count)
    t0 = time.perf_counter()
    sheet = read_member_sheet(path)
    mapping = guess_mapping(sheet.header)
    read_ms = (time.perf_counter() - t0) * 1000
    with unit_of_work(engine) as session:
        check_ms = _timed(lambda: check_sheet(dbapi(session), sheet, mapping))
    t0 = time.perf_counter()
    with unit_of_work(engine) as session:
        plan = import_members(session, sheet, mapping)
    write_ms = (time.perf_counter() - t0) * 1000
    engine.dispose()
    if plan.errors or not plan.written:
        raise kit.BenchError(f"the member import refused the bench file: {plan.errors[:3]}")
    return {"members": count, "read_ms": round(read_ms, 1), "check_ms": round(check_ms, 1),
            "import_ms": round(write_ms, 1), "members_per_s": round(count / (write_ms / 1000))}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.repeats < 1 or args.rows < 1:
        kit.say("--repeats and --rows must be at least 1")
        return 2
    script = kit.limits_script("csv_sync.py", limits=args.limits)
    sys.path.insert(0, str(script.parent))
    raw = importlib.import_module("csv_sync")
    from telecentre_desk.common.spreadsheet import read_sheet, write_sheet

    rows = sync_rows(args.rows)
    header = list(raw.HEADER)
    samples: dict[str, dict[str, list[float]]] = {k: {"app": [], "raw": []} for k in ("read", "write")}
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        raw_file, app_file = work / "raw.csv", work / "app.csv"
        raw.write_csv(raw_file, rows)
        checked = read_sheet(raw_file, known_headers=header)
        if len(checked.rows) != args.rows or checked.header != tuple(header):
            raise kit.BenchError("the app did not read the baseline's file back")
        for round_ in range(args.repeats):
            pairs = {
                "read": (lambda: read_sheet(raw_file, known_headers=header), lambda: raw.read_csv(raw_file)),
                "write": (lambda: write_sheet(app_file, [header, *rows]), lambda: raw.write_csv(raw_file, rows)),
            }
            for name, (app_fn, raw_fn) in pairs.items():
                order = (("app", app_fn), ("raw", raw_fn)) if round_ % 2 == 0 else (("raw", raw_fn), ("app", app_fn))
                for side, fn in order:
                    samples[name][side].append(_timed(fn))
        members = measure_import(work, args.members)
    results: dict = {"ratio": {}, "member_import": members}
    within = True
    kit.say(f"{'measure':8} {'app ms':>9} {'raw ms':>9} {'ratio':>6}  target")
    for name, sides in samples.items():
        app_ms, raw_ms = statistics.median(sides["app"]), statistics.median(sides["raw"])
        ratio = round(app_ms / raw_ms, 2)
        within &= ratio <= TARGET
        results[name] = {"app_ms": kit.summarize(sides["app"], 1), "raw_ms": kit.summarize(sides["raw"], 1)}
        results["ratio"][name] = ratio
        verdict = "ok" if ratio <= TARGET else "ABOVE"
        kit.say(f"{name:8} {app_ms:>9.1f} {raw_ms:>9.1f} {ratio:>6}  <= {TARGET}x {verdict}")
    kit.say(f"member import: {members['members']} members read in {members['read_ms']} ms, checked in "
            f"{members['check_ms']} ms, written in {members['import_ms']} ms ({members['members_per_s']}/s)")
    results.update({"headline": "read", "target": TARGET, "within_target": within})
    kit.emit("spreadsheet", {"repeats": args.repeats, "rows": args.rows, "members": args.members}, results,
             save=args.save)
    return 0


if __name__ == "__main__":
    sys.exit(main())
