"""Network sync of 100,000 check-in rows, against the raw csv + executemany upsert of the limits, same run.

Data: the limits' data set. Florac's database holds its 1,000,000 check-ins (bench/scan.py's app
database). Marvejols' database is a copy in which the latest 100,000 of them are visits made at
Marvejols by Florac's members (new uids), so its export carries those 100,000 rows.

- export: ``sync.service.export`` at Marvejols (query, CSV, SHA-256, fsync, rename, manifest) against
  ``csv_sync.write_csv`` of the same 100,000 rows held in memory (the raw write);
- import: ``sync.service.import_`` at Florac (manifest, checksum, parse and check every field, then
  one transaction: ownership and duplicate checks, uid -> local id, upsert) into a fresh copy of the
  1,000,000-row database, against the limits' end to end (read + parse + executemany upsert into
  the other 900,000 rows).
Repeats are interleaved. Targets (issue 6): import <= 1.5x raw, export <= 1.5x raw. Since issue 12 the
export is signed (Ed25519) and the import checks the signature against the key Florac accepted; each
repeat starts from an empty shared folder, so every export is a whole snapshot (bench/sync_delta.py
measures the daily increments).

Run:  .venv/bin/python bench/sync_csv.py [--repeats 3]
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

import benchkit as kit
import scan as scan_bench

from telecentre_desk.db.migrate import open_database
from telecentre_desk.sync import service
from telecentre_desk.sync import store as sync_store

ROWS = 100_000
TARGET = 1.5
BUILD_VERSION = 1


def _copy(src: Path, dst: Path) -> Path:
    for suffix in ("-wal", "-shm"):
        Path(f"{dst}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(src, dst)
    return dst


def build_marvejols(florac_db: Path, latest: list[tuple], work: Path) -> Path:
    """Florac's database seen from Marvejols, the latest 100,000 events being roaming visits there."""
    path = work / f"{florac_db.stem}_mar_v{BUILD_VERSION}.sqlite"
    if path.exists():
        return path
    kit.say("building Marvejols' database (once, cached)...")
    _copy(florac_db, path)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("BEGIN")
    con.execute("UPDATE place SET is_local = 0")
    con.execute("INSERT INTO place (uid, origin, created_at, updated_at, code, name, is_local, vat_regime, timezone, "
                "opening_hours, network_billing) VALUES ('6f1c1f7e-3b1a-4c4e-9d52-6a2c6d1e0b01', 'MAR', "
                "'2025-01-01 00:00:00.000000', '2025-01-01 00:00:00.000000', 'MAR', 'Comptoir de Marvejols', 1, "
                "'standard', 'Europe/Paris', 'mon-sun 00:00-23:59', 'home')")
    mar = con.execute("SELECT id FROM place WHERE code = 'MAR'").fetchone()[0]
    first = con.execute("SELECT id FROM check_event ORDER BY id DESC LIMIT 1 OFFSET ?", (ROWS - 1,)).fetchone()[0]
    ids = [r[0] for r in con.execute("SELECT id FROM check_event WHERE id >= ? ORDER BY id", (first,))]
    con.executemany("UPDATE check_event SET place_id = ?, origin = 'MAR', uid = ? WHERE id = ?",
                    ((mar, row[0], pk) for pk, row in zip(ids, latest, strict=True)))
    con.execute("COMMIT")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", "--runs", type=int, default=3)
    parser.add_argument("--limits", metavar="DIR")
    parser.add_argument("--save", action="store_true")
    args = parser.parse_args(argv)
    bl, _ = scan_bench._baseline_modules(args.limits)
    raw = importlib.import_module("csv_sync")

    work = Path(tempfile.gettempdir()) / "telecentre-desk-bench"
    work.mkdir(exist_ok=True)
    florac_db, _payloads = scan_bench.build_app_db(bl, work)
    rows = raw.all_rows()
    older, latest = rows[:-ROWS], rows[-ROWS:]
    mar_db = build_marvejols(florac_db, latest, work)
    raw.WORK.mkdir(parents=True, exist_ok=True)
    base_900k = raw.WORK / f"base_older_{len(older)}.db"
    if not base_900k.exists():
        con = raw.open_db(base_900k)
        raw.bulk_load(con, older)
        con.close()

    shared = work / "sync-shared"
    raw_csv = raw.WORK / "checkins.csv"
    samples: dict[str, dict[str, list[float]]] = {"export": {"app": [], "raw": []},
                                                  "import": {"app": [], "raw": []}}
    checks: dict = {}
    for repeat in range(args.repeats):
        shutil.rmtree(shared, ignore_errors=True)
        shared.mkdir()
        sides = ("app", "raw") if repeat % 2 == 0 else ("raw", "app")
        for side in sides:
            if side == "raw":
                t0 = time.perf_counter()
                raw.write_csv(raw_csv, latest)
                samples["export"]["raw"].append(time.perf_counter() - t0)
                target = raw.open_db(raw.bl.copy_db(base_900k, raw.WORK / "target.db"), fresh=False)
                t0 = time.perf_counter()
                raw.upsert(target, raw.parse(raw.read_csv(raw_csv)))
                samples["import"]["raw"].append(time.perf_counter() - t0)
                target.close()
            else:
                engine = open_database(mar_db)
                t0 = time.perf_counter()
                exported = service.export(engine, shared)
                samples["export"]["app"].append(time.perf_counter() - t0)
                engine.dispose()
                checks["exported_visits"] = next(f.rows for f in exported.files if f.logical == "visits")
                engine = open_database(_copy(florac_db, work / "florac-target.sqlite"))
                mar_engine = open_database(mar_db)
                with service.raw_connection(engine) as conn:  # Florac's host accepted Marvejols' signing key
                    sync_store.trust(conn, "MAR", service.signing_key(mar_engine).fingerprint)
                mar_engine.dispose()
                t0 = time.perf_counter()
                imported = service.import_(engine, shared).to_json()
                samples["import"]["app"].append(time.perf_counter() - t0)
                with engine.connect() as conn:
                    checks["events_after_import"] = conn.exec_driver_sql(
                        "SELECT COUNT(*) FROM check_event").scalar()
                engine.dispose()
                checks["applied"], checks["rejected"] = imported["applied"], imported["rejected"]
    results: dict = {"ratio": {}, "checks": checks}
    within = checks.get("exported_visits") == ROWS and checks.get("applied") == ROWS + 1
    kit.say(f"{'measure':8} {'app s':>8} {'raw s':>8} {'ratio':>6}  target <= {TARGET}x")
    for name, sides in samples.items():
        app_s, raw_s = statistics.median(sides["app"]), statistics.median(sides["raw"])
        ratio = kit.ratio(app_s, raw_s)
        within &= ratio is not None and ratio <= TARGET
        results[name] = {"app_s": kit.summarize(sides["app"], 3), "raw_s": kit.summarize(sides["raw"], 3),
                         "app_rows_per_s": round(ROWS / app_s)}
        results["ratio"][name] = ratio
        kit.say(f"{name:8} {app_s:>8.3f} {raw_s:>8.3f} {ratio:>6}")
    kit.say(f"checks: {checks}")
    results.update({"headline": "import", "target": TARGET, "within_target": within})
    kit.emit("sync_csv", {"repeats": args.repeats, "rows": ROWS, "events": bl.N_EVENTS}, results, save=args.save)
    return 0


if __name__ == "__main__":
    sys.exit(main())
