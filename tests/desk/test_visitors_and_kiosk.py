"""Visitors with a day pass, members' guests, the day's last scans, and the kiosk PIN."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from telecentre_desk.common.errors import ValidationError
from telecentre_desk.db.models import Member, Subscription
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.desk import kiosk, presence
from telecentre_desk.desk.holders import holder_for
from telecentre_desk.desk.result import Decision
from telecentre_desk.members.visitors import register_visitor
from telecentre_desk.plans import service as plans
from tests.desk.conftest import local

DAY = dt.date(2026, 11, 26)


def test_visitor_with_a_day_pass_gets_in_that_day_only(desk) -> None:
    with unit_of_work(desk.engine) as session:
        plans.add_plan(session, code="JOUR", name="Pass journée", kind="day", price="15")
        info = register_visitor(session, first_name="Lucie", last_name="Vidal", day=DAY, pass_code="JOUR")
        holder = holder_for(session, info.id)
    assert (info.plan_code, info.number) == ("JOUR", 5)
    result = desk.front.check_in_member(holder, at=local(2026, 11, 26, 10, 0))
    assert (result.decision, result.plan_name, result.credits_left) == (Decision.IN, "Pass journée", None)
    desk.front.check_in_member(holder, at=local(2026, 11, 26, 16, 0))
    assert desk.front.check_in_member(holder, at=local(2026, 11, 27, 10, 0)).reason == "no_active_plan"
    with unit_of_work(desk.engine) as session:
        sub = session.exec(select(Subscription).where(Subscription.member_id == 5)).one()
        assert (sub.start_date, sub.end_date) == (DAY, DAY)  # billed as one day pass


def test_guest_of_a_member_gets_in_without_a_plan(desk) -> None:
    with unit_of_work(desk.engine) as session:
        info = register_visitor(session, first_name="Hugo", last_name="Morel", day=DAY, guest_of="1")
        holder = holder_for(session, info.id)
        row = session.exec(select(Member).where(Member.uid == info.id)).one()
        assert (row.kind, row.guest_of_id, row.category) == ("guest", 1, "other")
    assert desk.front.check_in_member(holder, at=local(2026, 11, 26, 10, 0)).decision == Decision.IN


@pytest.mark.parametrize(("kwargs", "field"), [
    ({}, "kind"), ({"pass_code": "MOIS"}, "pass"), ({"guest_of": "4"}, "guest_of"),
    ({"guest_of": "1", "pass_code": "MOIS"}, "kind"), ({"guest_of": "1", "first_name": ""}, "first_name"),
])
def test_bad_visitors(desk, kwargs: dict, field: str) -> None:
    args = {"first_name": "Lucie", "last_name": "Vidal", "day": DAY, **kwargs}
    with pytest.raises(ValidationError) as err, unit_of_work(desk.engine) as session:
        register_visitor(session, **args)
    assert err.value.field == field
    with unit_of_work(desk.engine) as session:
        assert len(session.exec(select(Member)).all()) == 4  # nothing half-written


def test_recent_events_newest_first(desk) -> None:
    desk.scan("Marie", local(2026, 11, 26, 9, 0))
    desk.scan("Chloé", local(2026, 11, 26, 9, 30))
    desk.scan("Marie", local(2026, 11, 26, 12, 0))
    with desk.engine.connect() as conn:
        recent = presence.recent_events(conn, desk.front.context, now=local(2026, 11, 26, 12, 5))
    assert [(e.direction, e.name) for e in recent] == [("out", "Marie Dupont"), ("in", "Chloé Thévenot"),
                                                       ("in", "Marie Dupont")]


def test_kiosk_pin(desk) -> None:
    place_id = desk.front.context.place_id
    with desk.engine.begin() as conn:
        assert kiosk.check_pin(conn, place_id, "0000")  # no PIN yet: kiosk mode is not locked
        for bad in ("12", "abcd", "123456789"):
            with pytest.raises(ValidationError, match="4 to 8 digits"):
                kiosk.set_pin(conn, place_id, bad)
        kiosk.set_pin(conn, place_id, "4821")
    with desk.engine.begin() as conn:
        assert kiosk.has_pin(conn, place_id)
        assert kiosk.check_pin(conn, place_id, "4821")
        assert not kiosk.check_pin(conn, place_id, "4822")
        stored = conn.exec_driver_sql("SELECT value FROM place_setting WHERE key = 'desk.kiosk_pin'").scalar()
    assert "4821" not in stored
