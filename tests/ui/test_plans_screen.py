"""The Plans screen: add a plan through the dialog, edit it, take it off sale."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.plans import service as plans
from telecentre_desk.ui.plans.plan_dialog import PlanDialog
from telecentre_desk.ui.plans.screen import PlansScreen
from telecentre_desk.ui.plans.table_model import PlanColumn
from telecentre_desk.ui.store import Store


def make_screen(qtbot: QtBot, store: Store) -> PlansScreen:
    screen = PlansScreen(store)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def row_texts(screen: PlansScreen, row: int) -> list[str]:
    return [screen.proxy.index(row, column).data() for column in PlanColumn]


def open_dialog(qtbot: QtBot, screen: PlansScreen) -> PlanDialog:
    qtbot.waitUntil(lambda: screen.findChild(PlanDialog) is not None)
    return screen.findChild(PlanDialog)


def test_add_a_plan_through_the_dialog(qtbot: QtBot, store: Store, place_engine: Engine) -> None:
    screen = make_screen(qtbot, store)
    screen.new_action.trigger()
    dialog = open_dialog(qtbot, screen)
    assert dialog.vat_rate.text() == "20"
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.code, "SALLE")
    dialog.name.setText("Salle de réunion")  # QTest types ASCII only
    dialog.kind.setCurrentIndex(dialog.kind.findData("room_hour"))
    assert not dialog.units.isEnabled()  # only a carnet counts days
    qtbot.keyClicks(dialog.price, "12,50")
    with qtbot.waitSignal(store.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert row_texts(screen, 0) == ["SALLE", "Salle de réunion", "Meeting room (per hour)", "12,50\u00a0€",
                                    "20\u00a0%", "", "Yes"]
    assert screen.selected_plan().code == "SALLE"
    with unit_of_work(place_engine) as session:
        [plan] = plans.list_plans(session)
    assert (plan.price_cents, plan.vat_rate_bp, plan.units) == (1250, 2000, None)


def test_a_carnet_takes_its_days_and_a_price_with_a_dot(qtbot: QtBot, store: Store,
                                                         place_engine: Engine) -> None:
    screen = make_screen(qtbot, store)
    screen.new_action.trigger()
    dialog = open_dialog(qtbot, screen)
    dialog.code.setText("C10")
    dialog.name.setText("Carnet 10 jours")
    dialog.kind.setCurrentIndex(dialog.kind.findData("carnet"))
    assert dialog.units.isEnabled()
    dialog.units.setValue(10)
    dialog.price.setText("110.00")
    dialog.accept()
    with unit_of_work(place_engine) as session:
        [plan] = plans.list_plans(session)
    assert (plan.kind, plan.units, plan.price_cents) == ("carnet", 10, 11000)


def test_a_bad_price_stays_in_the_dialog(qtbot: QtBot, store: Store, place_engine: Engine) -> None:
    screen = make_screen(qtbot, store)
    screen.new_action.trigger()
    dialog = open_dialog(qtbot, screen)
    dialog.code.setText("JOUR")
    dialog.name.setText("Journée")
    dialog.price.setText("douze")
    dialog.accept()
    assert dialog.isVisible()
    assert "not an amount" in dialog.errors.error_text("price")
    with unit_of_work(place_engine) as session:
        assert plans.list_plans(session) == []


def test_a_duplicate_code_is_refused_in_the_dialog(qtbot: QtBot, store: Store, place_engine: Engine) -> None:
    with unit_of_work(place_engine) as session:
        plans.add_plan(session, code="JOUR", name="Journée", kind="day", price="15")
    screen = make_screen(qtbot, store)
    screen.new_action.trigger()
    dialog = open_dialog(qtbot, screen)
    dialog.code.setText("JOUR")
    dialog.name.setText("Autre journée")
    dialog.price.setText("14")
    dialog.accept()
    assert dialog.isVisible()
    assert "already exists" in dialog.general_error.text()


def test_edit_and_take_off_sale(qtbot: QtBot, store: Store, place_engine: Engine) -> None:
    with unit_of_work(place_engine) as session:
        plans.add_plan(session, code="JOUR", name="Journée", kind="day", price="15")
    screen = make_screen(qtbot, store)
    screen.select_plan("JOUR")
    screen.edit_action.trigger()
    dialog = open_dialog(qtbot, screen)
    assert dialog.code.isReadOnly()
    assert dialog.price.text() == "15.00"
    dialog.price.setText("16,5")
    dialog.accept()
    assert row_texts(screen, 0)[PlanColumn.PRICE] == "16,50\u00a0€"

    assert screen.sale_action.text() == "Take off sale"
    with qtbot.waitSignal(store.changed):
        screen.sale_action.trigger()
    assert row_texts(screen, 0)[PlanColumn.ON_SALE] == "No"
    assert screen.sale_action.text() == "Put on sale"
    with unit_of_work(place_engine) as session:
        assert plans.list_plans(session, include_inactive=False) == []
