"""member import|export from the shell: the JSON scripts rely on, exit codes, files French Excel opens."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Shell


@pytest.fixture
def desk(shell: Shell) -> Shell:
    shell.json("place", "init", "--code", "FLO", "--name", "Télécentre de Florac")
    return shell


def cp1252_file(path: Path, *lines: str) -> Path:
    path.write_bytes("\r\n".join(lines).encode("cp1252") + b"\r\n")
    return path


def test_import_reports_created_updated_and_errors_with_lines(desk: Shell, tmp_path: Path) -> None:
    desk.json("member", "add", "--first-name", "Marie", "--last-name", "Dupont", "--email", "marie@example.fr")
    path = cp1252_file(tmp_path / "liste.csv", "Liste des adhérents;;;", "Nom;Prénom;Courriel;Catégorie",
                       "Dupont;Marie;marie@example.fr;Salariée", "Lœw;Noël;noel@example.fr;Demandeur d'emploi")
    report = desk.json("member", "import", str(path))
    assert (report["created"], report["updated"], report["unchanged"], report["errors"]) == (1, 1, 0, [])
    assert (report["encoding"], report["delimiter"], report["header_line"], report["written"]) == (
        "cp1252", ";", 2, True)
    listed = desk.json("member", "list")
    assert [(m["number"], m["last_name"], m["category"]) for m in listed] == [(1, "Dupont", "employee"),
                                                                              (2, "Lœw", "jobseeker")]


def test_errors_write_nothing_and_exit_1_with_the_report(desk: Shell, tmp_path: Path) -> None:
    path = cp1252_file(tmp_path / "bad.csv", "Nom;Prénom;E-mail;Date d'adhésion", "Dupont;Marie;marie @x.fr;",
                       "Martin;Jean;;31/02/2026", "Roux;Paul;;01/02/2026")
    code, out, err = desk("member", "import", str(path), "--json")
    assert code == 1
    assert err.strip() == "telecentre-desk: error: 2 errors in bad.csv: nothing was imported"
    report = json.loads(out)
    assert report["errors"] == [
        {"line": 2, "column": "E-mail", "message": "'marie @x.fr' is not a valid email address (no spaces allowed)"},
        {"line": 3, "column": "Date d'adhésion", "message": "'31/02/2026' does not exist in the calendar"}]
    assert (report["created"], report["invalid"], report["written"]) == (0, 2, False)
    assert desk.json("member", "list") == []
    code, out, _ = desk("member", "import", str(path))  # the same, for a person
    assert code == 1
    assert "line 3, Date d'adhésion: '31/02/2026' does not exist in the calendar" in out
    assert out.strip().endswith("1 to create, 0 to update, 0 unchanged; 2 errors")


def test_dry_run_and_skip_invalid(desk: Shell, tmp_path: Path) -> None:
    path = cp1252_file(tmp_path / "b.csv", "Nom;Prénom;E-mail", "Dupont;Marie;marie @x.fr", "Roux;Paul;")
    code, out, _ = desk("member", "import", str(path), "--dry-run", "--json")
    assert (code, json.loads(out)["created"], json.loads(out)["dry_run"]) == (1, 1, True)
    assert desk.json("member", "list") == []
    clean = cp1252_file(tmp_path / "c.csv", "Nom;Prénom", "Roux;Paul")
    assert desk.json("member", "import", str(clean), "--dry-run")["created"] == 1
    assert desk.json("member", "list") == []
    code, out, err = desk("member", "import", str(path), "--skip-invalid", "--json")
    assert (code, json.loads(out)["created"], json.loads(out)["written"]) == (1, 1, True)
    assert "the valid rows were imported, not the others" in err
    assert [m["last_name"] for m in desk.json("member", "list")] == ["Roux"]


def test_mapping_option(desk: Shell, tmp_path: Path) -> None:
    path = cp1252_file(tmp_path / "m.csv", "Famille;Prénom;Perso", "Dupont;Marie;m@example.fr")
    code, out, err = desk("member", "import", str(path))
    assert code == 1 and "members cannot be told apart" in out + err
    report = desk.json("member", "import", str(path), "--mapping", "Famille=last_name,C=email")
    assert report["mapping"] == [{"column": "Famille", "field": "last_name"},
                                 {"column": "Prénom", "field": "first_name"}, {"column": "Perso", "field": "email"}]
    assert desk.json("member", "show", "1")["email"] == "m@example.fr"
    code, _, err = desk("member", "import", str(path), "--mapping", "Nope=email")
    assert code == 1 and "no column 'Nope' in the file (columns: Famille, Prénom, Perso)" in err


@pytest.mark.parametrize(("content", "message"), [
    (b"PK\x03\x04xlsx", "this is a workbook"),
    (b"", "is empty"),
    (b"Nom;Pr\x81nom\r\n", "not text in UTF-8 or Windows-1252"),
])
def test_files_that_cannot_be_read(desk: Shell, tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes(content)
    code, _, err = desk("member", "import", str(path))
    assert code == 1 and message in err and "Traceback" not in err
    code, _, err = desk("member", "import", str(tmp_path / "missing.csv"))
    assert code == 1 and "cannot read" in err


def test_export_then_import_changes_nothing(desk: Shell, tmp_path: Path) -> None:
    desk.json("member", "add", "--first-name", "Chloé", "--last-name", "Thévenot", "--phone", "0612345678",
              "--category", "jobseeker", "--postcode", "04000")
    desk.json("member", "add", "--first-name", "Luc", "--last-name", "Roux")
    desk.json("member", "deactivate", "2")
    out = tmp_path / "membres.csv"
    assert desk.json("member", "export", "--out", str(out)) == {"out": str(out), "members": 2}
    text = out.read_bytes().decode("utf-8-sig")
    assert 'FLO-0001;Thévenot;Chloé;;"=""0612345678""";Demandeur d\'emploi;;;;"=""04000""";;26/11/2026;Actif' in text
    assert "FLO-0002;Roux;Luc;;;Indépendant;;;;;;26/11/2026;Inactif" in text
    before = desk.json("member", "list")
    report = desk.json("member", "import", str(out))
    assert (report["created"], report["updated"], report["unchanged"]) == (0, 0, 2)
    assert desk.json("member", "list") == before
    only_active = tmp_path / "actifs.csv"
    assert desk.json("member", "export", "--out", str(only_active), "--status", "active")["members"] == 1
