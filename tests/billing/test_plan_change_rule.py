"""A plan change dated in a month already invoiced to the member is refused until a credit note."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from telecentre_desk.billing import corrections, drafts, issue, sales
from telecentre_desk.billing.month import Month
from telecentre_desk.common.errors import ValidationError
from telecentre_desk.db.models import Member, Subscription
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.plans import service as plans

REFUSED = (r"a plan change dated {day} falls in 11/2026, already invoiced to this member on FLO-2026-0001: "
           r"issue a credit note for FLO-2026-0001 first")


@pytest.fixture
def november_issued(billing: Engine) -> Engine:
    """Marie (FLO-0001) on Résident mois all November, her invoice FLO-2026-0001 issued."""
    with unit_of_work(billing) as session:
        drafts.run_month(session, Month.parse("2026-11"))
    with unit_of_work(billing) as session:
        issue.issue_month(session, dt.date(2026, 11, 1))
    return billing


def marie(session) -> Member:
    return session.exec(select(Member).where(Member.number == 1)).one()


def marie_plans(engine: Engine) -> list[tuple[str, dt.date, dt.date | None]]:
    with unit_of_work(engine) as session:
        return [(s.plan_code, s.start_date, s.end_date) for s in plans.member_subscriptions(session, marie(session))]


def test_a_change_inside_the_issued_month_is_refused_and_nothing_moves(november_issued: Engine) -> None:
    before = marie_plans(november_issued)
    with pytest.raises(ValidationError, match=REFUSED.format(day="20/11/2026")), \
            unit_of_work(november_issued) as session:
        plans.change_plan(session, member=marie(session), plan_code="NOMADE", on=dt.date(2026, 11, 20))
    with pytest.raises(ValidationError, match=REFUSED.format(day="15/11/2026")), \
            unit_of_work(november_issued) as session:  # a new subscription starting in the month
        plans.subscribe(session, member=marie(session), plan_code="C10", start=dt.date(2026, 11, 15))
    with pytest.raises(ValidationError, match=REFUSED.format(day="27/11/2026")), \
            unit_of_work(november_issued) as session:  # leaving today ends the plan inside November
        members.deactivate_member(session, "1")
    assert marie_plans(november_issued) == before


def test_a_change_from_the_next_month_is_accepted(november_issued: Engine) -> None:
    with unit_of_work(november_issued) as session:
        plans.change_plan(session, member=marie(session), plan_code="NOMADE", on=dt.date(2026, 12, 1))
    assert marie_plans(november_issued) == [("MOIS", dt.date(2026, 11, 1), dt.date(2026, 11, 30)),
                                            ("NOMADE", dt.date(2026, 12, 1), None)]


def test_after_a_whole_credit_note_the_change_is_accepted(november_issued: Engine) -> None:
    with unit_of_work(november_issued) as session:
        corrections.credit(session, "FLO-2026-0001", reason="changement de formule", amount="10")
    with pytest.raises(ValidationError, match="FLO-2026-0001"), unit_of_work(november_issued) as session:
        plans.change_plan(session, member=marie(session), plan_code="NOMADE", on=dt.date(2026, 11, 20))
    with unit_of_work(november_issued) as session:  # the rest of it: the whole invoice is now credited
        corrections.credit(session, "FLO-2026-0001", reason="changement de formule", amount="206")
    with unit_of_work(november_issued) as session:
        plans.change_plan(session, member=marie(session), plan_code="NOMADE", on=dt.date(2026, 11, 20))
    assert marie_plans(november_issued)[-1] == ("NOMADE", dt.date(2026, 11, 20), None)


def test_another_member_and_a_desk_sale_are_not_concerned(november_issued: Engine) -> None:
    with unit_of_work(november_issued) as session:  # Zoé has no invoice for November
        zoe = session.exec(select(Member).where(Member.number == 6)).one()
        plans.subscribe(session, member=zoe, plan_code="C10", start=dt.date(2026, 11, 20))
    # A carnet sold to Marie today is billed by the sale's own invoice, not by her November invoice.
    with unit_of_work(november_issued) as session:
        sale = sales.sell(session, member="1", plan="C10")
        assert sale.invoice_number == "FLO-2026-0006"
        assert session.exec(select(Subscription).where(Subscription.uid == sale.subscriptions[0])).one()


def test_a_monthly_plan_is_what_a_plan_change_moves_to(november_issued: Engine) -> None:
    with pytest.raises(ValidationError, match="plan C10 is a carnet plan: a plan change moves to a monthly plan"), \
            unit_of_work(november_issued) as session:
        plans.change_plan(session, member=marie(session), plan_code="C10", on=dt.date(2026, 12, 1))
