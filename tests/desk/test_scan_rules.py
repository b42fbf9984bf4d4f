"""The desk's decisions: in, out, refusals with their reason, warnings, policies, carnets."""

from __future__ import annotations

import dataclasses

import pytest
from sqlmodel import select

from telecentre_desk.badges import payload as bp
from telecentre_desk.badges import service as badges
from telecentre_desk.db.models import AuditEntry, CheckEvent, DayUsage, Subscription
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.desk import policies
from telecentre_desk.desk.result import Decision
from tests.desk.conftest import KEY, local

THURSDAY = (2026, 11, 26)


def events(desk) -> list[tuple[str, str, str]]:
    with unit_of_work(desk.engine) as session:
        rows = session.exec(select(CheckEvent).order_by(CheckEvent.ts)).all()
        return [(r.member_id, r.direction, r.source) for r in rows]


def set_policies(desk, **changes) -> None:
    with desk.engine.begin() as conn:
        current = policies.load(conn, desk.front.context.place_id)
        policies.save(conn, desk.front.context.place_id, dataclasses.replace(current, **changes))
    desk.front.reload()


def test_in_then_out_with_the_time_spent(desk) -> None:
    arrived = desk.scan("Marie", local(*THURSDAY, 9, 0))
    assert (arrived.decision, arrived.name, arrived.reason, arrived.recorded) == (
        Decision.IN, "Marie Dupont", None, True)
    assert (arrived.plan_name, arrived.credits_left, arrived.warnings) == ("Résident mois", None, ())
    left = desk.scan("Marie", local(*THURSDAY, 15, 20))
    assert (left.decision, left.minutes_today) == (Decision.OUT, 6 * 60 + 20)
    assert events(desk) == [(1, "in", "scanner"), (1, "out", "scanner")]


def test_second_scan_within_the_window_repeats_and_records_nothing(desk) -> None:
    desk.scan("Marie", local(*THURSDAY, 9, 0))
    again = desk.scan("Marie", local(*THURSDAY, 9, 1, 59))
    assert (again.decision, again.repeat, again.recorded) == (Decision.IN, True, False)
    assert again.warnings == ("repeat_scan",)
    out = desk.scan("Marie", local(*THURSDAY, 9, 2, 1))
    assert out.decision == Decision.OUT
    assert desk.scan("Marie", local(*THURSDAY, 9, 3)).repeat  # a double read at the door going out
    assert events(desk) == [(1, "in", "scanner"), (1, "out", "scanner")]


def test_window_is_configurable(desk) -> None:
    set_policies(desk, repeat_window_s=10)
    desk.scan("Marie", local(*THURSDAY, 9, 0))
    assert desk.scan("Marie", local(*THURSDAY, 9, 0, 30)).decision == Decision.OUT


def test_carnet_uses_one_day_per_day_not_per_scan(desk) -> None:
    first = desk.scan("Chloé", local(*THURSDAY, 9, 0))
    assert (first.decision, first.credits_left, first.plan_name) == (Decision.IN, 9, "Carnet 10 jours")
    desk.scan("Chloé", local(*THURSDAY, 12, 0))
    back = desk.scan("Chloé", local(*THURSDAY, 14, 0))
    assert (back.decision, back.credits_left) == (Decision.IN, 9)
    assert desk.scan("Chloé", local(2026, 11, 27, 9, 0)).credits_left == 8


def test_short_day_counts_half_when_the_place_says_so(desk) -> None:
    set_policies(desk, halfday_max_hours=4.5)
    desk.scan("Chloé", local(*THURSDAY, 9, 0))
    out = desk.scan("Chloé", local(*THURSDAY, 12, 0))
    assert out.credits_left == 9.5
    desk.scan("Chloé", local(*THURSDAY, 14, 0))
    long_day = desk.scan("Chloé", local(*THURSDAY, 17, 0))  # 6 h in all: a full day again
    assert long_day.credits_left == 9
    with unit_of_work(desk.engine) as session:
        assert session.exec(select(DayUsage.half_days)).all() == [2]


def test_no_credits_left_blocks_by_default_and_can_allow_and_bill(desk) -> None:
    with unit_of_work(desk.engine) as session:
        sub = session.exec(select(Subscription).where(Subscription.member_id == 2)).one()
        sub.remaining_half_days = 0
        session.add(sub)
    refused = desk.scan("Chloé", local(*THURSDAY, 9, 0))
    assert (refused.decision, refused.reason, refused.recorded) == (Decision.DENIED, "no_credits_left", False)
    set_policies(desk, outcomes={**policies.DeskPolicies().outcomes, "no_credits_left": policies.Outcome.ALLOW})
    allowed = desk.scan("Chloé", local(*THURSDAY, 9, 5))
    assert (allowed.decision, allowed.warnings, allowed.credits_left) == (Decision.IN, (), 0)
    with unit_of_work(desk.engine) as session:
        usage = session.exec(select(DayUsage)).one()
        assert (usage.overuse, usage.half_days) == (True, 2)  # billed later by the invoicing run


def test_no_active_plan_and_inactive_member(desk) -> None:
    assert desk.scan("Jean", local(*THURSDAY, 9, 0)).reason == "no_active_plan"
    paul = desk.scan("Paul", local(*THURSDAY, 9, 0))
    assert (paul.decision, paul.reason) == (Decision.DENIED, "inactive_member")
    assert events(desk) == []


