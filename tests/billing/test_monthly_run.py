"""The monthly run with amounts worked out by hand (the month-boundary mistakes peers make)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine

from telecentre_desk.billing import drafts
from telecentre_desk.billing.info import read_invoices
from telecentre_desk.billing.month import Month
from telecentre_desk.db.uow import dbapi, unit_of_work

TODAY = dt.date(2026, 11, 26)


def run(engine: Engine, month: str) -> dict[str, tuple]:
    with unit_of_work(engine) as session:
        drafts.run_month(session, Month.parse(month))
        rows = read_invoices(dbapi(session), today=TODAY, period_start=Month.parse(month).first, with_lines=True)
    return {r.member_name.split()[0]: (r.total_excl_vat_cents, r.vat_cents, r.total_incl_vat_cents,
                                       [(line.description, line.total_excl_vat_cents) for line in r.lines])
            for r in rows}


def test_november_by_hand(billing: Engine) -> None:
    nov = run(billing, "2026-11")
    assert nov["Marie"][:3] == (18000, 3600, 21600)
    assert nov["Marie"][3] == [("Résident mois — novembre 2026", 18000)]
    assert nov["Paul"][3] == [("Résident mois — du 16/11 au 30/11 (15 j sur 30)", 9000)]
    assert nov["Léa"][3] == [("Résident mois — du 01/11 au 10/11 (10 j sur 30)", 6000)]
    # Hugo: Nomade 20 days (110 x 20/30 = 73.333 -> 73.33) then Résident 10 days (60.00).
    assert nov["Hugo"][3] == [("Nomade — du 01/11 au 20/11 (20 j sur 30)", 7333),
                              ("Résident mois — du 21/11 au 30/11 (10 j sur 30)", 6000)]
    assert nov["Hugo"][:3] == (13333, 2667, 16000)  # VAT on the sum: 26.666 -> 26.67
    # Chloé: the carnet bought (100.00), 2.5 days of overuse at 15.00 (37.50), 1.5 h of room at 20.00 (30.00).
    assert nov["Chloé"][3] == [("Carnet 10 jours — acheté le 05/11/2026", 10000),
                               ("Journée — jours au-delà du carnet", 3750),
                               ("Salle de réunion — salles réservées", 3000)]
    assert nov["Chloé"][:3] == (16750, 3350, 20100)
    assert "Zoé" not in nov  # nothing to bill yet
    assert "Théo" not in nov


def test_a_subscription_that_ended_is_not_billed_again(billing: Engine) -> None:
    dec = run(billing, "2026-12")
    assert "Léa" not in dec
    assert dec["Hugo"][3] == [("Résident mois — décembre 2026", 18000)]
    assert "Chloé" not in dec  # the carnet was bought in November


def test_february_and_a_31_day_month(billing: Engine) -> None:
    assert run(billing, "2027-02")["Zoé"][3] == [("Résident mois — du 15/02 au 28/02 (14 j sur 28)", 9000)]
    assert run(billing, "2027-01")["Théo"][3] == [("Résident mois — du 01/01 au 10/01 (10 j sur 31)", 5806)]


def test_running_again_replaces_drafts_only(billing: Engine) -> None:
    from telecentre_desk.billing import issue
    from telecentre_desk.db.models import InvoiceLine

    run(billing, "2026-11")
    with unit_of_work(billing) as session:
        marie = issue.invoice_row(session, read_invoices(dbapi(session), today=TODAY)[0].id)
        session.add(InvoiceLine(invoice_id=marie.id, origin="FLO", position=9, description="Impressions",
                                quantity_milli=40_000, unit_price_cents=15, vat_rate_bp=2000,
                                total_excl_vat_cents=600, manual=True))
        paul = next(r for r in read_invoices(dbapi(session), today=TODAY) if r.member_name.startswith("Paul"))
        issue.issue(session, issue.invoice_row(session, paul.id), on=dt.date(2026, 11, 30))
    again = run(billing, "2026-11")
    assert again["Marie"][3] == [("Résident mois — novembre 2026", 18000), ("Impressions", 600)]  # kept
    assert again["Marie"][:3] == (18600, 3720, 22320)
    assert again["Paul"][:3] == (9000, 1800, 10800)  # issued: untouched
    with unit_of_work(billing) as session:
        assert len(read_invoices(dbapi(session), today=TODAY, period_start=dt.date(2026, 11, 1))) == 5


def test_franchise_en_base_bills_no_vat(billing: Engine) -> None:
    from telecentre_desk.places import service as places

    with unit_of_work(billing) as session:
        places.edit_place(session, vat_regime="franchise")
    nov = run(billing, "2026-11")
    assert nov["Hugo"][:3] == (13333, 0, 13333)
