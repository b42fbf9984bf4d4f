"""badge issue|revoke|sheet, scan and presence from the shell, with the exact JSON fields."""

from __future__ import annotations

from pathlib import Path

import pytest

from telecentre_desk.badges.payload import garble_azerty
from tests.cli.conftest import Shell


@pytest.fixture
def run(shell: Shell) -> Shell:
    shell.json("place", "init", "--code", "FLO", "--name", "Télécentre de Florac",
          "--opening-hours", "mon-sun 00:00-24:00")
    shell.json("plan", "add", "--code", "C10", "--name", "Carnet 10 jours", "--kind", "carnet", "--price", "120",
          "--units", "10")
    shell.json("member", "add", "--first-name", "Marie", "--last-name", "Dupont",
               "--address", "1 rue du Pont", "--postcode", "48400", "--city", "Florac", "--plan", "C10",
          "--start", "2026-11-01")
    return shell


def test_issue_scan_presence_round_trip(run, tmp_path: Path) -> None:
    issued = run.json("badge", "issue", "1", "--png", str(tmp_path / "marie.png"))
    assert {"payload", "serial"} <= set(issued)
    assert issued["serial"] == 1
    assert (tmp_path / "marie.png").stat().st_size > 100
    assert run.db.with_name("desk.sqlite.badge-key").exists()
    first = run.json("scan", issued["payload"], "--at", "2026-11-26T09:00")
    assert {k: first[k] for k in ("decision", "reason", "name", "warnings", "credits_left")} == {
        "decision": "in", "reason": None, "name": "Marie Dupont", "warnings": [], "credits_left": 9}
    assert first["at"] == "2026-11-26T08:00:00+00:00"  # a naive --at is Paris time
    assert len(first["member_id"]) == 36
    presence = run.json("presence")
    assert [(p["number"], p["name"]) for p in presence] == [("FLO-0001", "Marie Dupont")]
    with run.now("2026-11-26T15:21+01:00"):
        out = run.json("scan", garble_azerty(issued["payload"]), "--at", "2026-11-26T15:20")
    assert (out["decision"], out["minutes_today"]) == ("out", 380)
    with run.now("2026-11-27T09:01+01:00"):
        code, text, _ = run("scan", issued["payload"], "--at", "2026-11-27T09:00")
    assert code == 0
    assert text.startswith("IN 09:00 Marie Dupont FLO-0001, 8 day(s) left")


def test_refusals_exit_0_with_the_reason(run) -> None:
    payload = run.json("badge", "issue", "1")["payload"]
    run.json("badge", "issue", "1")
    assert run.json("scan", payload)["reason"] == "superseded"
    assert run.json("scan", "not a badge")["reason"] == "unknown_badge"
    run.json("badge", "revoke", "1", "--reason", "lost")
    code, text, _ = run("scan", payload)
    assert code == 0
    assert text.startswith("DENIED: superseded")


def test_bad_input(run) -> None:
    code, _, err = run("scan", "x", "--at", "yesterday")
    assert code == 1
    assert "ISO 8601" in err
    code, _, err = run("badge", "issue", "99")
    assert (code, err.strip()) == (1, "telecentre-desk: error: no member 99")
    code, _, err = run("badge", "revoke", "1")
    assert code == 1
    assert "no active badge" in err


def test_sheet(run, tmp_path: Path) -> None:
    run.json("member", "add", "--first-name", "Jean", "--last-name", "Martin",
             "--address", "1 rue du Pont", "--postcode", "48400", "--city", "Florac")
    result = run.json("badge", "sheet", "--pdf", str(tmp_path / "sheet.pdf"))
    assert (result["pages"], [b["display_number"] for b in result["badges"]]) == (1, ["FLO-0001", "FLO-0002"])
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
    again = run.json("badge", "sheet", "--pdf", str(tmp_path / "again.pdf"), "--member", "2")
    assert [b["payload"] for b in again["badges"]] == [result["badges"][1]["payload"]]  # reprinted, same code
