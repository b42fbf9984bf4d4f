"""Both table models pass pytest-qt's model tester, empty, filled and after a reset."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from sqlalchemy import Engine

from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.members.info import MemberInfo
from telecentre_desk.plans import service as plans
from telecentre_desk.ui.members.filter_proxy import MemberFilterProxy
from telecentre_desk.ui.members.table_model import MEMBER_ID_ROLE, MemberColumn, MembersTableModel
from telecentre_desk.ui.plans.table_model import PLAN_CODE_ROLE, PlanColumn, PlansTableModel


def member(number: int, last: str, **changes: object) -> MemberInfo:
    base = MemberInfo(id=f"00000000-0000-4000-8000-{number:012d}", number=number,
                      display_number=f"FLO-{number:04d}", first_name="Ana", last_name=last, email=None,
                      phone=None, category="freelancer", company_name=None, siren=None, address=None,
                      postcode=None, city=None, status="active", joined_on=dt.date(2026, 1, 5), notes=None,
                      plan_code=None, plan_name=None)
    return dataclasses.replace(base, **changes)


def test_members_model_passes_the_model_tester(qtmodeltester: ModelTester, place_engine: Engine) -> None:
    model = MembersTableModel()
    qtmodeltester.check(model)
    with unit_of_work(place_engine) as session:
        members.add_member(session, first_name="Florence", last_name="Dupont", email="f@example.fr")
        members.add_member(session, first_name="Marc", last_name="Roux", company_name="Roux SARL")
        members.deactivate_member(session, 2)
        rows = members.list_members(session)
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.columnCount() == len(MemberColumn)
    assert model.index(0, MemberColumn.NUMBER).data() == "FLO-0001"
    assert model.index(0, MemberColumn.NUMBER).data(MEMBER_ID_ROLE) == rows[0].id
    assert model.headerData(MemberColumn.EMAIL, Qt.Orientation.Horizontal) == "Email"


def test_members_proxy_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = MembersTableModel()
    proxy = MemberFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows([member(1, "Dupont"), member(2, "Martin", status="inactive"), member(3, "Durand")])
    qtmodeltester.check(proxy)
    proxy.set_search("du")
    assert proxy.rowCount() == 2
    proxy.set_status("inactive")
    assert proxy.rowCount() == 0
    proxy.set_search("")
    assert proxy.rowCount() == 1
    qtmodeltester.check(proxy)


def test_plans_model_passes_the_model_tester(qtmodeltester: ModelTester, place_engine: Engine) -> None:
    model = PlansTableModel()
    qtmodeltester.check(model)
    with unit_of_work(place_engine) as session:
        plans.add_plan(session, code="RESIDENT", name="Résident", kind="monthly", price="180")
        plans.add_plan(session, code="C10", name="Carnet 10 jours", kind="carnet", price="110,5", units=10,
                       vat_rate="5,5")
        plans.edit_plan(session, "RESIDENT", active=False)
        rows = plans.list_plans(session)
    model.set_rows(rows)
    qtmodeltester.check(model)
    by_code = {model.index(r, PlanColumn.CODE).data(PLAN_CODE_ROLE): r for r in range(model.rowCount())}
    carnet = by_code["C10"]
    assert model.index(carnet, PlanColumn.KIND).data() == "Carnet of days"
    assert model.index(carnet, PlanColumn.PRICE).data() == "110,50\u00a0€"
    assert model.index(carnet, PlanColumn.VAT).data() == "5,5\u00a0%"
    assert model.index(carnet, PlanColumn.DAYS).data() == "10"
    assert model.index(carnet, PlanColumn.ON_SALE).data() == "Yes"
    assert model.index(by_code["RESIDENT"], PlanColumn.ON_SALE).data() == "No"