def test_outside_opening_hours_warns_by_default_and_can_block(desk) -> None:
    early = desk.scan("Marie", local(*THURSDAY, 7, 45))
    assert (early.decision, early.warnings) == (Decision.IN, ("outside_opening_hours",))
    sunday = (2026, 11, 29)
    set_policies(desk, outcomes={**policies.DeskPolicies().outcomes,
                                 "outside_opening_hours": policies.Outcome.BLOCK})
    assert desk.scan("Marie", local(*sunday, 10, 0)).reason == "outside_opening_hours"


def test_warn_and_allow_for_every_rule(desk) -> None:
    all_warn = {rule: policies.Outcome.WARN for rule in policies.RULES}
    set_policies(desk, outcomes=all_warn)
    jean = desk.scan("Jean", local(2026, 11, 29, 10, 0))  # no plan, on a Sunday
    assert (jean.decision, jean.warnings) == (Decision.IN, ("no_active_plan", "outside_opening_hours"))
    set_policies(desk, outcomes={rule: policies.Outcome.ALLOW for rule in policies.RULES})
    paul = desk.scan("Paul", local(2026, 11, 29, 10, 0))
    assert (paul.decision, paul.warnings) == (Decision.IN, ())


def test_unpaid_invoice_overdue(desk) -> None:
    import datetime as dt

    from telecentre_desk.db.models import Invoice

    with unit_of_work(desk.engine) as session:
        session.add(Invoice(place_id=1, member_id=1, origin="FLO", status="issued", number="FLO-2026-0001",
                            issue_date=dt.date(2026, 9, 1), due_date=dt.date(2026, 10, 1),
                            total_incl_vat_cents=21600))
    result = desk.scan("Marie", local(*THURSDAY, 9, 0))
    assert (result.decision, result.warnings) == (Decision.IN, ("unpaid",))
    set_policies(desk, outcomes={**policies.DeskPolicies().outcomes, "unpaid": policies.Outcome.BLOCK},
                 unpaid_after_days=90)
    assert desk.scan("Marie", local(*THURSDAY, 17, 0)).decision == Decision.OUT  # never kept in
    assert desk.scan("Marie", local(2026, 11, 27, 9, 0)).decision == Decision.IN  # 57 days: under 90
    assert desk.scan("Marie", local(2027, 1, 4, 9, 0)).reason == "unpaid"


@pytest.mark.parametrize(("mangle", "reason"), [
    (lambda p: p[:-1] + ("A" if p[-1] != "A" else "B"), "forged"),
    (lambda p: p.replace("TD1:FLO:1:", "TD1:FLO:77:"), "unknown_badge"),
    (lambda p: p.replace("TD1:FLO:", "TD1:MEN:"), "unknown_badge"),
    (lambda p: p.replace("TD1:FLO:1:1:", "TD1:FLO:1:9:"), "forged"),  # a serial that was never issued
    (lambda p: p[:20], "unknown_badge"),
    (lambda p: "Bonjour", "unknown_badge"),
])
def test_forged_or_unknown_badges_are_refused_and_not_recorded(desk, mangle, reason) -> None:
    result = desk.front.scan(mangle(desk.badge["Marie"]), at=local(*THURSDAY, 9, 0))
    assert (result.decision, result.reason, result.recorded) == (Decision.DENIED, reason, False)
    assert events(desk) == []


def test_bit_flip_anywhere_in_the_token_is_forged(desk) -> None:
    payload = bp.parse(desk.badge["Marie"])
    raw = bytearray(payload.token_bytes())
    for bit in range(128):
        flipped = bytearray(raw)
        flipped[bit // 8] ^= 1 << (bit % 8)
        text = bp.BadgePayload(payload.place_code, payload.number, payload.serial,
                               bp.token_from_bytes(bytes(flipped))).text()
        assert desk.front.scan(text, at=local(*THURSDAY, 9, 0)).reason == "forged"


def test_reissue_makes_the_old_badge_superseded_and_revoke_revoked(desk) -> None:
    old = desk.badge["Marie"]
    with unit_of_work(desk.engine) as session:
        new = badges.issue_badge(session, "1", key=KEY).payload
    assert desk.front.scan(old, at=local(*THURSDAY, 9, 0)).reason == "superseded"
    assert desk.front.scan(new, at=local(*THURSDAY, 9, 0)).decision == Decision.IN
    with unit_of_work(desk.engine) as session:
        badges.revoke_badge(session, "1")
    assert desk.front.scan(new, at=local(*THURSDAY, 18, 0)).reason == "revoked"


def test_garbled_scan_is_recognised(desk) -> None:
    result = desk.front.scan(bp.garble_azerty(desk.badge["Marie"]) + "\r", at=local(*THURSDAY, 9, 0))
    assert (result.decision, result.name) == (Decision.IN, "Marie Dupont")


def test_host_override_is_audited(desk) -> None:
    from telecentre_desk.db.uow import unit_of_work as uow
    from telecentre_desk.desk.holders import holder_for

    with uow(desk.engine) as session:
        jean = holder_for(session, "3")
    with pytest.raises(Exception, match="reason"):
        desk.front.check_in_member(jean, at=local(*THURSDAY, 9, 0), override_reason="  ")
    refused = desk.front.check_in_member(jean, at=local(*THURSDAY, 9, 0))
    assert refused.reason == "no_active_plan"
    let_in = desk.front.check_in_member(jean, at=local(*THURSDAY, 9, 1), actor="Sophie",
                                        override_reason="vient signer son abonnement")
    assert (let_in.decision, let_in.warnings) == (Decision.IN, ("no_active_plan",))
    with unit_of_work(desk.engine) as session:
        entry = session.exec(select(AuditEntry).where(AuditEntry.action == "desk.override")).one()
        assert entry.actor == "Sophie"
        assert "vient signer son abonnement" in entry.details
    assert events(desk) == [(3, "in", "manual")]
