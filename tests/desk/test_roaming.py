"""A member of Marvejols scans at Florac: the badge is checked with what Marvejols' export carries
(only the hash of its secret), and Florac's ``network_member`` rule decides: welcome (the default),
refused, or welcome with a warning. Their entitlement is the plan they hold at home."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlmodel import select

from telecentre_desk.badges.payload import BadgePayload
from telecentre_desk.badges.secrets import derive_token, token_hash
from telecentre_desk.badges.verify import BadgeHolder
from telecentre_desk.db.models import AuditEntry, Badge, CheckEvent, DayUsage, Invoice, Member, VisitDay
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.desk import policies
from telecentre_desk.desk.result import Decision
from tests.desk.conftest import KEY, local
from tests.network.conftest import add_member, add_place

MAR_KEY = bytes(range(100, 132))  # Marvejols' own badge key: Florac never has it
THURSDAY = (2026, 11, 26)


def mar_badge(number: int, serial: int = 1, key: bytes = MAR_KEY) -> BadgePayload:
    return BadgePayload("MAR", number, serial, derive_token(key, "MAR", number, serial))


@pytest.fixture
def roaming(desk):
    """Paul (MAR-0007, home plan "Résident Marvejols") and Zoé (MAR-0008, no plan at home), their badges
    as Marvejols exported them: the secret's hash only."""
    with unit_of_work(desk.engine) as session:
        mar = add_place(session, "MAR", "Télécentre de Marvejols", postcode="48100", city="Marvejols",
                        rate_cents=1200)
        paul = add_member(session, mar, 7, "Paul", "R.", home_plan="Résident Marvejols")
        zoe = add_member(session, mar, 8, "Zoé", "L.", home_plan=None)
        for who, number in ((paul, 7), (zoe, 8)):
            session.add(Badge(member_id=who.id, origin="MAR", serial=1, secret_hash=token_hash(mar_badge(number)),
                              issued_at=dt.datetime(2026, 9, 1, tzinfo=dt.UTC)))
    desk.badge["Paul"] = mar_badge(7).text()
    desk.badge["Zoé"] = mar_badge(8).text()
    return desk


def set_rule(desk, outcome: policies.Outcome) -> None:
    with desk.engine.begin() as conn:
        current = policies.load(conn, desk.front.context.place_id)
        policies.save(conn, desk.front.context.place_id,
                      dataclasses.replace(current, outcomes={**current.outcomes, "network_member": outcome}))
    desk.front.reload()


def recorded(desk) -> list[tuple[int, int, str]]:
    with unit_of_work(desk.engine) as session:
        return [(e.member_id, e.place_id, e.direction) for e in session.exec(select(CheckEvent)).all()]


def test_welcome_by_default_on_the_home_plan(roaming) -> None:
    result = roaming.scan("Paul", local(*THURSDAY, 9, 0))
    assert (result.decision, result.reason, result.warnings) == (Decision.IN, None, ())
    assert (result.name, result.display_number, result.plan_name) == ("Paul R.", "MAR-0007", "Résident Marvejols")
    assert result.credits_left is None
    assert recorded(roaming) == [(5, 1, "in")]  # the visit is Florac's row, the member Marvejols'
    with unit_of_work(roaming.engine) as session:
        day = session.exec(select(VisitDay)).one()
        assert (day.place_id, day.member_id, day.day) == (1, 5, dt.date(*THURSDAY))
        assert session.exec(select(DayUsage)).all() == []  # no carnet of his is charged here
    out = roaming.scan("Paul", local(*THURSDAY, 17, 0))
    assert (out.decision, out.minutes_today) == (Decision.OUT, 8 * 60)


def test_refused_when_the_place_blocks_network_members(roaming) -> None:
    set_rule(roaming, policies.Outcome.BLOCK)
    result = roaming.scan("Paul", local(*THURSDAY, 9, 0))
    assert (result.decision, result.reason, result.recorded) == (Decision.DENIED, "network_member", False)
    assert recorded(roaming) == []
    assert roaming.scan("Marie", local(*THURSDAY, 9, 0)).decision == Decision.IN  # our own members: unchanged


