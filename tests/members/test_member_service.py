"""Members: registering, numbering, finding, editing, deactivating."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from telecentre_desk.common.errors import ConflictError, NotFoundError, ValidationError
from telecentre_desk.db.models import Member, Subscription
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.plans import service as plans


@pytest.fixture
def desk(place_engine: Engine) -> Engine:
    with unit_of_work(place_engine) as session:
        plans.add_plan(session, code="MOIS", name="Résident mois", kind="monthly", price="180")
        plans.add_plan(session, code="C10", name="Carnet 10 jours", kind="carnet", price="120", units=10)
    return place_engine


def test_numbers_follow_each_other_and_show_the_place_code(desk: Engine) -> None:
    with unit_of_work(desk) as session:
        a = members.add_member(session, first_name="Marie", last_name="Dupont")
        b = members.add_member(session, first_name="Élodie", last_name="Thévenot", category="jobseeker")
    assert (a.number, a.display_number) == (1, "FLO-0001")
    assert (b.number, b.display_number, b.category) == (2, "FLO-0002", "jobseeker")
    assert a.joined_on == dt.date(2026, 11, 26)  # the frozen "today" at the place


def test_member_with_a_plan_is_subscribed_from_the_start_date(desk: Engine) -> None:
    with unit_of_work(desk) as session:
        info = members.add_member(session, first_name="Marie", last_name="Dupont", plan_code="C10",
                                  start=dt.date(2026, 11, 2))
    assert (info.plan_code, info.plan_name) == ("C10", "Carnet 10 jours")
    with unit_of_work(desk) as session:
        sub = session.exec(select(Subscription)).one()
        assert (sub.start_date, sub.end_date, sub.remaining_half_days) == (dt.date(2026, 11, 2), None, 20)


def test_unknown_plan_writes_no_member(desk: Engine) -> None:
    with pytest.raises(NotFoundError, match="no plan with code 'NOPE'"), unit_of_work(desk) as session:
        members.add_member(session, first_name="Marie", last_name="Dupont", plan_code="NOPE")
    with unit_of_work(desk) as session:
        assert session.exec(select(Member)).all() == []


@pytest.mark.parametrize(("fields", "bad_field"), [
    ({"first_name": "", "last_name": "Dupont"}, "first_name"),
    ({"first_name": "Marie", "last_name": "Dupont", "email": "marie@@example.fr"}, "email"),
    ({"first_name": "Marie", "last_name": "Dupont", "siren": "123456789", "company_name": "X"}, "siren"),
    ({"first_name": "Marie", "last_name": "Dupont", "siren": "732829320"}, "company_name"),
    ({"first_name": "Marie", "last_name": "Dupont", "category": "astronaut"}, "category"),
    ({"first_name": "Marie", "last_name": "Dupont", "phone": "call me"}, "phone"),
])
def test_invalid_member_fields(desk: Engine, fields: dict, bad_field: str) -> None:
    with pytest.raises(ValidationError) as err, unit_of_work(desk) as session:
        members.add_member(session, **fields)
    assert err.value.field == bad_field
    with unit_of_work(desk) as session:
        assert session.exec(select(Member)).all() == []


def test_find_by_number_display_number_and_uid(desk: Engine) -> None:
    with unit_of_work(desk) as session:
        info = members.add_member(session, first_name="Marie", last_name="Dupont")
    with unit_of_work(desk) as session:
        for ref in ("1", "FLO-0001", "flo-1", info.id, 1):
            assert members.get_member(session, ref).id == info.id
        for ref in ("2", "MEN-0001", "Marie", "00000000-0000-4000-8000-000000000000"):
            with pytest.raises(NotFoundError):
                members.get_member(session, ref)


def test_search_and_filters(desk: Engine) -> None:
    with unit_of_work(desk) as session:
        members.add_member(session, first_name="Marie", last_name="Dupont", email="marie@example.fr")
        members.add_member(session, first_name="Grégoire", last_name="Arnaud", category="student")
        members.add_member(session, first_name="Chloé", last_name="Martin", company_name="Atelier Cévenol")
    with unit_of_work(desk) as session:
        assert [m.last_name for m in members.list_members(session)] == ["Arnaud", "Dupont", "Martin"]
        assert [m.last_name for m in members.list_members(session, search="DUP")] == ["Dupont"]
        assert [m.last_name for m in members.list_members(session, search="cévenol")] == ["Martin"]
        assert [m.last_name for m in members.list_members(session, search="FLO-0002")] == ["Arnaud"]
        assert [m.last_name for m in members.list_members(session, category="student")] == ["Arnaud"]


def test_edit_and_reactivate(desk: Engine) -> None:
    with unit_of_work(desk) as session:
        members.add_member(session, first_name="Marie", last_name="Dupont")
    with unit_of_work(desk) as session:
        info = members.edit_member(session, "1", email="m.dupont@example.fr", company_name="Dupont Conseil",
                                   siren="732829320")
    assert (info.email, info.siren, info.first_name) == ("m.dupont@example.fr", "732829320", "Marie")
    with pytest.raises(ValidationError), unit_of_work(desk) as session:
        members.edit_member(session, "1", last_name="")


def test_deactivate_ends_open_subscriptions_today(desk: Engine) -> None:
    with unit_of_work(desk) as session:
        members.add_member(session, first_name="Marie", last_name="Dupont", plan_code="MOIS",
                           start=dt.date(2026, 9, 1))
    with unit_of_work(desk) as session:
        info = members.deactivate_member(session, "FLO-0001")
    assert (info.status, info.plan_code) == ("inactive", "MOIS")  # still in force until tonight
    with unit_of_work(desk) as session:
        assert session.exec(select(Subscription)).one().end_date == dt.date(2026, 11, 26)
        assert [m.last_name for m in members.list_members(session, status="active")] == []
        info = members.edit_member(session, "1", status="active")
    assert info.status == "active"


def test_duplicate_number_is_refused_by_the_database(desk: Engine) -> None:
    with unit_of_work(desk) as session:
        members.add_member(session, first_name="Marie", last_name="Dupont")
    with pytest.raises(ConflictError), unit_of_work(desk) as session:
        place_id = session.exec(select(Member)).one().place_id
        session.add(Member(place_id=place_id, origin="FLO", number=1, first_name="X", last_name="Y"))
        session.flush()


def test_a_business_needs_its_siren_and_may_give_an_eu_vat_number(desk: Engine) -> None:
    with pytest.raises(ValidationError, match="needs its SIREN") as err, unit_of_work(desk) as session:
        members.add_member(session, first_name="A", last_name="B", category="company", company_name="ACME")
    assert err.value.field == "siren"
    with unit_of_work(desk) as session:
        info = members.add_member(session, first_name="A", last_name="B", category="company", company_name="ACME",
                                  siren="732829320", vat_number="be 0403.170.701")
        assert info.vat_number == "BE0403170701"
        with pytest.raises(ValidationError, match="not a valid intra-EU VAT number"):
            members.edit_member(session, info.id, vat_number="FR00000000000")
        assert members.edit_member(session, info.id, vat_number="").vat_number is None
