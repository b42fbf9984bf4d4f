"""The monthly run bills our members' network visits when our rule is "home" (roaming_engine, conftest).

Marie: 3 visit-days at Marvejols (12,00) -> "Accès réseau — Télécentre de Marvejols : 3 j", 36,00 HT,
VAT 20 % 7,20, 43,20 TTC. Jean: 1 day at Langogne (8,00) -> 8,00 HT. Paul (a member of Marvejols who
came to Florac) is billed by his own place, never here.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from sqlalchemy import Engine

from telecentre_desk.billing import drafts
from telecentre_desk.billing.info import read_invoices
from telecentre_desk.billing.month import Month
from telecentre_desk.db.models import Member
from telecentre_desk.db.uow import dbapi, unit_of_work
from telecentre_desk.places import service as places
from telecentre_desk.plans import service as plans
from tests.network.conftest import local_member

TODAY = dt.date(2026, 11, 26)


def run(engine: Engine, month: str = "2026-11") -> tuple[drafts.RunSummary, dict[str, tuple]]:
    with unit_of_work(engine) as session:
        summary = drafts.run_month(session, Month.parse(month))
        rows = read_invoices(dbapi(session), today=TODAY, period_start=Month.parse(month).first, with_lines=True)
    return summary, {r.member_name.split()[0]: (
        r.total_excl_vat_cents, r.vat_cents, r.total_incl_vat_cents,
        [(line.description, line.quantity, line.unit_price_cents, line.vat_rate_bp, line.total_excl_vat_cents)
         for line in r.lines]) for r in rows}


def sql(db_path, statement: str) -> None:
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute(statement)
    conn.close()


def test_home_rule_adds_a_line_per_visited_place(roaming_engine: Engine) -> None:
    summary, bills = run(roaming_engine)
    assert bills["Marie"] == (3600, 720, 4320, [("Accès réseau — Télécentre de Marvejols : 3 j", 3, 1200, 2000, 3600)])
    assert bills["Jean"][3] == [("Accès réseau — Comptoir de Langogne : 1 j", 1, 800, 2000, 800)]
    assert set(bills) == {"Marie", "Jean"}  # Paul and Léa are other places' members
    assert (summary.drafted, summary.warnings) == (2, [])


def test_lines_follow_the_subscription_lines(roaming_engine: Engine) -> None:
    with unit_of_work(roaming_engine) as session:
        plans.add_plan(session, code="MOIS", name="Résident mois", kind="monthly", price="180")
        marie = session.get(Member, local_member(session, 1).id)
        plans.subscribe(session, member=marie, plan_code="MOIS", start=dt.date(2026, 11, 1))
    _, bills = run(roaming_engine)
    assert [line[0] for line in bills["Marie"][3]] == ["Résident mois — novembre 2026",
                                                       "Accès réseau — Télécentre de Marvejols : 3 j"]
    assert bills["Marie"][:3] == (21600, 4320, 25920)  # (180 + 36) HT, VAT on the sum


def test_running_the_month_again_does_not_duplicate(roaming_engine: Engine) -> None:
    run(roaming_engine)
    summary, bills = run(roaming_engine)
    assert bills["Marie"] == (3600, 720, 4320, [("Accès réseau — Télécentre de Marvejols : 3 j", 3, 1200, 2000, 3600)])
    assert summary.drafted == 2
    with unit_of_work(roaming_engine) as session:
        assert len(read_invoices(dbapi(session), today=TODAY, period_start=dt.date(2026, 11, 1))) == 2


def test_visited_rule_adds_nothing(roaming_engine: Engine, db_path) -> None:
    sql(db_path, "UPDATE place SET network_billing = 'visited' WHERE is_local")
    summary, bills = run(roaming_engine)
    assert bills == {}
    assert (summary.drafted, summary.warnings) == (0, [])


def test_a_visit_that_becomes_visited_billed_removes_the_draft_line(roaming_engine: Engine, db_path) -> None:
    run(roaming_engine)
    sql(db_path, "UPDATE place SET network_billing = 'visited' WHERE is_local")
    summary, bills = run(roaming_engine)
    assert (bills, summary.removed) == ({}, 2)


def test_no_rate_is_reported_not_billed(roaming_engine: Engine, db_path) -> None:
    sql(db_path, "UPDATE place SET network_day_rate_cents = NULL WHERE code = 'MAR'")
    summary, bills = run(roaming_engine)
    assert "Marie" not in bills
    assert bills["Jean"][3] == [("Accès réseau — Comptoir de Langogne : 1 j", 1, 800, 2000, 800)]
    assert summary.warnings == ["1: 3 network day(s) at Télécentre de Marvejols not billed: "
                                "that place has no network day rate"]


def test_franchise_bills_network_days_without_vat(roaming_engine: Engine) -> None:
    with unit_of_work(roaming_engine) as session:
        places.edit_place(session, vat_regime="franchise")
    _, bills = run(roaming_engine)
    assert bills["Marie"] == (3600, 0, 3600, [("Accès réseau — Télécentre de Marvejols : 3 j", 3, 1200, 0, 3600)])


def test_another_month_bills_its_own_days(roaming_engine: Engine) -> None:
    _, october = run(roaming_engine, "2026-10")
    assert october["Marie"][3] == [("Accès réseau — Télécentre de Marvejols : 1 j", 1, 1200, 2000, 1200)]
    _, december = run(roaming_engine, "2026-12")
    assert december["Marie"][3] == [("Accès réseau — Télécentre de Marvejols : 1 j", 1, 1200, 2000, 1200)]
