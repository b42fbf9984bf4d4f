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
    # The hosts read each other their key's fingerprint over the phone and accept it.
    flo_key, mar_key = flo.json("place", "key")["fingerprint"], mar.json("place", "key")["fingerprint"]
    assert mar.json("sync", "trust", "add", "FLO", flo_key)["fingerprint"] == flo_key
    assert flo.json("sync", "trust", "add", "mar", mar_key.lower().replace("-", " "))["fingerprint"] == mar_key
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
    manifest = json.loads(json.loads((shared / "FLO" / "manifest.json").read_text(encoding="utf-8"))["signed"])
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


def test_badge_rekey_supersedes_every_old_card_here_and_after_sync_everywhere(places, tmp_path: Path) -> None:
    """Issue 12, case 6: a lost badge key. ``badge rekey`` makes a new one and reissues every active badge."""
    flo, mar, shared = places
    flo.json("plan", "add", "--code", "MOIS", "--name", "Nomade mois", "--kind", "monthly", "--price", "90")
    assert flo("member", "add", "--first-name", "Marc", "--last-name", "Aubrac")[0] == 0
    for number in ("1", "2"):
        flo.json("member", "plan", number, "--plan", "MOIS", "--from", "2026-11-01")
    old = [flo.json("badge", "issue", number)["payload"] for number in ("1", "2")]
    flo.json("sync", "export", str(shared))
    mar.json("sync", "import", str(shared))
    assert mar.json("scan", old[0], "--at", "2026-11-25T09:00")["decision"] == "in"
    key_file = flo.db.with_name(flo.db.name + ".badge-key")
    key_file.unlink()  # the key is lost

    done = flo.json("badge", "rekey", "--pdf", str(tmp_path / "nouveaux.pdf"))
    assert done["reissued"] == 2 and done["pages"] == 1 and (tmp_path / "nouveaux.pdf").stat().st_size > 1000
    assert key_file.exists() and key_file.stat().st_mode & 0o777 == 0o600 and done["old_key_kept_as"] is None
    new = [b["payload"] for b in done["badges"]]
    assert [b["serial"] for b in done["badges"]] == [2, 2]
    for payload in old:
        assert flo.json("scan", payload, "--at", "2026-11-26T09:00")["reason"] == "superseded"
    assert flo.json("scan", new[0], "--at", "2026-11-26T09:00")["decision"] == "in"
    # Reprinting uses the new key: the same codes come out.
    sheet = flo.json("badge", "sheet", "--pdf", str(tmp_path / "again.pdf"))
    assert sorted(b["payload"] for b in sheet["badges"]) == sorted(new)

    flo.json("sync", "export", str(shared))
    mar.json("sync", "import", str(shared))
    assert mar.json("scan", old[1], "--at", "2026-11-26T10:00")["reason"] == "superseded"
    assert mar.json("scan", new[1], "--at", "2026-11-26T10:00")["decision"] == "in"

    again = flo.json("badge", "rekey")  # a second re-key keeps the replaced key file aside
    assert again["reissued"] == 2 and again["pdf"] is None and Path(again["old_key_kept_as"]).exists()


def test_trust_commands_list_add_and_remove(places) -> None:
    flo, mar, shared = places
    mar_key = mar.json("place", "key")
    assert len(mar_key["fingerprint"]) == 19 and len(mar_key["public_key"]) == 44
    listed = flo.json("sync", "trust", "list")
    assert [(r["place"], r["state"], r["fingerprint"]) for r in listed] == [("MAR", "trusted", mar_key["fingerprint"])]
    code, _out, err = flo("sync", "trust", "add", "MAR", "not-a-fingerprint")
    assert code != 0 and "is not a key fingerprint" in err
    code, _out, err = flo("sync", "trust", "add", "M;R", mar_key["fingerprint"])
    assert code != 0 and "is not a place code" in err
    assert flo.json("sync", "trust", "remove", "MAR") == {"place": "MAR", "removed": True}
    mar.json("sync", "export", str(shared))
    code, out, _err = flo("sync", "import", str(shared), "--json")
    assert code == 1 and json.loads(out)["places"][0]["status"] == "untrusted"
    assert [r["state"] for r in flo.json("sync", "trust", "list")] == ["new"]


def test_a_hostile_folder_exits_1_and_the_export_is_still_written(places) -> None:
    flo, mar, shared = places
    mar.json("sync", "export", str(shared))
    (shared / "MAR" / "manifest.json").unlink()
    (shared / "MAR" / "manifest.json").symlink_to("/dev/zero")
    code, out, err = flo("sync", "run", str(shared), "--json")
    assert code == 1 and "not a plain file" in err
    report = json.loads(out)
    assert report["import"]["places"][0]["status"] == "rejected"
    assert report["export"]["sequence"] == 1 and (shared / "FLO" / "manifest.json").is_file()
