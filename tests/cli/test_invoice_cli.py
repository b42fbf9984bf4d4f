"""invoice run|list|show|issue|credit|pay from the shell, with the JSON fields scripts rely on."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import Shell


@pytest.fixture
def run(shell: Shell) -> Shell:
    shell.json("place", "init", "--code", "FLO", "--name", "Florac", "--legal-name", "SoLozère Florac",
          "--legal-form", "Association loi 1901", "--address", "2 place de la Gare", "--postcode", "48400",
          "--city", "Florac", "--siret", "73282932000074", "--vat-number", "FR40303265045")
    shell.json("plan", "add", "--code", "MOIS", "--name", "Résident mois", "--kind", "monthly", "--price", "180")
    shell.json("member", "add", "--first-name", "Marie", "--last-name", "Dupont",
               "--address", "1 rue du Pont", "--postcode", "48400", "--city", "Florac", "--plan", "MOIS",
               "--start", "2026-11-16")
    return shell


def test_the_month_from_draft_to_payment(run) -> None:
    assert run.json("invoice", "run", "2026-11")["drafted"] == 1
    [draft] = run.json("invoice", "list", "--month", "2026-11")
    assert {"id", "number", "status", "member_id", "total_excl_vat", "vat", "total_incl_vat", "lines"} <= set(draft)
    assert (draft["number"], draft["status"], draft["total_excl_vat"], draft["vat"], draft["total_incl_vat"]) == (
        None, "draft", "90.00", "18.00", "108.00")
    shown = run.json("invoice", "show", draft["id"])
    assert [line["description"] for line in shown["lines"]] == ["Résident mois — du 16/11 au 30/11 (15 j sur 30)"]
    assert run.json("invoice", "issue", "--month", "2026-11", "--all") == {"issued": ["FLO-2026-0001"]}
    assert run.json("invoice", "show", "FLO-2026-0001")["status"] == "issued"
    credit = run.json("invoice", "credit", "FLO-2026-0001", "--amount", "12", "--reason", "fermé un jour")
    assert (credit["number"], credit["total_incl_vat"], credit["vat"]) == ("FLO-AV-2026-0001", "12.00", "2.00")
    paid = run.json("invoice", "pay", "FLO-2026-0001", "--amount", "100", "--method", "card")
    assert {k: paid[k] for k in ("invoice", "applied", "credit")} == {
        "invoice": "FLO-2026-0001", "applied": "96.00", "credit": "4.00"}
    assert paid["payment_id"] and paid["credit_payment_id"]  # what `payment cancel` takes
    assert [i["number"] for i in run.json("invoice", "list", "--status", "paid")] == ["FLO-2026-0001"]


@pytest.mark.parametrize(("args", "message"), [
    (["invoice", "run", "2026-13"], "is not a month"),
    (["invoice", "show", "FLO-2026-0999"], "no invoice FLO-2026-0999"),
    (["invoice", "issue"], "name one draft"),
    (["invoice", "pay", "FLO-2026-0001", "--amount", "10", "--method", "cash"], "no invoice"),
])
def test_bad_input(run, args: list[str], message: str) -> None:
    code, _, err = run(*args)
    assert code == 1
    assert message in err


def test_issuing_twice_and_a_missing_identity(run) -> None:
    run.json("invoice", "run", "2026-11")
    [draft] = run.json("invoice", "list")
    run.json("place", "edit", "--siret", "")
    code, _, err = run("invoice", "issue", draft["id"])
    assert code == 1
    assert "the SIRET number" in err and "place edit" not in err
    run.json("place", "edit", "--siret", "73282932000074")
    run.json("invoice", "issue", draft["id"])
    code, _, err = run("invoice", "issue", draft["id"])
    assert code == 1
    assert "already issued" in err


def test_the_journal_opens_in_french_excel(run, tmp_path: Path) -> None:
    run.json("invoice", "run", "2026-11")
    run.json("invoice", "issue", "--month", "2026-11", "--all")
    run.json("invoice", "credit", "FLO-2026-0001", "--amount", "12", "--reason", "un jour fermé")
    run.json("invoice", "pay", "FLO-2026-0001", "--amount", "50", "--method", "cheque")
    assert run.json("invoice", "export", "--month", "2026-11", "--out", str(tmp_path / "j.csv"))["rows"] == 2
    raw = (tmp_path / "j.csv").read_bytes()
    assert raw.startswith("\ufeff".encode())
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0] == "Date;Numéro;Type;Client;HT 20 %;TVA 20 %;TTC;Paiements"
    assert lines[1] == "26/11/2026;FLO-2026-0001;Facture;Marie Dupont;90,00;18,00;108,00;50,00"
    assert lines[2] == "26/11/2026;FLO-AV-2026-0001;Avoir;Marie Dupont;-10,00;-2,00;-12,00;0,00"


def test_the_months_print_file_is_one_document(run, tmp_path: Path) -> None:
    from pypdf import PdfReader

    run.json("member", "add", "--first-name", "Jean", "--last-name", "Martin",
             "--address", "1 rue du Pont", "--postcode", "48400", "--city", "Florac", "--plan", "MOIS", "--start",
             "2026-11-01")
    run.json("invoice", "run", "2026-11")
    run.json("invoice", "issue", "--month", "2026-11", "--all")
    out = tmp_path / "print.pdf"
    assert run.json("invoice", "print", "--month", "2026-11", "--out", str(out))["invoices"] == 2
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    assert "FLO-2026-0001" in reader.pages[0].extract_text()
    assert "FLO-2026-0002 · page 1" in reader.pages[1].extract_text()  # the footer follows the invoice
    # One document: both pages point at the same embedded font objects, not one copy per invoice.
    font_refs = [{ref.idnum for ref in page["/Resources"]["/Font"].values()} for page in reader.pages]
    assert font_refs[0] == font_refs[1]
    assert 1 <= len(font_refs[0]) <= 2
    code, _, err = run("invoice", "print", "--month", "2026-10", "--out", str(tmp_path / "none.pdf"))
    assert code == 1
    assert "no issued invoice" in err
