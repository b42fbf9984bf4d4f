"""Local days, daylight saving, who is in, and the automatic check-out at closing time."""

from __future__ import annotations

import datetime as dt

from sqlmodel import select

from telecentre_desk.db.models import CheckEvent, DayUsage
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.desk import presence
from telecentre_desk.desk.result import Decision
from tests.desk.conftest import PARIS, local


def _events(desk):
    with unit_of_work(desk.engine) as session:
        return [(r.direction, r.ts.astimezone(PARIS), r.source)
                for r in session.exec(select(CheckEvent).order_by(CheckEvent.ts)).all()]


def test_a_scan_at_half_past_midnight_local_belongs_to_that_local_day(desk) -> None:
    # 00:30 in Paris on 27 November is still 26 November in UTC.
    at = local(2026, 11, 27, 0, 30)
    assert at.astimezone(dt.UTC).day == 26
    desk.scan("Chloé", at)
    with unit_of_work(desk.engine) as session:
        assert session.exec(select(DayUsage.day)).all() == [dt.date(2026, 11, 27)]


def test_late_evening_and_next_morning_are_two_days_for_a_carnet(desk) -> None:
    desk.scan("Chloé", local(2026, 11, 26, 23, 50))
    desk.scan("Chloé", local(2026, 11, 26, 23, 55))
    nxt = desk.scan("Chloé", local(2026, 11, 27, 0, 10))
    assert (nxt.decision, nxt.credits_left) == (Decision.IN, 8)


def test_daylight_saving_days_count_real_hours(desk) -> None:
    # 29 March 2026: clocks go from 02:00 to 03:00 in Paris; 25 October 2026: from 03:00 back to 02:00.
    desk.scan("Marie", local(2026, 3, 29, 1, 0))
    assert desk.scan("Marie", local(2026, 3, 29, 4, 0)).minutes_today == 120
    desk.scan("Marie", local(2026, 10, 25, 1, 0))
    assert desk.scan("Marie", local(2026, 10, 25, 4, 0)).minutes_today == 240


def test_stale_visit_is_closed_at_its_closing_time_by_the_next_scan(desk) -> None:
    desk.scan("Marie", local(2026, 11, 25, 9, 0))  # forgot to check out on Wednesday
    morning = desk.scan("Marie", local(2026, 11, 26, 9, 0))
    assert morning.decision == Decision.IN  # not taken as a check-out
    assert _events(desk) == [("in", local(2026, 11, 25, 9, 0), "scanner"),
                             ("out", local(2026, 11, 25, 18, 30), "auto"),
                             ("in", local(2026, 11, 26, 9, 0), "scanner")]


def test_auto_checkout_at_closing_time_and_visible_next_morning(desk) -> None:
    desk.scan("Marie", local(2026, 11, 26, 9, 0))
    desk.scan("Chloé", local(2026, 11, 26, 10, 0))
    desk.scan("Chloé", local(2026, 11, 26, 12, 0))
    assert desk.front.auto_checkout(now=local(2026, 11, 26, 18, 0)) == 0  # still open
    assert [r.first_name for r in desk.front.who_is_in(now=local(2026, 11, 26, 18, 0))] == ["Marie"]
    assert desk.front.auto_checkout(now=local(2026, 11, 26, 18, 31)) == 1
    assert desk.front.auto_checkout(now=local(2026, 11, 26, 18, 45)) == 0  # idempotent
    assert desk.front.who_is_in(now=local(2026, 11, 26, 18, 45)) == []
    with desk.engine.connect() as conn:
        autos = presence.automatic_checkouts(conn, desk.front.context, dt.date(2026, 11, 26))
    assert autos == [("FLO-0001 Marie Dupont", local(2026, 11, 26, 18, 30).astimezone(dt.UTC))]


def test_arrival_after_closing_is_closed_at_midnight(desk) -> None:
    desk.scan("Marie", local(2026, 11, 26, 20, 0))  # warned: outside opening hours
    assert desk.front.auto_checkout(now=local(2026, 11, 27, 7, 0)) == 1
    assert _events(desk)[-1] == ("out", local(2026, 11, 26, 23, 59, 59), "auto")


def test_who_is_in_lists_arrival_and_plan(desk) -> None:
    desk.scan("Chloé", local(2026, 11, 26, 10, 0))
    desk.scan("Marie", local(2026, 11, 26, 9, 0))
    rows = desk.front.who_is_in(now=local(2026, 11, 26, 11, 0))
    assert [(r.display_number, r.first_name, r.since.astimezone(PARIS).strftime("%H:%M"), r.plan_name)
            for r in rows] == [("FLO-0001", "Marie", "09:00", "Résident mois"),
                               ("FLO-0002", "Chloé", "10:00", "Carnet 10 jours")]
    assert desk.front.who_is_in(now=local(2026, 11, 27, 8, 0)) == []  # a new day starts empty
