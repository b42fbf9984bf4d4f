"""sale add|settings and member plan from the shell: what a script sees, and the refusals."""

from __future__ import annotations

import pytest

from tests.cli.conftest import Shell


@pytest.fixture
def run(shell: Shell) -> Shell:
    shell.json("place", "init", "--code", "FLO", "--name", "Télécentre de Florac", "--legal-name", "SoLozère Florac",
               "--legal-form", "Association loi 1901", "--address", "2 place de la Gare", "--postcode", "48400",
               "--city", "Florac", "--siret", "73282932000074", "--vat-number", "FR40303265045")
    shell.json("plan", "add", "--code", "MOIS", "--name", "Résident mois", "--kind", "monthly", "--price", "180")
    shell.json("plan", "add", "--code", "NOMADE", "--name", "Nomade", "--kind", "monthly", "--price", "110")
    shell.json("plan", "add", "--code", "C10", "--name", "Carnet 10 jours", "--kind", "carnet", "--price", "100",
               "--units", "10")
    shell.json("plan", "add", "--code", "CAFE", "--name", "Café", "--kind", "extra", "--price", "1", "--vat-rate",
               "10")
    shell.json("member", "add", "--first-name", "Marie", "--last-name", "Dupont",
               "--address", "1 rue du Pont", "--postcode", "48400", "--city", "Florac", "--plan", "MOIS",
               "--start", "2026-11-01")
    return shell


def test_an_immediate_sale_paid_in_cash(run: Shell) -> None:
    sale = run.json("sale", "add", "--member", "FLO-0001", "--plan", "C10", "--pay", "cash")
    assert (sale["mode"], sale["invoice_number"], sale["total_excl_vat"], sale["vat"], sale["total_incl_vat"],
            sale["paid"], sale["carnet_days_added"]) == ("immediate", "FLO-2026-0001", "100.00", "20.00", "120.00",
                                                         "120.00", "10")
    shown = run.json("invoice", "show", "FLO-2026-0001")
    assert (shown["status"], [line["description"] for line in shown["lines"]]) == (
        "paid", ["Carnet 10 jours — acheté le 26/11/2026"])
    assert sale["member_number"] == "FLO-0001" and len(sale["subscriptions"]) == 1
    code, out, _ = run("sale", "add", "--member", "1", "--plan", "CAFE", "--quantity", "3")
    assert code == 0
    assert out.startswith("3 x Café for FLO-0001 Marie Dupont: 3,30")
    assert "(invoice FLO-2026-0002)" in out


def test_the_place_chooses_monthly_and_a_sale_may_override(run: Shell) -> None:
    assert run.json("sale", "settings") == {"mode": "immediate"}
    assert run.json("sale", "settings", "--mode", "monthly") == {"mode": "monthly"}
    sale = run.json("sale", "add", "--member", "1", "--plan", "CAFE", "--quantity", "2")
    assert (sale["mode"], sale["invoice_number"]) == ("monthly", None)
    run.json("invoice", "run", "2026-11")
    [listed] = run.json("invoice", "list", "--month", "2026-11", "--status", "draft")
    draft = run.json("invoice", "show", listed["id"])
    assert [(line["description"], line["manual"]) for line in draft["lines"]] == [
        ("Résident mois — novembre 2026", False), ("Café", True)]
    assert run.json("sale", "add", "--member", "1", "--plan", "CAFE", "--mode", "immediate")["invoice_number"] == (
        "FLO-2026-0001")


@pytest.mark.parametrize(("args", "message"), [
    (["--plan", "MOIS"], "plan MOIS is a monthly plan"),
    (["--plan", "CAFE", "--quantity", "-1"], "quantity: '-1' is not a whole number of at least 1"),
    (["--plan", "CAFE", "--quantity", "abc"], "quantity: 'abc' is not a whole number"),
    (["--plan", "CAFE", "--quantity", "5000"], "quantity: between 1 and 999"),
    (["--plan", "CAFE", "--pay", "card", "--mode", "monthly"], "a payment now goes with an invoice issued now"),
])
def test_refused_sales(run: Shell, args: list[str], message: str) -> None:
    code, _out, err = run("sale", "add", "--member", "1", *args, "--json")
    assert code == 1
    assert message in err
    assert run.json("invoice", "list") == []


def test_a_plan_change_in_an_issued_month_names_the_invoice(run: Shell) -> None:
    run.json("invoice", "run", "2026-11")
    run.json("invoice", "issue", "--month", "2026-11", "--all")
    code, _, err = run("member", "plan", "1", "--plan", "NOMADE", "--from", "2026-11-20")
    assert code == 1
    assert err.strip() == (
        "telecentre-desk: error: a plan change dated 20/11/2026 falls in 11/2026, already invoiced to this member "
        "on FLO-2026-0001: issue a credit note for FLO-2026-0001 first (telecentre-desk invoice credit "
        "FLO-2026-0001 --reason ...)")
    code, _, err = run("member", "deactivate", "1")
    assert code == 1 and "issue a credit note for FLO-2026-0001 first" in err
    moved = run.json("member", "plan", "1", "--plan", "NOMADE", "--from", "2026-12-01")
    assert (moved["plan_code"], moved["start"]) == ("NOMADE", "2026-12-01")
    run.json("invoice", "credit", "FLO-2026-0001", "--reason", "changement de formule")
    assert run.json("member", "plan", "1", "--plan", "NOMADE", "--from", "2026-11-20")["start"] == "2026-11-20"
