"""Sales at the desk: invoiced on the spot or on the month's draft, carnets credited, nothing billed twice."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from telecentre_desk.billing import drafts, issue, sales
from telecentre_desk.billing.info import read_invoices
from telecentre_desk.billing.month import Month
from telecentre_desk.common.errors import DeskError, ValidationError
from telecentre_desk.db.models import Invoice, Member, Subscription
from telecentre_desk.db.uow import dbapi, unit_of_work
from telecentre_desk.desk.entitlement import entitlement
from telecentre_desk.places import service as places
from telecentre_desk.places.service import local_place_row
from telecentre_desk.plans import service as plans

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def shop(billing: Engine) -> Engine:
    """The billing fixture's catalogue plus an extra (printing, 0,15 € HT at 20 %) and a half-day pass."""
    with unit_of_work(billing) as session:
        plans.add_plan(session, code="IMPR", name="Impression A4", kind="extra", price="0.15")
        plans.add_plan(session, code="DEMI", name="Demi-journée", kind="halfday", price="9")
        plans.add_plan(session, code="VIEUX", name="Ancien pass", kind="day", price="12", active=False)
    return billing


def sell(engine: Engine, **kw) -> sales.SaleResult:
    with unit_of_work(engine) as session:
        return sales.sell(session, **kw)


def invoice(engine: Engine, uid: str):
    with unit_of_work(engine) as session:
        [info] = read_invoices(dbapi(session), today=TODAY, refs=[uid], with_lines=True)
    return info


def test_an_immediate_sale_is_a_numbered_invoice_issued_and_paid(shop: Engine) -> None:
    result = sell(shop, member="7", plan="IMPR", quantity="25", pay="cash")  # Théo prints 25 pages
    assert (result.mode, result.invoice_number) == ("immediate", "FLO-2026-0001")
    # 25 x 0,15 = 3,75 HT; VAT 20 % = 0,75; 4,50 TTC, paid in cash.
    assert (result.total_excl_vat_cents, result.vat_cents, result.total_incl_vat_cents) == (375, 75, 450)
    assert (result.paid_cents, result.payment_method) == (450, "cash")
    info = invoice(shop, result.invoice_id)
    assert (info.status, info.issue_date, info.period_start, info.period_end) == ("paid", TODAY, TODAY, TODAY)
    assert (info.total_excl_vat_cents, info.vat_cents, info.total_incl_vat_cents) == (375, 75, 450)
    [line] = info.lines
    assert (line.description, line.quantity, line.unit_price_cents, line.vat_rate_bp, line.manual) == (
        "Impression A4", 25, 15, 2000, True)
    assert info.note == "Vente au comptoir du 26/11/2026"
    # The series stays continuous with the month's invoices issued after it.
    with unit_of_work(shop) as session:
        drafts.run_month(session, Month.parse("2026-11"))
    with unit_of_work(shop) as session:
        assert issue.issue_month(session, dt.date(2026, 11, 1))[0] == "FLO-2026-0002"


def test_a_franchise_place_sells_without_vat(shop: Engine) -> None:
    with unit_of_work(shop) as session:
        places.edit_place(session, vat_regime="franchise", vat_number=None)
    result = sell(shop, member="7", plan="JOUR")
    assert (result.total_excl_vat_cents, result.vat_cents, result.total_incl_vat_cents) == (1500, 0, 1500)
    assert invoice(shop, result.invoice_id).lines[0].vat_rate_bp == 0
    assert result.paid_cents == 0 and invoice(shop, result.invoice_id).status == "issued"


def test_a_carnet_sold_credits_the_member_and_is_billed_once(shop: Engine) -> None:
    result = sell(shop, member="6", plan="C10", quantity="2", pay="card")  # Zoé: two carnets of 10 days
    assert result.total_incl_vat_cents == 2 * 12000
    assert (len(result.subscriptions), result.carnet_days_added) == (2, 20)
    with unit_of_work(shop) as session:
        subs = session.exec(select(Subscription).where(col_uid_in(result.subscriptions))).all()
        assert sorted((s.start_date, s.end_date, s.remaining_half_days) for s in subs) == [(TODAY, None, 20)] * 2
        ent = entitlement(dbapi(session).cursor(), 6, TODAY)  # the next scan lets her in on a carnet
        assert (ent.plan_name, ent.remaining_half_days) == ("Carnet 10 jours", 20)
    with unit_of_work(shop) as session:
        drafts.run_month(session, Month.parse("2026-11"))
    with unit_of_work(shop) as session:
        zoe = session.exec(select(Invoice).where(Invoice.member_id == 6, Invoice.status == "draft")).all()
    assert zoe == []  # the month does not bill the carnets again: the sale's invoice did


def col_uid_in(uids: list[str]):
    from sqlmodel import col

    return col(Subscription.uid).in_(uids)


