"""Invoiced and settled months: per-member presence replaced by anonymous counts, figures unchanged."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys

import pytest

from tests.cli.conftest import Shell
from tests.system_tools import pdf_text

# (member number, day, in, out): a visit across midnight, short and full days, two categories.
VISITS = [(1, "2025-01-06", "09:00", "17:30"), (2, "2025-01-06", "09:30", "11:00"), (1, "2025-01-07", "08:00", "12:00"),
          (3, "2025-02-10", "10:00", "18:00"), (1, "2025-02-11", "09:00", "17:00"), (2, "2025-03-03", "14:00", "23:00"),
          (3, "2025-04-14", "09:00", "12:30"), (1, "2025-05-20", "09:00", "19:00"), (2, "2025-07-01", "09:00", "10:00"),
          (3, "2025-09-09", "09:00", "17:00"), (1, "2025-11-04", "09:00", "17:00"), (2, "2025-12-30", "20:00", "")]
MONTHS = [f"2025-{m:02d}" for m in range(1, 13)]


def _pdf_text(path) -> str:
    text = pdf_text(path)
    return re.sub(r"\d\d/\d\d/\d{4} à \d\d:\d\d|\d\d/\d\d/\d{4} \d\d:\d\d", "<when>", text)  # the print date


@pytest.fixture
def billed(shell: Shell) -> Shell:
    """Three members (two categories), visits in most months of 2025, every month of 2025 run and issued."""
    shell.json("place", "init", "--code", "FLO", "--name", "Florac", "--legal-name", "SoLozère Florac",
               "--legal-form", "Association loi 1901", "--address", "2 place de la Gare", "--postcode", "48400",
               "--city", "Florac", "--siret", "73282932000074", "--vat-number", "FR40303265045",
               "--opening-hours", "mon-sat 08:00-22:00")
    shell.json("space", "add", "--name", "Plateau", "--kind", "open_space", "--capacity", "4")
    shell.json("plan", "add", "--code", "JOUR", "--name", "Journée", "--kind", "monthly", "--price", "20")
    for first, category in (("Marie", "freelancer"), ("Paul", "employee"), ("Lina", "freelancer")):
        shell.json("member", "add", "--first-name", first, "--last-name", "Test", "--category", category,
                   "--plan", "JOUR", "--start", "2025-01-01", "--address", "1 rue Haute", "--postcode", "48400",
                   "--city", "Florac")
    payloads = {n: shell.json("badge", "issue", str(n))["payload"] for n in (1, 2, 3)}
    for number, day, arrive, leave in VISITS:
        shell.json("scan", payloads[number], "--at", f"{day}T{arrive}")
        if leave:
            shell.json("scan", payloads[number], "--at", f"{day}T{leave}")
    for month in MONTHS:
        shell.json("invoice", "run", month)
        shell.json("invoice", "issue", "--month", month, "--all")
    return shell


def _count(shell: Shell, sql: str) -> int:
    with sqlite3.connect(shell.db) as conn:
        return conn.execute(sql).fetchone()[0]


REPORTS = [("2025-01-01", "2025-12-31"), ("2025-01-01", "2025-03-31"), ("2025-02-01", "2025-02-28"),
           ("2025-12-01", "2025-12-31"), ("2025-10-01", "2025-12-31")]


def test_a_year_of_figures_and_the_pdf_are_the_same_after_the_months_are_aggregated(billed: Shell, tmp_path) -> None:
    before = {period: billed.json("report", "occupancy", "--from", period[0], "--to", period[1]) for period in REPORTS}
    network = billed.json("report", "network", "--from", "2025-01-01", "--to", "2025-12-31")
    billed.json("report", "occupancy", "--from", "2025-01-01", "--to", "2025-12-31", "--pdf", str(tmp_path / "a.pdf"))
    assert before[REPORTS[0]]["visits"] == 12 and before[REPORTS[0]]["unique_members"] == 3
    rows = _count(billed, "SELECT COUNT(*) FROM visit_day")
    dry = billed.json("privacy", "purge", "--dry-run")
    assert dry["months_aggregated"] == [m for m in MONTHS if m not in ("2025-06", "2025-08", "2025-10")]
    assert _count(billed, "SELECT COUNT(*) FROM visit_day") == rows  # a dry run changes nothing
    done = billed.json("privacy", "purge")
    assert done["months_aggregated"] == dry["months_aggregated"] and done["months_kept"] == []
    # 12 visits, one across midnight (2 days): 13 per-member days of 2025, all gone; 2026 is not touched.
    assert _count(billed, "SELECT COUNT(*) FROM visit_day WHERE day < '2026-01-01'") == 0
    assert _count(billed, "SELECT COUNT(*) FROM day_usage WHERE day < '2026-01-01'") == 0
    assert _count(billed, "SELECT COUNT(*) FROM presence_period_seen") == 0  # 2025 is whole: its count is frozen
    assert _count(billed, "SELECT people FROM presence_period WHERE period = '2025' AND scope = 'all'") == 3
    for period, figures in before.items():
        assert billed.json("report", "occupancy", "--from", period[0], "--to", period[1]) == figures, period
    assert billed.json("report", "network", "--from", "2025-01-01", "--to", "2025-12-31") == network
    billed.json("report", "occupancy", "--from", "2025-01-01", "--to", "2025-12-31", "--pdf", str(tmp_path / "b.pdf"))
    assert _pdf_text(tmp_path / "a.pdf") == _pdf_text(tmp_path / "b.pdf")
    again = billed.json("privacy", "purge")
    assert again["months_aggregated"] == [] and again["presence_rows_removed"] == 0  # once only
    from zoneinfo import ZoneInfo

    from telecentre_desk.occupancy import daily

    with sqlite3.connect(billed.db) as conn:  # a rebuild from the events neither doubles nor wipes closed months
        daily.rebuild(conn, place_id=1, tz=ZoneInfo("Europe/Paris"))
    assert billed.json("report", "occupancy", "--from", "2025-01-01", "--to", "2025-12-31") == before[REPORTS[0]]
    code, _, err = billed("invoice", "run", "2025-05")  # its drafts would miss the days now anonymous
    assert code == 1 and "cannot be invoiced again" in err
    assert billed.json("invoice", "run", "2025-06")["drafted"] >= 0  # nobody came in June: nothing was removed


def test_a_period_across_closed_months_says_its_people_are_an_upper_bound(billed: Shell) -> None:
    before = billed.json("report", "occupancy", "--from", "2025-01-06", "--to", "2025-02-11")
    assert before["unique_members"] == 3 and before["unique_members_exact"]
    billed.json("privacy", "purge")
    after = billed.json("report", "occupancy", "--from", "2025-01-06", "--to", "2025-02-11")
    # Parts of two closed months: people per day summed (Marie came on three of those days), an upper bound.
    assert after["unique_members"] == 5 and not after["unique_members_exact"]
    assert {k: v for k, v in after.items() if k not in ("unique_members", "unique_members_exact", "by_category")} == \
        {k: v for k, v in before.items() if k not in ("unique_members", "unique_members_exact", "by_category")}


def test_a_month_with_a_draft_or_never_invoiced_keeps_its_members_and_says_why(billed: Shell) -> None:
    payload = billed.json("badge", "issue", "1")["payload"]
    billed.json("scan", payload, "--at", "2026-02-03T09:00")
    billed.json("scan", payload, "--at", "2026-02-03T12:00")
    billed.json("scan", payload, "--at", "2026-03-03T09:00")
    billed.json("scan", payload, "--at", "2026-03-03T12:00")
    billed.json("invoice", "run", "2026-02")  # drafts left open
    year = billed.json("report", "occupancy", "--from", "2026-01-01", "--to", "2026-12-31")
    done = billed.json("privacy", "purge")
    assert {"month": "2026-02", "reason": "draft", "detail": "3"} in done["months_kept"]
    assert {"month": "2026-03", "reason": "not_invoiced"} in done["months_kept"]
    assert _count(billed, "SELECT COUNT(*) FROM visit_day WHERE day >= '2026-02-01' AND day < '2026-04-01'") == 2
    # 2026 is partly closed (January, nobody came), partly per member: the year still counts exactly.
    assert billed.json("report", "occupancy", "--from", "2026-01-01", "--to", "2026-12-31") == year
    code, out, _ = billed("privacy", "purge")
    assert code == 0 and "presence of 2026-02 kept per member: open drafts" in out


def _network(shell: Shell) -> None:
    """Marvejols, same commune: Marie (a member here) came there twice in 2025, and someone of theirs."""
    import datetime as dt

    from telecentre_desk.db.migrate import open_database
    from telecentre_desk.db.uow import unit_of_work
    from tests.network.conftest import add_network_day, add_place

    engine = open_database(shell.db)
    try:
        with unit_of_work(engine) as session:
            add_place(session, "MAR", "Marvejols", postcode="48400", city="Florac", desks=3)
            marie = session.connection().exec_driver_sql("SELECT uid FROM member WHERE number = 1").scalar()
            for day, uid in (("2025-02-12", marie), ("2025-05-21", marie), ("2025-05-21", "0" * 35 + "9"),
                             ("2025-11-05", "0" * 35 + "8")):
                add_network_day(session, "MAR", dt.date.fromisoformat(day), uid)
    finally:
        engine.dispose()


def test_a_network_month_waits_until_the_other_places_have_settled(billed: Shell) -> None:
    _network(billed)
    kept = billed.json("privacy", "purge", "--dry-run")
    assert kept["months_aggregated"] == [] and kept["months_kept"][0] == {"month": "2025-01", "reason": "not_exported"}
    report = {p: billed.json("report", "network", "--from", p[0], "--to", p[1]) for p in REPORTS}
    assert report[REPORTS[0]]["total"]["unique_users"] == 5  # Marie once, though she came to both places
    with sqlite3.connect(billed.db) as conn:
        conn.execute("INSERT INTO sync_peer (code, last_sequence, last_at, pending, files, epoch) "
                     "VALUES ('FLO', 9, '2026-12-01 10:00:00.000000', 0, '{}', 0)")
        conn.execute("INSERT INTO sync_peer (code, last_sequence, last_at, exported_at, pending, files, epoch) "
                     "VALUES ('MAR', 4, '2026-12-01 10:00:00.000000', '2025-12-15 10:00:00.000000', 0, '{}', 0)")
    done = billed.json("privacy", "purge")
    # November onwards: MAR's last export is not a month past the month's end.
    assert done["months_aggregated"] == ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-07", "2025-09"]
    assert {"month": "2025-11", "reason": "waiting_for:MAR"} in done["months_kept"]
    for period, figures in report.items():
        if period[1] <= "2025-09-30":  # wholly closed periods, and the year, partly closed
            assert billed.json("report", "network", "--from", period[0], "--to", period[1]) == figures, period
    assert billed.json("report", "network", "--from", "2025-01-01", "--to", "2025-12-31") == report[REPORTS[0]]


_KILLER = """
import os, signal, sys
from telecentre_desk.db.migrate import open_database
from telecentre_desk.privacy import aggregate, retention

