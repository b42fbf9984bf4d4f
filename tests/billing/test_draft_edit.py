"""Reviewing a draft: lines added by hand (kept by the next run), computed lines kept, drafts discarded."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine
from sqlmodel import col, select

from telecentre_desk.billing import draft_edit, drafts, issue
from telecentre_desk.billing.amounts import LineAmount, totals
from telecentre_desk.billing.listing import month_draft_ids
from telecentre_desk.billing.month import Month
from telecentre_desk.common.errors import NotFoundError, ValidationError
from telecentre_desk.db.models import AuditEntry, Invoice, InvoiceLine
from telecentre_desk.db.uow import dbapi, unit_of_work
from telecentre_desk.places import service as places

NOVEMBER = Month(2026, 11)


@pytest.fixture
def draft_id(billing: Engine) -> int:
    """Marie's November draft: Résident mois, 180 € HT."""
    with unit_of_work(billing) as session:
        drafts.run_month(session, NOVEMBER)
        return month_draft_ids(dbapi(session), NOVEMBER)[0]


def lines_of(engine: Engine, invoice_id: int) -> list[tuple]:
    with unit_of_work(engine) as session:
        return [(line.position, line.description, line.total_excl_vat_cents, line.vat_rate_bp, line.manual)
                for line in session.exec(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice_id)
                                         .order_by(col(InvoiceLine.position))).all()]


def totals_of(engine: Engine, invoice_id: int) -> tuple[int, int, int]:
    with unit_of_work(engine) as session:
        invoice = session.get(Invoice, invoice_id)
        return invoice.total_excl_vat_cents, invoice.vat_cents, invoice.total_incl_vat_cents


def test_a_line_added_by_hand_counts_and_survives_the_next_run(billing: Engine, draft_id: int) -> None:
    with unit_of_work(billing) as session:
        draft_edit.add_line(session, draft_id, description="  Impressions   couleur ", quantity="120",
                            unit_price="0,35", vat_rate="20")
        draft_edit.add_line(session, draft_id, description="Casier", quantity="1", unit_price="10",
                            vat_rate="5,5")
    # 180 + 42 at 20 % (VAT 44.40) and 10 at 5.5 % (VAT 0.55): each rate's VAT on its sum.
    assert totals_of(billing, draft_id) == (232_00, 44_95, 276_95)
    with unit_of_work(billing) as session:
        drafts.run_month(session, NOVEMBER)
    assert lines_of(billing, draft_id) == [
        (1, "Résident mois — novembre 2026", 180_00, 2000, False), (2, "Impressions couleur", 42_00, 2000, True),
        (3, "Casier", 10_00, 550, True)]
    assert totals_of(billing, draft_id) == (232_00, 44_95, 276_95)
    with unit_of_work(billing) as session:
        draft_edit.delete_line(session, draft_id, 2)
        assert session.exec(select(AuditEntry).where(AuditEntry.action == "invoice.delete_line")).one()
    assert [line[:2] for line in lines_of(billing, draft_id)] == [(1, "Résident mois — novembre 2026"),
                                                                   (2, "Casier")]
    assert totals_of(billing, draft_id) == (190_00, 36_55, 226_55)


def test_a_computed_line_is_not_deleted_by_hand(billing: Engine, draft_id: int) -> None:
    with pytest.raises(ValidationError, match="would bring it back"), unit_of_work(billing) as session:
        draft_edit.delete_line(session, draft_id, 1)
    with pytest.raises(NotFoundError, match="no line 7"), unit_of_work(billing) as session:
        draft_edit.delete_line(session, draft_id, 7)