def test_monthly_mode_adds_a_manual_line_that_survives_the_run(shop: Engine) -> None:
    with unit_of_work(shop) as session:
        sales.save_mode(session, local_place_row(session).id, "monthly")
    first = sell(shop, member="1", plan="IMPR", quantity="10")  # Marie: no draft yet, one is made
    assert (first.mode, first.invoice_number) == ("monthly", None)
    carnet = sell(shop, member="1", plan="C10")
    assert carnet.invoice_id == first.invoice_id  # the same draft of November
    for _ in range(2):  # running the month twice keeps the sale lines, and bills the carnet once
        with unit_of_work(shop) as session:
            drafts.run_month(session, Month.parse("2026-11"))
    info = invoice(shop, first.invoice_id)
    assert [(line.description, line.manual) for line in info.lines] == [
        ("Résident mois — novembre 2026", False), ("Impression A4", True),
        ("Carnet 10 jours — acheté le 26/11/2026", True)]
    # 180 + 1,50 + 100 = 281,50 HT; VAT 56,30; 337,80 TTC.
    assert (info.total_excl_vat_cents, info.vat_cents, info.total_incl_vat_cents) == (28150, 5630, 33780)
    assert info.status == "draft"


def test_monthly_mode_refused_when_the_month_is_already_issued(shop: Engine) -> None:
    with unit_of_work(shop) as session:
        drafts.run_month(session, Month.parse("2026-11"))
    with unit_of_work(shop) as session:
        issue.issue_month(session, dt.date(2026, 11, 1))
    with pytest.raises(ValidationError, match=r"Marie Test's invoice for novembre 2026 is already issued "
                                              r"\(FLO-2026-0001\): invoice this sale now"):
        sell(shop, member="1", plan="IMPR", mode="monthly")
    assert sell(shop, member="1", plan="IMPR", mode="immediate").invoice_number == "FLO-2026-0006"


def test_a_new_visitor_buys_a_day_pass(shop: Engine) -> None:
    with unit_of_work(shop) as session:
        result = sales.sell_to_visitor(session, first_name="Inès", last_name="Passante", plan="JOUR", pay="cash",
                                       email="ines@example.fr")
        visitor = session.exec(select(Member).where(Member.uid == result.member_id)).one()
        assert visitor.kind == "visitor"
        subs = session.exec(select(Subscription).where(Subscription.member_id == visitor.id)).all()
        assert [(s.start_date, s.end_date) for s in subs] == [(TODAY, TODAY)]  # one pass, not two
    assert (result.invoice_number, result.total_incl_vat_cents, result.paid_cents) == ("FLO-2026-0001", 1800, 1800)
    assert invoice(shop, result.invoice_id).lines[0].description == "Journée — 26/11/2026"
    with unit_of_work(shop) as session:
        drafts.run_month(session, Month.parse("2026-11"))
        assert [i.status for i in session.exec(select(Invoice).where(Invoice.member_id == visitor.id))] == ["issued"]


@pytest.mark.parametrize(("kw", "message"), [
    ({"plan": "MOIS"}, "plan MOIS is a monthly plan: the desk sells day and half-day passes, carnets and extras"),
    ({"plan": "SALLE"}, "plan SALLE is a room_hour plan"),
    ({"plan": "VIEUX"}, "plan VIEUX is no longer sold"),
    ({"plan": "NOPE"}, "no plan with code 'NOPE'"),
    ({"plan": "IMPR", "quantity": "-3"}, "quantity: '-3' is not a whole number of at least 1"),
    ({"plan": "IMPR", "quantity": "0"}, "quantity: between 1 and 999"),
    ({"plan": "IMPR", "quantity": "1.5"}, "is not a whole number"),
    ({"plan": "IMPR", "quantity": "1e9"}, "is not a whole number"),
    ({"plan": "IMPR", "quantity": "100000"}, "quantity: between 1 and 999"),
    ({"plan": "C10", "quantity": "50"}, "quantity: between 1 and 10 for a carnet"),
    ({"plan": "JOUR", "quantity": "2"}, "quantity: between 1 and 1 for a day"),
    ({"plan": "IMPR", "pay": "bitcoin"}, "'bitcoin' is not a payment method"),
    ({"plan": "IMPR", "pay": "cash", "mode": "monthly"}, "a payment now goes with an invoice issued now"),
    ({"plan": "IMPR", "mode": "weekly"}, "mode: 'weekly' is not one of immediate, monthly"),
    ({"plan": "IMPR", "member": "99"}, "no member 99"),
])
def test_what_the_desk_does_not_sell(shop: Engine, kw: dict, message: str) -> None:
    with pytest.raises(DeskError, match=re.escape(message)):
        sell(shop, **{"member": "1", **kw})
    with unit_of_work(shop) as session:  # nothing was written
        assert session.exec(select(Invoice)).all() == []


def test_an_inactive_member_and_a_missing_identity_sell_nothing(shop: Engine) -> None:
    from telecentre_desk.members import service as members

    with unit_of_work(shop) as session:
        members.deactivate_member(session, "7")
    with pytest.raises(ValidationError, match="Théo Test is not an active member"):
        sell(shop, member="7", plan="IMPR")
    with unit_of_work(shop) as session:
        places.edit_place(session, siret=None)
    with pytest.raises(ValidationError, match="the SIRET number"):
        sell(shop, member="1", plan="C10")
    with unit_of_work(shop) as session:  # no carnet without its invoice
        assert [s.start_date for s in session.exec(select(Subscription).where(Subscription.member_id == 1))] == [
            dt.date(2026, 11, 1)]
