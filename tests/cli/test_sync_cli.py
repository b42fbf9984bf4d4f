"""`sync export|import|run|status` as a scheduled task would run them, with two place databases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import Shell


@pytest.fixture
def places(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Shell, Shell, Path]:
    shared = tmp_path / "partage"
    shared.mkdir()
    flo, mar = Shell(tmp_path / "flo", capsys), Shell(tmp_path / "mar", capsys)
    for shell, code, name in ((flo, "FLO", "Télécentre de Florac"), (mar, "MAR", "Comptoir de Marvejols")):
        shell.db.parent.mkdir()
        assert shell("place", "init", "--code", code, "--name", name)[0] == 0
    assert flo("member", "add", "--first-name", "Chloé", "--last-name", "Thévenot")[0] == 0
    return flo, mar, shared


def test_sync_run_exchanges_both_ways_and_reports_counts(places) -> None:
    flo, mar, shared = places
    exported = flo.json("sync", "export", str(shared))
    assert exported["place"] == "FLO" and exported["sequence"] == 1 and exported["rows"] == 2
    report = mar.json("sync", "run", str(shared))
    assert {k: report["import"][k] for k in ("applied", "unchanged", "conflicts", "rejected")} == {
        "applied": 2, "unchanged": 0, "conflicts": 0, "rejected": 0}
    assert report["import"]["rejected_files"] == []
    assert report["export"]["place"] == "MAR" and (shared / "MAR" / "manifest.json").exists()
    again = flo.json("sync", "import", str(shared))
    assert again["applied"] == 1 and [p["place"] for p in again["places"]] == ["MAR"]

    status = mar.json("sync", "status")
    assert status["place"] == "MAR" and status["last_export_sequence"] == 1
    assert [(p["code"], p["last_sequence"]) for p in status["peers"]] == [("FLO", 1)]
    code, out, _err = mar("sync", "status")
    assert code == 0 and "Télécentre de Florac" in out


def test_a_refused_export_is_listed_and_exits_1(places) -> None:
    flo, mar, shared = places
    flo.json("sync", "export", str(shared))
    manifest = json.loads((shared / "FLO" / "manifest.json").read_text(encoding="utf-8"))
    (shared / "FLO" / manifest["files"][3]["file"]).write_text("uid;number\r\nabc;1\r\n", encoding="utf-8")
    code, out, err = mar("sync", "import", str(shared), "--json")
    assert code == 1
    report = json.loads(out)
    assert report["rejected"] == 1 and report["applied"] == 0
    assert report["rejected_files"][0]["file"] == manifest["files"][3]["file"]
    assert "does not match its checksum" in report["rejected_files"][0]["reason"]
    assert err.startswith("telecentre-desk: error: 1 export refused, nothing of it applied")
    assert "FLO/members.000001.csv" in err
    assert mar.json("sync", "status")["rejected"] == 1


def test_a_missing_shared_folder_is_a_one_line_error(places, tmp_path: Path) -> None:
    flo, _mar, _shared = places
    code, out, err = flo("sync", "run", str(tmp_path / "clé-usb-absente"))
    assert code == 1 and out == ""
    assert "does not exist or cannot be reached" in err and "Traceback" not in err


def test_member_history_lists_visits_at_every_place(places) -> None:
    flo, mar, shared = places
    flo.json("plan", "add", "--code", "MOIS", "--name", "Nomade mois", "--kind", "monthly", "--price", "90")
    flo.json("member", "plan", "1", "--plan", "MOIS", "--from", "2026-11-01")
    badge = flo.json("badge", "issue", "1")
    flo.json("sync", "export", str(shared))
    mar.json("sync", "import", str(shared))
    assert mar.json("scan", badge["payload"], "--at", "2026-11-25T09:00")["decision"] == "in"
    assert mar.json("scan", badge["payload"], "--at", "2026-11-25T17:30")["decision"] == "out"
    mar.json("sync", "export", str(shared))
    flo.json("sync", "import", str(shared))
    history = flo.json("member", "history", "1")
    assert [(v["place"], v["minutes"]) for v in history["visits"]] == [("MAR", 510)]
    code, out, _err = flo("member", "history", "FLO-0001")
    assert code == 0 and "25/11/2026  MAR    09:00  17:30  510" in out
