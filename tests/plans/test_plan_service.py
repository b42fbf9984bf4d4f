"""The catalogue: plans in integer cents, rates in basis points, carnets with their days."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from telecentre_desk.common.errors import ConflictError, ValidationError
from telecentre_desk.db.models import Plan
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.plans import service as plans


def test_add_plan_stores_cents_and_basis_points(place_engine: Engine) -> None:
    with unit_of_work(place_engine) as session:
        info = plans.add_plan(session, code="DEMI", name="Demi-journée", kind="halfday", price="7,50",
                              vat_rate="20")
    assert (info.price_cents, info.vat_rate_bp, info.price_incl_vat_cents) == (750, 2000, 900)
    assert info.to_json()["price"] == "7.50"
    with unit_of_work(place_engine) as session:
        row = session.exec(select(Plan)).one()
        assert (row.price_cents, row.vat_rate_bp, row.origin) == (750, 2000, "FLO")


@pytest.mark.parametrize(("fields", "bad"), [
    ({"price": "abc"}, "price"), ({"price": "-3"}, "price"), ({"vat_rate": "120"}, "vat_rate"),
    ({"kind": "weekly"}, "kind"), ({"kind": "carnet"}, "units"), ({"units": "5"}, "units"),
    ({"kind": "carnet", "units": "0"}, "units"), ({"code": "a b"}, "code"), ({"name": ""}, "name"),
])
def test_bad_plans_are_refused(place_engine: Engine, fields: dict, bad: str) -> None:
    args = {"code": "JOUR", "name": "Journée", "kind": "day", "price": "15", **fields}
    with pytest.raises(ValidationError) as err, unit_of_work(place_engine) as session:
        plans.add_plan(session, **args)
    assert err.value.field == bad
    with unit_of_work(place_engine) as session:
        assert session.exec(select(Plan)).all() == []


def test_duplicate_code(place_engine: Engine) -> None:
    with unit_of_work(place_engine) as session:
        plans.add_plan(session, code="JOUR", name="Journée", kind="day", price="15")
    with pytest.raises(ConflictError, match="JOUR"), unit_of_work(place_engine) as session:
        plans.add_plan(session, code="JOUR", name="Autre", kind="day", price="12")


def test_edit_and_withdraw_from_sale(place_engine: Engine) -> None:
    with unit_of_work(place_engine) as session:
        plans.add_plan(session, code="JOUR", name="Journée", kind="day", price="15")
        info = plans.edit_plan(session, "JOUR", price="16,50", active=False)
    assert (info.price_cents, info.active) == (1650, False)
    with unit_of_work(place_engine) as session:
        assert [p.code for p in plans.list_plans(session, include_inactive=False)] == []
        assert [p.code for p in plans.list_plans(session)] == ["JOUR"]
