"""The CLI speaks the host's language for its errors: French with TELECENTRE_DESK_LANG=fr or a French locale."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from telecentre_desk.__main__ import main
from telecentre_desk.common import i18n

NB, NNB = "\u00a0", "\u202f"
BAD_SIREN_FR = f"siren{NB}: «{NB}123456789{NB}» n’est pas un SIREN valide (clé de contrôle erronée)"


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(tmp_path / "desk.sqlite"), "--data-dir", str(tmp_path / "data"), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def florac(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert run(tmp_path, capsys, "place", "init", "--code", "FLO", "--name", "Télécentre de Florac")[0] == 0
    return tmp_path


def test_a_bad_siren_is_refused_in_french(florac: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELECENTRE_DESK_LANG", "fr")
    code, out, err = run(florac, capsys, "member", "add", "--first-name", "Pierre", "--last-name", "Boyer",
                         "--company", "Gorges du Tarn Tourisme", "--siren", "123456789")
    assert (code, out) == (1, "")
    assert err == f"telecentre-desk: error: {BAD_SIREN_FR}\n"


def test_json_keeps_its_keys_and_codes_in_english(florac: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELECENTRE_DESK_LANG", "fr")
    code, out, _err = run(florac, capsys, "plan", "add", "--code", "JOUR", "--name", "Journée", "--kind", "day",
                          "--price", "douze", "--json")
    assert code == 1
    assert json.loads(out) == {"error": f"price{NB}: «{NB}douze{NB}» n’est pas un montant en euros "
                                        "(écrivez 12,50 ou 12.50)", "field": "price"}
    code, out, _err = run(florac, capsys, "scan", "TD1:FLO:42", "--json")
    assert code == 0
    assert (json.loads(out)["decision"], json.loads(out)["reason"]) == ("denied", "unknown_badge")


def test_a_french_locale_is_enough_and_the_variable_wins(florac: Path, capsys,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TELECENTRE_DESK_LANG")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert run(florac, capsys, "member", "show", "99")[2] == (
        f"telecentre-desk: error: aucun membre ne correspond à «{NB}99{NB}»\n")
    monkeypatch.setenv("TELECENTRE_DESK_LANG", "en")
    assert run(florac, capsys, "member", "show", "99")[2] == "telecentre-desk: error: no member 99\n"


def test_the_installed_command_prints_french_errors(tmp_path: Path) -> None:
    # A fresh interpreter, as a host's shell runs it: the language is chosen before anything can fail.
    script = Path(sys.executable).with_name("telecentre-desk")
    env = {**os.environ, "TELECENTRE_DESK_LANG": "fr"}
    result = subprocess.run([str(script), "--db", str(tmp_path / "x.sqlite"), "--data-dir", str(tmp_path),
                             "member", "list"], capture_output=True, text=True, timeout=60, check=False, env=env)
    assert result.returncode == 1
    assert result.stderr == ("telecentre-desk: error: aucun lieu n’est encore configuré dans cette base de données"
                             f"{NB}: lancez «{NB}telecentre-desk place init{NB}»\n")
    assert i18n.current_language() == "en"  # the test process itself stays English
