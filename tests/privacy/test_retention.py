"""Retention: scan events past the retention are purged; a past year's figures do not move."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from tests.cli.conftest import Shell

DAYS = ("2025-03-04", "2025-06-10", "2025-06-11", "2025-09-15", "2025-12-01", "2026-11-20")


@pytest.fixture
def year(shell: Shell) -> Shell:
    shell.json("place", "init", "--code", "FLO", "--name", "Florac", "--legal-name", "SoLozère Florac",
               "--legal-form", "Association loi 1901", "--address", "2 place de la Gare", "--postcode", "48400",
               "--city", "Florac", "--siret", "73282932000074", "--opening-hours", "mon-sun 00:00-24:00")
    shell.json("plan", "add", "--code", "MOIS", "--name", "Résident mois", "--kind", "monthly", "--price", "180")
    for first in ("Marie", "Paul"):
        shell.json("member", "add", "--first-name", first, "--last-name", "Test", "--plan", "MOIS",
                   "--start", "2025-01-01")
    for number in ("1", "2"):
        payload = shell.json("badge", "issue", number)["payload"]
        for day in DAYS:
            shell.json("scan", payload, "--at", f"{day}T09:00")
            shell.json("scan", payload, "--at", f"{day}T13:00" if number == "1" else f"{day}T17:30")
    shell.json("invoice", "run", "2025-06")
    return shell


def _events(shell: Shell) -> int:
    with sqlite3.connect(shell.db) as conn:
        return conn.execute("SELECT COUNT(*) FROM check_event").fetchone()[0]


def test_purge_keeps_a_past_year_figures_and_what_drafts_need(year: Shell) -> None:
    before = year.json("report", "occupancy", "--from", "2025-01-01", "--to", "2025-12-31")
    assert before["visits"] == 10
    assert year.json("privacy", "settings")["retention_months"] == 3
    dry = year.json("privacy", "purge", "--dry-run")
    assert _events(year) == 24  # a dry run removes nothing
    # 20 events of 2025: the June drafts need 8 (2 members x 2 days x in/out); the rest goes.
    assert (dry["events_purged"], dry["kept_for_drafts"], dry["draft_months"]) == (12, 8, ["2025-06"])
    done = year.json("privacy", "purge")
    assert done["events_purged"] == 12 and not done["dry_run"]
    assert _events(year) == 12
    assert year.json("report", "occupancy", "--from", "2025-01-01", "--to", "2025-12-31") == before
    assert year.json("privacy", "purge")["events_purged"] == 0  # nothing more until the drafts go


def test_settings_are_checked(year: Shell) -> None:
    assert year.json("privacy", "settings", "--retention-months", "6")["retention_months"] == 6
    assert "CNIL" in year.json("privacy", "settings")["reference"]
    code, _, err = year("privacy", "settings", "--retention-months", "0")
    assert code == 1 and "between 1 and 120" in err
    code, _, err = year("privacy", "settings", "--retention-months", "trois")
    assert code == 1 and "not a whole number" in err


_KILLER = """
import os, signal, sys
from telecentre_desk.db.migrate import open_database
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.privacy import retention

def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)  # after the DELETE, before the commit

retention.privacy_settings.mark_purged = die
with unit_of_work(open_database(sys.argv[1])) as session:
    retention.purge(session)
"""


def test_kill_9_during_a_purge_removes_nothing(year: Shell) -> None:
    result = subprocess.run([sys.executable, "-c", _KILLER, str(year.db)], capture_output=True, timeout=120)
    assert result.returncode == -9
    assert _events(year) == 24


def test_inactive_members_are_listed_until_kept(year: Shell) -> None:
    year.json("member", "add", "--first-name", "Ancien", "--last-name", "Membre")
    with sqlite3.connect(year.db) as conn:  # registered in 2023, never came since
        conn.execute("UPDATE member SET joined_on = '2023-01-09', created_at = '2023-01-09 10:00:00.000000' "
                     "WHERE number = 3")
    assert [(m["number"], m["last_activity"]) for m in year.json("privacy", "inactive")] == [
        ("FLO-0003", "2023-01-09")]
    year.json("privacy", "settings", "--inactive-months", "48")
    assert year.json("privacy", "inactive") == []
    year.json("privacy", "settings", "--inactive-months", "24")
    code, _, err = year("privacy", "keep", "3", "--reason", " ")
    assert code == 1 and "reason" in err
    assert year.json("privacy", "keep", "3", "--reason", "adhérent d'honneur") == {"kept": "3"}
    assert year.json("privacy", "inactive") == []


def test_the_daily_purge_goes_a_month_at_a_time_and_once_a_day(year: Shell) -> None:
    from telecentre_desk.db.migrate import open_database
    from telecentre_desk.privacy import retention

    engine = open_database(year.db)
    try:
        assert retention.daily_purge(engine) == 12
        assert _events(year) == 12
        assert retention.daily_purge(engine) == 0  # already done today
    finally:
        engine.dispose()
    assert year.json("privacy", "purge", "--dry-run")["events_purged"] == 0
