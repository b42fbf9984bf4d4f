"""A day of a 300-member place with ten years of history: the bytes its sync writes, and the time another
place takes to apply them (issue 12: <= 200 KB of new files, applied in <= 0.5 s).

Data, built here (cached): Florac with 300 members, each with a badge, ten years of daily presence
(``visit_day``: about 120 members a day, 438,000 rows) and 18,000 roaming visits of 50 members of
Langogne, which holds Florac's snapshot. Then one day happens at Florac: 120 members' presence, 10
roaming visits, 3 members edited, one badge revoked; Florac exports (the measured bytes: the new files
of that export) and Langogne imports (the measured time), with the signature checked.

Run:  .venv/bin/python bench/sync_delta.py [--repeats 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import benchkit as kit

from telecentre_desk.badges import service as badges
from telecentre_desk.db.migrate import open_database
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.places import service as places
from telecentre_desk.plans import service as plans
from telecentre_desk.sync import service as sync
from telecentre_desk.sync import store as sync_store

MEMBERS, YEARS, PRESENT, ROAMERS = 300, 10, 120, 50
TARGET_BYTES, TARGET_S = 200_000, 0.5
START = dt.date(2016, 11, 1)
BUILD_VERSION = 2


def _ts(day: dt.date, hour: int) -> str:
    return f"{day.isoformat()} {hour:02d}:00:00.000000"


def _day_rows(rng: random.Random, ids: list[int], day: dt.date, place_id: int) -> list[tuple]:
    return [(place_id, member, day.isoformat(), 1, rng.randint(60, 540), rng.randint(1, (1 << 24) - 1))
            for member in rng.sample(ids, PRESENT)]


def build(work: Path) -> tuple[Path, Path]:
    florac, langogne = work / f"florac_v{BUILD_VERSION}.sqlite", work / f"langogne_v{BUILD_VERSION}.sqlite"
    if florac.exists() and langogne.exists():
        return florac, langogne
    kit.say("building a ten-year, 300-member Florac (once, cached)...")
    for path in (florac, langogne):
        for suffix in ("", "-wal", "-shm", ".signing-key", ".badge-key"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    rng = random.Random(12)
    lan = open_database(langogne)
    with unit_of_work(lan) as session:
        places.init_place(session, code="LAN", name="Tiers-lieu de Langogne")
        plans.add_plan(session, code="MOIS", name="Nomade mois", kind="monthly", price="90")
        for n in range(ROAMERS):
            members.add_member(session, first_name=f"Roam{n}", last_name="R", plan_code="MOIS", start=START)
    with lan.connect() as conn:
        lan_place = conn.exec_driver_sql("SELECT uid FROM place WHERE is_local").scalar_one()
        lan_members = conn.exec_driver_sql("SELECT uid, number FROM member").fetchall()
    engine = open_database(florac)
    with unit_of_work(engine) as session:
        places.init_place(session, code="FLO", name="Télécentre de Florac", opening_hours="mon-sun 00:00-23:59")
        plans.add_plan(session, code="MOIS", name="Nomade mois", kind="monthly", price="90")
        for n in range(MEMBERS):
            info = members.add_member(session, first_name=f"Membre{n}", last_name="Test", plan_code="MOIS",
                                      start=START)
            badges.issue_badge(session, info.id, key=bytes(range(32)))
    with engine.begin() as conn:  # Langogne as Florac knows it from its exports: its place and members
        place_id = conn.exec_driver_sql("SELECT id FROM place WHERE is_local").scalar_one()
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM member").fetchall()]
        conn.exec_driver_sql("INSERT INTO place (uid, origin, created_at, updated_at, code, name, is_local, "
                             "vat_regime, timezone, opening_hours, network_billing) VALUES (?, 'LAN', ?, ?, 'LAN', "
                             "'Tiers-lieu de Langogne', 0, 'standard', 'Europe/Paris', 'mon-fri 08:00-19:00', "
                             "'home')", (lan_place, _ts(START, 8), _ts(START, 8)))
        lan_id = conn.exec_driver_sql("SELECT id FROM place WHERE code = 'LAN'").scalar_one()
        roamers = []
        for uid, number in lan_members:
            conn.exec_driver_sql(
                "INSERT INTO member (uid, origin, created_at, updated_at, place_id, number, kind, first_name, "
                "last_name, category, status) VALUES (?, 'LAN', ?, ?, ?, ?, 'member', 'Roam', 'R.', 'freelancer', "
                "'active')", (uid, _ts(START, 8), _ts(START, 8), lan_id, number))
            roamers.append(conn.exec_driver_sql("SELECT last_insert_rowid()").scalar_one())
        days = [START + dt.timedelta(days=d) for d in range(365 * YEARS)]
        rows = [row for day in days for row in _day_rows(rng, ids, day, place_id)]
        conn.exec_driver_sql("DELETE FROM visit_day")
        conn.connection.executemany("INSERT INTO visit_day (place_id, member_id, day, visits, minutes, hours_mask) "
                                    "VALUES (?, ?, ?, ?, ?, ?)", rows)
        events = [(str(uuid.uuid4()), "FLO", _ts(day, 9), _ts(day, 9), rng.choice(roamers), place_id, "in",
                   _ts(day, 9), "scanner") for day in days for _ in range(5)]
        conn.connection.executemany("INSERT INTO check_event (uid, origin, created_at, updated_at, member_id, "
                                    "place_id, direction, ts, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", events)
    shared = work / "shared-build"
    shutil.rmtree(shared, ignore_errors=True)
    shared.mkdir()
    sync.export(engine, shared)
    with sync.raw_connection(lan) as conn:
        sync_store.trust(conn, "FLO", sync.signing_key(engine).fingerprint)
    report = sync.import_(lan, shared).to_json()
    if report["rejected"] or report["waiting"]:
        raise SystemExit(f"Langogne did not take Florac's snapshot whole: {report}")
    engine.dispose()
    lan.dispose()
    shutil.copytree(shared, work / "shared-base", dirs_exist_ok=True)
    return florac, langogne


def one_day(florac: Path, langogne: Path, work: Path, rng: random.Random) -> tuple[int, float, dict]:
    """Copies of both places; a day at Florac; (bytes written by its export, seconds for Langogne)."""
    run = work / "run"
    shutil.rmtree(run, ignore_errors=True)
    run.mkdir()
    copies = {}
    for path in (florac, langogne):
        for suffix in ("", ".signing-key", ".badge-key"):
            if Path(f"{path}{suffix}").exists():
                shutil.copyfile(f"{path}{suffix}", run / f"{path.name}{suffix}")
        copies[path] = run / path.name
    shutil.copytree(work / "shared-base", run / "shared")
    flo, lan = open_database(copies[florac]), open_database(copies[langogne])
    day = START + dt.timedelta(days=365 * YEARS)
    with flo.begin() as conn:
        place_id = conn.exec_driver_sql("SELECT id FROM place WHERE is_local").scalar_one()
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM member WHERE origin = 'FLO'").fetchall()]
        roamers = [r[0] for r in conn.exec_driver_sql("SELECT id FROM member WHERE origin = 'LAN'").fetchall()]
        conn.connection.executemany("INSERT INTO visit_day (place_id, member_id, day, visits, minutes, hours_mask) "
                                    "VALUES (?, ?, ?, ?, ?, ?)", _day_rows(rng, ids, day, place_id))
        conn.connection.executemany(
            "INSERT INTO check_event (uid, origin, created_at, updated_at, member_id, place_id, direction, ts, "
            "source) VALUES (?, 'FLO', ?, ?, ?, ?, 'in', ?, 'scanner')",
            [(str(uuid.uuid4()), _ts(day, 9), _ts(day, 9), rng.choice(roamers), place_id, _ts(day, 9))
             for _ in range(10)])
    with unit_of_work(flo) as session:
        for number in (5, 50, 150):
            members.edit_member(session, number, phone="0466450000", category="employee")
        badges.revoke_badge(session, 7, reason="perdu")
    exported = sync.export(flo, run / "shared")
    written = sum(f.size for f in exported.files)
    t0 = time.perf_counter()
    report = sync.import_(lan, run / "shared").to_json()
    elapsed = time.perf_counter() - t0
    with lan.connect() as conn:
        revoked = conn.exec_driver_sql("SELECT COUNT(*) FROM badge WHERE status = 'revoked'").scalar_one()
    flo.dispose()
    lan.dispose()
    return written, elapsed, {"files": [f.file for f in exported.files], "rejected": report["rejected"],
                              "status": report["places"][0]["status"], "revoked_at_langogne": revoked}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--work", metavar="DIR", default=str(Path(tempfile.gettempdir()) / "telecentre-desk-bench"))
    parser.add_argument("--save", action="store_true")
    args = parser.parse_args(argv)
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    florac, langogne = build(work)
    rng = random.Random(7)
    sizes, times, checks = [], [], {}
    for _ in range(args.repeats):
        written, elapsed, checks = one_day(florac, langogne, work, rng)
        sizes.append(written)
        times.append(elapsed)
    size, seconds = statistics.median(sizes), statistics.median(times)
    within = (size <= TARGET_BYTES and seconds <= TARGET_S and checks["rejected"] == 0
              and checks["revoked_at_langogne"] == 1)
    kit.say(f"new files of the day: {size:,.0f} bytes (target <= {TARGET_BYTES:,}); applied at Langogne in "
            f"{seconds:.3f} s (target <= {TARGET_S}); {checks}")
    kit.emit("sync_delta", {"repeats": args.repeats, "members": MEMBERS, "years": YEARS},
             {"bytes": kit.summarize(sizes, 0), "apply_s": kit.summarize(times, 3), "checks": checks,
              "within_target": within}, save=args.save)
    return 0


if __name__ == "__main__":
    sys.exit(main())