real = aggregate.close_month
calls = []

def close_then_die(conn, **kwargs):
    removed = real(conn, **kwargs)
    calls.append(kwargs["month"])
    if len(calls) == 3:
        os.kill(os.getpid(), signal.SIGKILL)  # the third month's rows deleted, not committed
    return removed

aggregate.close_month = close_then_die
retention.purge_all(open_database(sys.argv[1]))
"""


def test_kill_9_during_the_aggregation_leaves_each_month_whole(billed: Shell) -> None:
    year = billed.json("report", "occupancy", "--from", "2025-01-01", "--to", "2025-12-31")
    result = subprocess.run([sys.executable, "-c", _KILLER, str(billed.db)], capture_output=True, timeout=120)
    assert result.returncode == -9, result.stderr
    # January and February committed (one transaction each), March rolled back whole.
    assert _count(billed, "SELECT COUNT(*) FROM presence_month_closed") == 2
    assert _count(billed, "SELECT COUNT(*) FROM visit_day WHERE day LIKE '2025-03%'") == 1
    assert _count(billed, "SELECT COUNT(*) FROM presence_aggregate WHERE day LIKE '2025-03%'") == 0
    assert billed.json("report", "occupancy", "--from", "2025-01-01", "--to", "2025-12-31") == year
    billed.json("privacy", "purge")
    assert billed.json("report", "occupancy", "--from", "2025-01-01", "--to", "2025-12-31") == year


def test_the_member_history_and_export_no_longer_hold_closed_months(billed: Shell, tmp_path) -> None:
    billed.json("privacy", "purge")
    billed.json("member", "export-data", "1", "--out", str(tmp_path / "m.json"))
    import json

    data = json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))
    assert not [d for d in data["presence_days"] if d["day"] < "2026-01-01"]
    assert "2025-12" in data["retention"]["presence_aggregated_months"]


def test_a_closed_month_refuses_a_replayed_scan_and_an_undo_and_keeps_its_counts(billed: Shell) -> None:
    billed.json("privacy", "purge")
    year = billed.json("report", "occupancy", "--from", "2025-01-01", "--to", "2025-12-31")
    payload = billed.json("badge", "issue", "3")["payload"]
    # A paper sheet of March 2025 typed in after March was made anonymous: refused, nothing recorded.
    code, _out, err = billed("scan", payload, "--at", "2025-03-20T09:00")
    assert code != 0 and "made anonymous" in err and "03/2025" in err
    # Paul's latest event is his arrival of 30/12/2025, in a closed month: undoing it is refused too.
    code, _out, err = billed("presence", "undo", "2")
    assert code != 0 and "12/2025" in err
    assert billed.json("report", "occupancy", "--from", "2025-01-01", "--to", "2025-12-31") == year
    assert _count(billed, "SELECT COUNT(*) FROM visit_day WHERE day < '2026-01-01'") == 0
