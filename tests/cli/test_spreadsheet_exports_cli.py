"""presence export and invoice list --csv: lists for people, as French Excel opens them by double click."""

from __future__ import annotations

from pathlib import Path

import pytest

from telecentre_desk.common.spreadsheet import read_sheet
from tests.cli.conftest import Shell


@pytest.fixture
def desk(shell: Shell) -> Shell:
    shell.json("place", "init", "--code", "FLO", "--name", "Télécentre de Florac", "--opening-hours",
               "mon-sun 00:00-24:00", "--legal-name", "SoLozère Florac", "--legal-form", "Association loi 1901",
               "--address", "2 place de la Gare", "--postcode", "48400", "--city", "Florac", "--siret",
               "73282932000074", "--vat-number", "FR40303265045")
    shell.json("plan", "add", "--code", "MOIS", "--name", "Résident mois", "--kind", "monthly", "--price", "180")
    shell.json("member", "add", "--first-name", "Hélène", "--last-name", "Garçon",
               "--address", "1 rue du Pont", "--postcode", "48400", "--city", "Florac", "--plan", "MOIS", "--start",
               "2026-11-02", "--category", "jobseeker")
    shell.json("member", "add", "--first-name", "Noël", "--last-name", "Cœur",
               "--address", "1 rue du Pont", "--postcode", "48400", "--city", "Florac", "--plan", "MOIS", "--start",
               "2026-11-02", "--company", "Bois; Fils", "--siren", "732829320")
    return shell


def lines(path: Path) -> list[str]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with its BOM
    return raw.decode("utf-8-sig").split("\r\n")


def test_presence_export_lists_each_visit_of_the_period(desk: Shell, tmp_path: Path) -> None:
    helene, noel = (desk.json("badge", "issue", n)["payload"] for n in ("1", "2"))
    for payload, at in ((helene, "2026-11-23T08:30"), (helene, "2026-11-23T12:15"),  # a morning
                        (noel, "2026-11-23T14:00"),  # no departure scanned: closed at the end of the day
                        (noel, "2026-11-25T09:00"), (noel, "2026-11-25T17:30"),
                        (helene, "2026-11-26T09:45"),  # still in when the file is written
                        (noel, "2026-11-30T09:00")):  # after the period
        with desk.now(f"{at}+01:00"):  # scanned as it happened
            assert desk.json("scan", payload, "--at", at)["decision"] in ("in", "out")
    out = tmp_path / "presence.csv"
    assert desk.json("presence", "export", "--from", "2026-11-23", "--to", "2026-11-29", "--out", str(out)) == {
        "out": str(out), "visits": 4}
    assert lines(out) == [
        "Date;Arrivée;Départ;Durée (h);N°;Nom;Prénom;Catégorie;Poste;Remarque",
        "23/11/2026;08:30;12:15;3,75;FLO-0001;Garçon;Hélène;Demandeur d'emploi;;",
        "23/11/2026;14:00;23:59;9,98;FLO-0002;Cœur;Noël;Indépendant;;sortie automatique",
        "25/11/2026;09:00;17:30;8,50;FLO-0002;Cœur;Noël;Indépendant;;",
        "26/11/2026;09:45;;;FLO-0001;Garçon;Hélène;Demandeur d'emploi;;",
        ""]
    sheet = read_sheet(out)
    assert [r.cells[3] for r in sheet.rows] == ["3,75", "9,98", "8,50", ""]
    assert desk.json("presence")[0]["number"] == "FLO-0001"  # plain `presence` still says who is in


def test_presence_export_bad_periods(desk: Shell, tmp_path: Path) -> None:
    code, _, err = desk("presence", "export", "--from", "2026-11-30", "--to", "2026-11-01", "--out",
                        str(tmp_path / "p.csv"))
    assert code == 1 and "the period ends before it starts" in err
    code, _, err = desk("presence", "export", "--from", "2026-02-31", "--to", "2026-03-01", "--out",
                        str(tmp_path / "p.csv"))
    assert code == 1 and "is not a date" in err
    assert desk.json("presence", "export", "--from", "2025-01-01", "--to", "2025-01-31", "--out",
                     str(tmp_path / "none.csv"))["visits"] == 0
    assert lines(tmp_path / "none.csv")[1:] == [""]


def test_invoice_list_as_a_french_excel_file(desk: Shell, tmp_path: Path) -> None:
    desk.json("invoice", "run", "2026-11")
    desk.json("invoice", "issue", "--month", "2026-11", "--all")
    desk.json("invoice", "credit", "FLO-2026-0002", "--amount", "12", "--reason", "un jour fermé")
    desk.json("invoice", "pay", "FLO-2026-0001", "--amount", "50", "--method", "cheque")
    out = tmp_path / "factures.csv"
    listed = desk.json("invoice", "list", "--csv", str(out))
    assert len(listed) == 3
    assert lines(out) == [
        "Numéro;Type;Statut;Date;Échéance;Début de période;Fin de période;N° membre;Client;HT (€);TVA (€);TTC (€);"
        "Payé (€)",
        "FLO-2026-0001;Facture;Émise;26/11/2026;26/12/2026;01/11/2026;30/11/2026;FLO-0001;Hélène Garçon;174,00;"
        "34,80;208,80;50,00",
        "FLO-2026-0002;Facture;Émise;26/11/2026;26/12/2026;01/11/2026;30/11/2026;FLO-0002;Noël Cœur;174,00;34,80;"
        "208,80;0,00",
        "FLO-AV-2026-0001;Avoir;Émise;26/11/2026;26/12/2026;01/11/2026;30/11/2026;FLO-0002;Noël Cœur;-10,00;-2,00;"
        "-12,00;0,00",
        ""]
    code, _, err = desk("invoice", "list", "--csv", str(tmp_path / "missing" / "f.csv"))
    assert code == 1 and "cannot write" in err
