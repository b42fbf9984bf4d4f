"""A partial credit note credits exactly the amount asked (cents allocated across the VAT rates)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine

from telecentre_desk.billing import corrections, credit_split, draft_edit, drafts, issue
from telecentre_desk.billing.month import Month
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.db.models import Invoice
from telecentre_desk.db.uow import unit_of_work

RATES = (2000, 1000, 550)


@settings(max_examples=300, deadline=None)
@given(nets=st.tuples(*(st.integers(min_value=100, max_value=500_000) for _ in RATES)), data=st.data())
def test_three_rates_reach_every_amount_exactly(nets: tuple[int, ...], data: st.DataObject) -> None:
    by_rate = dict(zip(RATES, nets, strict=True))
    total = sum(credit_split.gross(net, rate) for rate, net in by_rate.items())
    amount = data.draw(st.integers(min_value=1, max_value=total))
    split = credit_split.split(amount, by_rate)
    assert split is not None
    assert sum(credit_split.gross(net, rate) for rate, net in split.items()) == amount
    assert all(0 < net <= by_rate[rate] for rate, net in split.items())


@settings(max_examples=300, deadline=None)
@given(net=st.integers(min_value=1, max_value=1_000_000), data=st.data())
def test_one_rate_is_exact_or_names_reachable_neighbours(net: int, data: st.DataObject) -> None:
    rate = data.draw(st.sampled_from((2000, 1000, 550, 210, 0)))
    by_rate = {rate: net}
    total = credit_split.gross(net, rate)
    amount = data.draw(st.integers(min_value=1, max_value=total))
    split = credit_split.split(amount, by_rate)
    if split is not None:
        assert sum(credit_split.gross(n, r) for r, n in split.items()) == amount
        return
    assert rate != 0  # at 0 % every cent is reachable
    below, above = credit_split.nearest(amount, by_rate, total)
    for neighbour in (below, above):
        if neighbour is not None:
            found = credit_split.split(neighbour, by_rate)
            assert found is not None and sum(credit_split.gross(n, r) for r, n in found.items()) == neighbour


@pytest.fixture
def three_rates(billing: Engine) -> str:
    """Marie's November invoice with extra lines at 10 % and 5.5 %: three VAT rates."""
    with unit_of_work(billing) as session:
        drafts.run_month(session, Month.parse("2026-11"))
    with unit_of_work(billing) as session:
        draft = session.exec(Invoice.__table__.select().where(Invoice.member_id == 1)).first()
        draft_edit.add_line(session, draft.id, description="Repas", quantity="3", unit_price="12,35", vat_rate="10")
        draft_edit.add_line(session, draft.id, description="Livres", quantity="2", unit_price="7,77", vat_rate="5,5")
        return issue.issue(session, session.get(Invoice, draft.id), on=dt.date(2026, 12, 1)).number


@pytest.mark.parametrize("amount", ["100,00", "33,33", "0,01", "0,03", "57,89"])
def test_a_partial_credit_on_three_rates_credits_the_amount_asked(billing: Engine, three_rates: str,
                                                                   amount: str) -> None:
    with unit_of_work(billing) as session:
        note = corrections.credit(session, three_rates, reason="geste commercial", amount=amount)
        assert note.total_incl_vat_cents == int(amount.replace(",", ""))


def test_an_unreachable_amount_at_one_rate_is_refused_with_the_nearest(billing: Engine) -> None:
    with unit_of_work(billing) as session:
        drafts.run_month(session, Month.parse("2026-11"))
        number = issue.issue_month(session, dt.date(2026, 11, 1))[0]  # Marie: 216.00 at 20 %
    with pytest.raises(ValidationError, match=r"nearest amounts: 0,02\s€ / 0,04\s€"), unit_of_work(billing) as s:
        corrections.credit(s, number, reason="x", amount="0,03")
    with unit_of_work(billing) as session:
        assert corrections.credit(session, number, reason="x", amount="0,04").total_incl_vat_cents == 4
