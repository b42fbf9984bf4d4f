"""The demo place: what a newcomer sees must look real and obey every rule the desk enforces."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, func
from sqlmodel import Session, col, select
from stdnum import bic, iban
from stdnum.fr import siren, siret

from telecentre_desk.common import clock
from telecentre_desk.common.errors import ConflictError, ValidationError
from telecentre_desk.db.migrate import open_database
from telecentre_desk.db.models import (
    CheckEvent,
    DayUsage,
    Desk,
    Member,
    MemberCategory,
    Place,
    PlaceClosure,
    Plan,
    Space,
    Subscription,
)
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.demo import names
from telecentre_desk.demo.generator import DemoSummary, generate_demo
from telecentre_desk.places import opening_hours

# The same instant as conftest's frozen clock: a module-scoped database is built before it applies.
NOW = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)
PARIS = clock.zone("Europe/Paris")


def _build(path: Path, **kwargs: int) -> tuple[Engine, DemoSummary]:
    clock.set_clock(lambda: NOW)
    try:
        engine = open_database(path)
        with unit_of_work(engine) as session:
            summary = generate_demo(session, **kwargs)
        return engine, summary
    finally:
        clock.set_clock(None)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, DemoSummary]]:
    engine, summary = _build(tmp_path_factory.mktemp("demo") / "demo.sqlite", members=40, months=6)
    yield engine, summary
    engine.dispose()


@pytest.fixture
def session(demo: tuple[Engine, DemoSummary]) -> Iterator[Session]:
    with Session(demo[0]) as s:
        yield s


def _count(session: Session, model: type) -> int:
    return session.exec(select(func.count()).select_from(model)).one()


def test_summary_counts_match_the_database(demo: tuple[Engine, DemoSummary], session: Session) -> None:
    summary = demo[1]
    assert summary.place_code == "FLO"
    assert (summary.members, summary.plans, summary.spaces, summary.desks) == (40, 7, 5, 13)
    assert (summary.first_day, summary.last_day) == (dt.date(2026, 5, 27), dt.date(2026, 11, 26))
    assert _count(session, Member) == summary.members
    assert _count(session, Plan) == summary.plans
    assert _count(session, Space) == summary.spaces
    assert _count(session, Desk) == summary.desks
    assert _count(session, CheckEvent) == summary.events
    assert _count(session, Subscription) == summary.subscriptions
    assert _count(session, PlaceClosure) == summary.closures
    inactive = session.exec(select(func.count()).where(Member.status == "inactive")).one()
    assert inactive == summary.inactive_members >= 1
    # About 5,000 events for 40 members over six months (40 % of them come most workdays).
    assert 2500 <= summary.events <= 6000
    assert summary.to_json()["first_day"] == "2026-05-27"


def test_the_place_has_a_valid_legal_identity(session: Session) -> None:
    place = session.exec(select(Place)).one()
    assert (place.code, place.is_local, place.origin) == ("FLO", True, "FLO")
    assert place.legal_name == "SoLozère Florac"
    assert siret.is_valid(place.siret) and place.siret.startswith(place.vat_number[4:])
    assert iban.is_valid(place.iban) and bic.is_valid(place.bic)
    assert (place.postcode, place.vat_regime) == ("48400", "standard")
    assert place.opening_hours == "mon-fri 08:30-18:30; sat 09:00-12:30"


def test_plans_cover_the_catalogue_in_cents(session: Session) -> None:
    plans = {p.code: p for p in session.exec(select(Plan))}
    assert {p.kind for p in plans.values()} == {"monthly", "carnet", "day", "halfday", "room_hour", "extra"}
    assert plans["RESIDENT"].price_cents == 18000
    assert plans["CARNET-10"].units == 10
    assert all(isinstance(p.price_cents, int) and p.price_cents > 0 for p in plans.values())


def test_rooms_and_desks(session: Session) -> None:
    kinds = sorted(s.kind for s in session.exec(select(Space)))
    assert kinds == ["meeting_room", "open_space", "phone_box", "private_office", "private_office"]
    open_space = session.exec(select(Space).where(Space.kind == "open_space")).one()
    assert _count(session, Desk) - 10 == 3
    assert len(session.exec(select(Desk).where(Desk.space_id == open_space.id)).all()) == 10
    assert all(row.origin == "FLO" for row in session.exec(select(Desk)))
    # Fixed desks belong to residents who are still members.
    for desk in session.exec(select(Desk).where(col(Desk.fixed_member_id).is_not(None))):
        member = session.get(Member, desk.fixed_member_id)
        assert member is not None and member.status == "active"


def test_members_have_a_home_place_and_numbers_in_order(session: Session) -> None:
    place = session.exec(select(Place)).one()
    rows = session.exec(select(Member).order_by(col(Member.number))).all()
    assert [m.number for m in rows] == list(range(1, 41))
    assert all(m.place_id == place.id and m.origin == "FLO" for m in rows)
    joined = [m.joined_on for m in rows]
    assert joined == sorted(joined)  # numbers follow seniority


def test_names_are_french_with_accents_and_contacts_are_reserved(session: Session) -> None:
    rows = session.exec(select(Member)).all()
    assert all(m.first_name in names.FIRST_NAMES and m.last_name in names.LAST_NAMES for m in rows)
    assert any(not m.first_name.isascii() for m in rows)
    assert any(not m.last_name.isascii() for m in rows)
    assert len({(m.first_name, m.last_name) for m in rows}) == len(rows)
    emails = [m.email for m in rows]
    assert len(set(emails)) == len(emails)
    assert all(re.fullmatch(r"[a-z-]+\.[a-z-]+\d*@example\.(fr|org)", e or "") for e in emails)
    assert all(m.phone is None or re.fullmatch(r"06( \d\d){4}", m.phone) for m in rows)


def test_categories_are_plausible(session: Session) -> None:
    rows = session.exec(select(Member)).all()
    counts = {c: sum(m.category == c for m in rows) for c in MemberCategory}
    assert max(counts, key=lambda c: counts[c]) == MemberCategory.FREELANCER
    assert counts[MemberCategory.COMPANY] == 2
    for member in rows:
        if member.category == MemberCategory.COMPANY:
            assert member.company_name and siren.is_valid(member.siren) and member.address
        if member.siren:
            assert siren.is_valid(member.siren)


def test_about_one_in_ten_holds_a_carnet(session: Session) -> None:
    carnet = session.exec(select(Plan).where(Plan.code == "CARNET-10")).one()
    subs = session.exec(select(Subscription).where(Subscription.plan_id == carnet.id)).all()
    assert len({s.member_id for s in subs}) == 4
    assert all(s.remaining_half_days is not None and 0 <= s.remaining_half_days <= 20 for s in subs)
    # What the desk would have written: one usage row per day charged, the rest left on the carnet.
    for sub in subs:
        used = session.exec(select(DayUsage).where(DayUsage.subscription_id == sub.id)).all()
        assert sum(u.half_days for u in used) + sub.remaining_half_days == 20
        assert all(sub.start_date <= u.day <= (sub.end_date or u.day) for u in used)
    assert session.exec(select(func.count()).select_from(DayUsage)).one() > 0
    # Successive carnets of one member do not overlap.
    for _, group in itertools.groupby(sorted(subs, key=lambda s: (s.member_id, s.start_date)),
                                      key=lambda s: s.member_id):
        for older, newer in itertools.pairwise(list(group)):
            assert older.end_date is not None and older.end_date < newer.start_date


def test_every_visit_is_an_in_then_an_out_within_opening_hours(
        demo: tuple[Engine, DemoSummary], session: Session) -> None:
    summary = demo[1]
    hours = opening_hours.parse(session.exec(select(Place)).one().opening_hours)
    closed = {c.start_date + dt.timedelta(days=i) for c in session.exec(select(PlaceClosure))
              for i in range((c.end_date - c.start_date).days + 1)}
    members = {m.id: m for m in session.exec(select(Member))}
    events = session.exec(select(CheckEvent).order_by(col(CheckEvent.member_id), col(CheckEvent.ts))).all()
    still_in = 0
    for member_id, group in itertools.groupby(events, key=lambda e: e.member_id):
        rows = list(group)
        for pair in (rows[i:i + 2] for i in range(0, len(rows), 2)):
            arrive = pair[0].ts.astimezone(PARIS)
            assert pair[0].direction == "in"
            assert summary.first_day <= arrive.date() <= summary.last_day
            assert arrive.date() not in closed
            assert opening_hours.is_open(hours, arrive)
            assert members[member_id].joined_on <= arrive.date()
            if len(pair) == 1:  # only today's last visit may still be open
                assert arrive.date() == summary.last_day
                still_in += 1
                continue
            leave = pair[1].ts.astimezone(PARIS)
            assert pair[1].direction == "out"
            assert arrive < leave and leave.date() == arrive.date()
            # Out at closing time at the latest (the automatic check-out is exactly then).
            assert opening_hours.is_open(hours, leave - dt.timedelta(seconds=1))
    assert still_in > 0  # at 10:00 on a Thursday, people are in
    assert max(e.ts for e in events) <= NOW


def test_events_are_mostly_scanned(session: Session) -> None:
    rows = session.exec(select(CheckEvent.source, func.count()).group_by(col(CheckEvent.source))).all()
    by_source = dict(rows)
    assert by_source["scanner"] > 0.85 * sum(by_source.values())
    assert set(by_source) <= {"scanner", "manual", "auto"}


def test_left_members_are_inactive_and_stop_coming(session: Session) -> None:
    for member in session.exec(select(Member).where(Member.status == "inactive")):
        subs = session.exec(select(Subscription).where(Subscription.member_id == member.id)).all()
        assert all(s.end_date is not None for s in subs)
        last_day = max((s.end_date for s in subs), default=None)
        last_event = session.exec(
            select(func.max(CheckEvent.ts)).where(CheckEvent.member_id == member.id)).one()
        if last_day and last_event:
            assert last_event.astimezone(PARIS).date() <= last_day


def test_same_seed_same_demo_other_seed_other_demo(tmp_path: Path, demo: tuple[Engine, DemoSummary]) -> None:
    def people(engine: Engine) -> list[tuple]:
        with Session(engine) as s:
            return [(m.number, m.first_name, m.last_name, m.email, m.phone, m.category, m.joined_on, m.status)
                    for m in s.exec(select(Member).order_by(col(Member.number)))]

    def visits(engine: Engine) -> list[tuple]:
        with Session(engine) as s:
            return list(s.exec(select(Member.number, CheckEvent.ts, CheckEvent.direction)
                               .join(Member, col(Member.id) == col(CheckEvent.member_id))
                               .order_by(col(CheckEvent.id))).all())

    again, again_summary = _build(tmp_path / "again.sqlite", members=40, months=6)
    other, _ = _build(tmp_path / "other.sqlite", members=40, months=6, seed=7)
    try:
        assert people(again) == people(demo[0])
        assert again_summary == demo[1]
        assert visits(again) == visits(demo[0])
        assert people(other) != people(demo[0])
    finally:
        again.dispose()
        other.dispose()


def test_an_explicit_today_ends_the_history_that_day(engine: Engine) -> None:
    with unit_of_work(engine) as session:
        summary = generate_demo(session, members=5, months=1, seed=1, today=dt.date(2026, 6, 30))
    assert (summary.first_day, summary.last_day) == (dt.date(2026, 5, 31), dt.date(2026, 6, 30))
    with Session(engine) as session:
        last = session.exec(select(func.max(CheckEvent.ts))).one()
    assert last is not None and last.astimezone(PARIS).date() <= dt.date(2026, 6, 30)


def test_refused_on_a_database_that_has_a_place(place_engine: Engine) -> None:
    with pytest.raises(ConflictError, match=r"already has a place \(FLO\); use a new --db"), \
            unit_of_work(place_engine) as session:
        generate_demo(session, members=3, months=1)
    with Session(place_engine) as session:
        assert _count(session, Member) == 0


@pytest.mark.parametrize(("members", "months"), [(0, 6), (40, 0), (40, 241)])
def test_counts_out_of_range_are_refused(engine: Engine, members: int, months: int) -> None:
    with pytest.raises(ValidationError), unit_of_work(engine) as session:
        generate_demo(session, members=members, months=months)
