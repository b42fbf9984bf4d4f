"""The CLI as a script uses it: exact command names, --json, exit codes 0 / 1 / 2, clear errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from telecentre_desk import __version__
from telecentre_desk.__main__ import main
from tests.cli.conftest import Shell


@pytest.fixture
def desk(shell: Shell) -> Shell:
    return shell


@pytest.fixture
def florac(desk: Shell) -> Shell:
    desk.json("place", "init", "--code", "FLO", "--name", "Télécentre de Florac", "--siret", "73282932000074",
              "--opening-hours", "mon-fri 08:30-18:30; sat 09:00-12:30")
    return desk


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"telecentre-desk {__version__}"


def test_place_init_show_edit(florac: Shell) -> None:
    shown = florac.json("place", "show")
    assert (shown["code"], shown["opening_hours"]) == ("FLO", "mon-fri 08:30-18:30; sat 09:00-12:30")
    edited = florac.json("place", "edit", "--vat-regime", "franchise",
                         "--iban", "FR76 3000 6000 0112 3456 7890 189", "--bic", "AGRIFRPP")
    assert (edited["vat_regime"], edited["iban"], edited["name"]) == (
        "franchise", "FR7630006000011234567890189", "Télécentre de Florac")
    code, out, _ = florac("place", "show")
    assert code == 0 and "franchise" in out


def test_json_flag_before_or_after_the_command(florac: Shell) -> None:
    code, out, _ = florac("--json", "place", "show")
    assert code == 0 and json.loads(out)["code"] == "FLO"


def test_plans_and_members_round_trip(florac: Shell) -> None:
    plan = florac.json("plan", "add", "--code", "C10", "--name", "Carnet 10 jours", "--kind", "carnet",
                       "--price", "120,00", "--units", "10")
    assert (plan["price"], plan["vat_rate"], plan["units"]) == ("120.00", "20.00", 10)
    member = florac.json("member", "add", "--first-name", "Chloé", "--last-name", "Thévenot",
                         "--email", "chloe@example.fr", "--plan", "C10", "--start", "2026-11-02")
    assert {"id", "number"} <= set(member)
    assert (member["number"], member["plan_code"]) == (1, "C10")
    assert florac.json("member", "show", member["id"])["email"] == "chloe@example.fr"
    assert florac.json("member", "show", "FLO-0001")["id"] == member["id"]
    edited = florac.json("member", "edit", "1", "--company", "Atelier", "--siren", "732829320")
    assert (edited["company_name"], edited["siren"]) == ("Atelier", "732829320")
    listed = florac.json("member", "list", "--search", "thév")
    assert [m["id"] for m in listed] == [member["id"]]
    gone = florac.json("member", "deactivate", "1")
    assert gone["status"] == "inactive"
    assert florac.json("member", "list", "--status", "active") == []
    code, out, _ = florac("member", "list")
    assert code == 0 and "FLO-0001" in out and "Thévenot" in out
    code, out, _ = florac("plan", "list")
    assert code == 0 and "120,00\u00a0€" in out


@pytest.mark.parametrize(("args", "message"), [
    (["plan", "add", "--code", "X", "--name", "X", "--kind", "day", "--price", "abc"], "not an amount"),
    (["plan", "add", "--code", "X", "--name", "X", "--kind", "day", "--price", "-3"], "cannot be negative"),
    (["member", "add", "--first-name", "A", "--last-name", "B", "--siren", "123456789", "--company", "C"],
     "not a valid SIREN"),
    (["member", "add", "--first-name", "A", "--last-name", "B", "--email", "a b@example.fr"],
     "not a valid email"),
    (["member", "show", "42"], "no member 42"),
    (["place", "init", "--code", "FLO", "--name", "Again"], "already runs place FLO"),
    (["place", "edit", "--siret", "12345678901234"], "not a valid SIRET"),
])
def test_bad_input_exits_1_with_one_line_and_writes_nothing(florac: Shell, args: list[str],
                                                            message: str) -> None:
    def state():
        return florac.json("member", "list"), florac.json("plan", "list"), florac.json("place", "show")

    before = state()
    code, _, err = florac(*args)
    assert code == 1
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert state() == before


def test_errors_in_json_mode_are_json_too(florac: Shell) -> None:
    code, out, _ = florac("member", "show", "42", "--json")
    assert code == 1
    assert json.loads(out) == {"error": "no member 42"}


def test_commands_before_place_init_say_what_to_do(desk: Shell) -> None:
    code, _, err = desk("member", "list")
    assert code == 1 and "place init" in err


@pytest.mark.parametrize("args", [
    ["member", "frob"], ["plan", "add", "--code", "X"], ["nonsense"],
    ["member", "add", "--first-name", "A", "--last-name", "B", "--category", "x"],
])
def test_usage_errors_exit_2(desk: Shell, args: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        desk(*args)
    assert exit_.value.code == 2


def test_a_database_that_is_not_sqlite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bogus = tmp_path / "members.xlsx"
    bogus.write_bytes(b"PK\x03\x04 not a database")
    assert main(["--db", str(bogus), "--data-dir", str(tmp_path), "member", "list"]) == 1
    assert "not a Télécentre Desk database" in capsys.readouterr().err
    assert bogus.read_bytes() == b"PK\x03\x04 not a database"


def test_db_from_the_environment(tmp_path: Path, capsys, monkeypatch) -> None:
    db = tmp_path / "env.sqlite"
    monkeypatch.setenv("TELECENTRE_DESK_DB", str(db))
    assert main(["--data-dir", str(tmp_path / "d"), "place", "init", "--code", "MEN", "--name", "Mende"]) == 0
    assert db.exists()


def test_installed_console_script_runs_without_qt(tmp_path: Path) -> None:
    # The real entry point, in a fresh interpreter: exit code and stderr as a shell script sees them.
    script = Path(sys.executable).with_name("telecentre-desk")
    result = subprocess.run([str(script), "--db", str(tmp_path / "x.sqlite"), "--data-dir", str(tmp_path),
                             "-c"], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2
    probe = subprocess.run(
        [sys.executable, "-c", "import sys; from telecentre_desk.__main__ import main; "
         "code = main(['--data-dir', sys.argv[1], '--db', sys.argv[2], 'member', 'list']); "
         "print('qt loaded' if 'PySide6' in sys.modules else 'no qt'); sys.exit(code)",
         str(tmp_path), str(tmp_path / "y.sqlite")], capture_output=True, text=True, timeout=60, check=False)
    assert probe.returncode == 1 and "place init" in probe.stderr
    assert probe.stdout.strip() == "no qt"
