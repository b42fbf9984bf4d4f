"""Credit notes with the right VAT, never more than the invoice; payments that never lose money."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from telecentre_desk.billing import corrections, drafts, issue
from telecentre_desk.billing.info import read_invoices
from telecentre_desk.billing.month import Month
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.db.models import Invoice, InvoiceLine, Payment
from telecentre_desk.db.uow import dbapi, unit_of_work


@pytest.fixture
def issued(billing: Engine) -> Engine:
    with unit_of_work(billing) as session:
        drafts.run_month(session, Month.parse("2026-11"))
        issue.issue_month(session, dt.date(2026, 11, 1))  # 0004 is Hugo: 133.33 HT, 26.67 VAT, 160.00
    return billing


def test_a_whole_credit_note_repeats_the_lines_with_their_vat(issued: Engine) -> None:
    with unit_of_work(issued) as session:
        note = corrections.credit(session, "FLO-2026-0004", reason="plan changed by mistake")
        assert note.number == "FLO-AV-2026-0001"  # its own series
        assert (note.total_excl_vat_cents, note.vat_cents, note.total_incl_vat_cents) == (13333, 2667, 16000)
        lines = session.exec(select(InvoiceLine).where(InvoiceLine.invoice_id == note.id)).all()
        assert [(line.description, line.total_excl_vat_cents, line.vat_rate_bp) for line in lines] == [
            ("Nomade — du 01/11 au 20/11 (20 j sur 30)", 7333, 2000),
            ("Résident mois — du 21/11 au 30/11 (10 j sur 30)", 6000, 2000)]
        assert note.note == "Avoir sur la facture FLO-2026-0004 du 26/11/2026\u00a0: plan changed by mistake"
        [original] = read_invoices(dbapi(session), today=dt.date(2026, 11, 26), refs=["FLO-2026-0004"])
        assert original.status == "paid"  # nothing left to pay once wholly credited
    with pytest.raises(ValidationError, match="more than what remains"), unit_of_work(issued) as session:
        corrections.credit(session, "FLO-2026-0004", reason="again", amount="1")


def test_a_partial_credit_keeps_the_vat_rate(issued: Engine) -> None:
    with unit_of_work(issued) as session:
        note = corrections.credit(session, "FLO-2026-0001", reason="closed two days", amount="24,00")
        # 24.00 including 20 % VAT: 20.00 net, 4.00 VAT.
        assert (note.total_excl_vat_cents, note.vat_cents, note.total_incl_vat_cents) == (2000, 400, 2400)
        second = corrections.credit(session, "FLO-2026-0001", reason="one more day", amount="12")
        assert second.number == "FLO-AV-2026-0002"
    with pytest.raises(ValidationError, match="more than what remains"), unit_of_work(issued) as session:
        corrections.credit(session, "FLO-2026-0001", reason="too much", amount="180.01")  # 216 - 36 = 180 left
    with pytest.raises(ValidationError, match="partly credited"), unit_of_work(issued) as session:
        corrections.credit(session, "FLO-2026-0001", reason="whole")


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"amount": "-5"}, "negative"), ({"amount": "abc"}, "not an amount"), ({"amount": "0"}, "more than zero"),
    ({"reason": " "}, "reason"),
])
def test_bad_credits(issued: Engine, kwargs: dict, message: str) -> None:
    args = {"reason": "x", **kwargs}
    with pytest.raises(ValidationError, match=message), unit_of_work(issued) as session:
        corrections.credit(session, "FLO-2026-0001", **args)


def test_payments_partial_then_overpaid_keep_every_cent(issued: Engine) -> None:
    with unit_of_work(issued) as session:
        corrections.pay(session, "FLO-2026-0001", amount="100", method="cheque")
        [inv] = read_invoices(dbapi(session), today=dt.date(2026, 11, 26), refs=["FLO-2026-0001"])
        assert (inv.status, inv.paid_cents) == ("issued", 10000)
        applied, extra = corrections.pay(session, "FLO-2026-0001", amount="150", method="transfer")
        assert (applied.amount_cents, extra.amount_cents, extra.invoice_id) == (11600, 3400, None)
        member = session.exec(select(Invoice).where(Invoice.number == "FLO-2026-0001")).one().member_id
        assert corrections.member_balance_cents(session, member) == -3400  # the place owes 34.00
        [inv] = read_invoices(dbapi(session), today=dt.date(2026, 11, 26), refs=["FLO-2026-0001"])
        assert inv.status == "paid"
        assert sum(p.amount_cents for p in session.exec(select(Payment)).all()) == 25000


def test_overdue_after_the_due_date(issued: Engine) -> None:
    with unit_of_work(issued) as session:
        late = read_invoices(dbapi(session), today=dt.date(2027, 1, 1), status="overdue")
    assert [i.number for i in late] == ["FLO-2026-0001", "FLO-2026-0002", "FLO-2026-0003", "FLO-2026-0004",
                                        "FLO-2026-0005"]


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"amount": "-1", "method": "cash"}, "negative"), ({"amount": "10", "method": "bitcoin"}, "payment method"),
    ({"amount": "20000000", "method": "cash"}, "more than any price"),
])
def test_bad_payments(issued: Engine, kwargs: dict, message: str) -> None:
    with pytest.raises(ValidationError, match=message), unit_of_work(issued) as session:
        corrections.pay(session, "FLO-2026-0001", **kwargs)