def test_a_warning_when_the_place_warns(roaming) -> None:
    set_rule(roaming, policies.Outcome.WARN)
    result = roaming.scan("Paul", local(*THURSDAY, 9, 0))
    assert (result.decision, result.warnings, result.recorded) == (Decision.IN, ("network_member",), True)
    assert roaming.scan("Marie", local(*THURSDAY, 9, 0)).warnings == ()


def test_no_plan_at_home_is_no_active_plan(roaming) -> None:
    result = roaming.scan("Zoé", local(*THURSDAY, 9, 0))
    assert (result.decision, result.reason) == (Decision.DENIED, "no_active_plan")
    with roaming.engine.begin() as conn:
        current = policies.load(conn, roaming.front.context.place_id)
        policies.save(conn, roaming.front.context.place_id, dataclasses.replace(
            current, outcomes={**current.outcomes, "no_active_plan": policies.Outcome.WARN}))
    roaming.front.reload()
    let_in = roaming.scan("Zoé", local(*THURSDAY, 9, 5))
    assert (let_in.decision, let_in.warnings, let_in.plan_name) == (Decision.IN, ("no_active_plan",), None)


def test_unpaid_and_carnet_rules_do_not_apply_to_them(roaming) -> None:
    with roaming.engine.begin() as conn:
        current = policies.load(conn, roaming.front.context.place_id)
        policies.save(conn, roaming.front.context.place_id, dataclasses.replace(
            current, outcomes={**current.outcomes, "unpaid": policies.Outcome.BLOCK}, unpaid_after_days=0))
    roaming.front.reload()
    with unit_of_work(roaming.engine) as session:
        # An overdue invoice naming Paul (it cannot happen through the app; the rule must still not look).
        session.add(Invoice(place_id=1, member_id=5, origin="FLO", status="issued", number="FLO-2026-0099",
                            issue_date=dt.date(2026, 9, 1), due_date=dt.date(2026, 10, 1),
                            period_start=dt.date(2026, 9, 1), period_end=dt.date(2026, 9, 30),
                            total_incl_vat_cents=1000))
    assert roaming.scan("Paul", local(*THURSDAY, 9, 0)).decision == Decision.IN


def test_inactive_at_home_is_refused_here(roaming) -> None:
    with unit_of_work(roaming.engine) as session:
        paul = session.get(Member, 5)
        paul.status = "inactive"
        session.add(paul)
    assert roaming.scan("Paul", local(*THURSDAY, 9, 0)).reason == "inactive_member"


def test_a_forged_token_is_refused(roaming) -> None:
    made_with_florac_key = mar_badge(7, key=KEY).text()
    result = roaming.front.scan(made_with_florac_key, at=local(*THURSDAY, 9, 0))
    assert (result.decision, result.reason) == (Decision.DENIED, "forged")
    wrong_serial = mar_badge(7, serial=2).text()
    assert roaming.front.scan(wrong_serial, at=local(*THURSDAY, 9, 0)).reason == "forged"
    assert recorded(roaming) == []


def test_a_revoked_badge_is_refused_even_when_network_members_are_welcome(roaming) -> None:
    with unit_of_work(roaming.engine) as session:
        badge = session.exec(select(Badge).where(Badge.member_id == 5)).one()
        badge.status = "revoked"
        session.add(badge)
    result = roaming.scan("Paul", local(*THURSDAY, 9, 0))
    assert (result.decision, result.reason) == (Decision.DENIED, "revoked")
    assert recorded(roaming) == []


def test_the_host_may_override_a_refusal_and_it_is_audited(roaming) -> None:
    set_rule(roaming, policies.Outcome.BLOCK)
    with unit_of_work(roaming.engine) as session:
        holder = BadgeHolder(5, session.get(Member, 5).uid, "Paul", "R.", "active", "member", "MAR", 7)
    result = roaming.front.check_in_member(holder, at=local(*THURSDAY, 9, 0), override_reason="rendez-vous")
    assert (result.decision, result.warnings) == (Decision.IN, ("network_member",))
    with unit_of_work(roaming.engine) as session:
        entry = session.exec(select(AuditEntry).where(AuditEntry.action == "desk.override")).one()
        assert "network_member" in entry.details