@pytest.mark.parametrize(("values", "field", "message"), [
    ({"description": "  "}, "description", "needs a description"),
    ({"description": "x" * 301}, "description", "at most 300"),
    ({"quantity": "0"}, "quantity", "more than 0"),
    ({"quantity": "-1"}, "quantity", "more than 0"),
    ({"quantity": "deux"}, "quantity", "not a number"),
    ({"quantity": "1.2345"}, "quantity", "three decimals"),
    ({"quantity": "NaN"}, "quantity", "more than 0"),
    ({"quantity": "10001"}, "quantity", "at most"),
    ({"unit_price": "-5"}, "unit_price", "negative"),
    ({"unit_price": "12 euros"}, "unit_price", "not an amount"),
    ({"unit_price": "2000000"}, "unit_price", "more than any price"),
    ({"quantity": "10000", "unit_price": "999999"}, "quantity", "more than any price"),
    ({"vat_rate": "120"}, "vat_rate", "between 0 and 100"),
])
def test_bad_lines_are_refused_and_change_nothing(billing: Engine, draft_id: int, values: dict, field: str,
                                                  message: str) -> None:
    line = {"description": "Impressions", "quantity": "1", "unit_price": "1", "vat_rate": "20", **values}
    with pytest.raises(ValidationError, match=message) as caught, unit_of_work(billing) as session:
        draft_edit.add_line(session, draft_id, **line)
    assert caught.value.field == field
    assert len(lines_of(billing, draft_id)) == 1 and totals_of(billing, draft_id) == (180_00, 36_00, 216_00)


def test_a_place_without_vat_bills_lines_at_zero(billing: Engine, draft_id: int) -> None:
    with unit_of_work(billing) as session:
        places.edit_place(session, vat_regime="franchise")
        draft_edit.add_line(session, draft_id, description="Impressions", quantity="2", unit_price="1,50",
                            vat_rate="20")
    assert lines_of(billing, draft_id)[-1] == (2, "Impressions", 3_00, 0, True)


def test_an_issued_invoice_is_refused_and_a_draft_discarded(billing: Engine, draft_id: int) -> None:
    with unit_of_work(billing) as session:
        second = month_draft_ids(dbapi(session), NOVEMBER)[1]
        number = issue.issue(session, session.get(Invoice, draft_id)).number
    for change in (lambda s: draft_edit.add_line(s, draft_id, description="x", quantity="1", unit_price="1"),
                   lambda s: draft_edit.delete_line(s, draft_id, 1), lambda s: draft_edit.discard_draft(s, draft_id)):
        with pytest.raises(ValidationError, match=f"{number} is issued"), unit_of_work(billing) as session:
            change(session)
    with unit_of_work(billing) as session:
        draft_edit.discard_draft(session, second)
    with unit_of_work(billing) as session:
        assert session.get(Invoice, second) is None
        assert session.exec(select(InvoiceLine).where(InvoiceLine.invoice_id == second)).all() == []
        assert session.exec(select(AuditEntry).where(AuditEntry.action == "invoice.discard")).one()
    with pytest.raises(NotFoundError), unit_of_work(billing) as session:
        draft_edit.discard_draft(session, second)
    with unit_of_work(billing) as session:  # running the month drafts it anew
        drafts.run_month(session, NOVEMBER)
        assert len(month_draft_ids(dbapi(session), NOVEMBER)) == 4


_lines = st.lists(st.tuples(st.decimals(min_value=Decimal("0.001"), max_value=Decimal(500), places=3),
                            st.integers(min_value=0, max_value=50_000), st.sampled_from(["20", "10", "5,5", "0"])),
                  min_size=1, max_size=6)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=_lines)
def test_totals_are_always_the_sum_of_the_lines(billing: Engine, lines: list) -> None:
    with unit_of_work(billing) as session:
        drafts.run_month(session, NOVEMBER)
        invoice_id = month_draft_ids(dbapi(session), NOVEMBER)[1]  # Paul: 84 € HT from the 16th
        for quantity, cents, rate in lines:
            draft_edit.add_line(session, invoice_id, description="extra", quantity=str(quantity),
                                unit_price=f"{cents // 100},{cents % 100:02d}", vat_rate=rate)
        invoice = session.get(Invoice, invoice_id)
        stored = session.exec(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice_id)).all()
        expected = totals(LineAmount(Decimal(line.quantity_milli) / 1000, line.unit_price_cents, line.vat_rate_bp)
                          for line in stored)
        got = (invoice.total_excl_vat_cents, invoice.vat_cents, invoice.total_incl_vat_cents)
        assert got == (expected.total_excl_vat_cents, expected.vat_cents, expected.total_incl_vat_cents)
        assert invoice.total_excl_vat_cents == sum(line.total_excl_vat_cents for line in stored)
        assert sorted(line.position for line in stored) == list(range(1, len(stored) + 1))
        session.rollback()  # the next example starts from the same draft
