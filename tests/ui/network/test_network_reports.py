"""The Network screen's report and settlement tabs on a real roaming day: Jean, a member of Marvejols, works
at Florac on Thursday 26 November 2026 after the two places synced; Florac's network day rate is 8,50 €."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from telecentre_desk.billing.month import Month
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.desk import policies
from telecentre_desk.desk.frontdesk import FrontDesk
from telecentre_desk.places import service as places
from telecentre_desk.sync import service as sync
from telecentre_desk.ui import file_prompts
from telecentre_desk.ui.network.figures_model import FigureColumn
from telecentre_desk.ui.network.screen import NetworkScreen
from telecentre_desk.ui.network.settlement_models import AMBER, PairColumn
from telecentre_desk.ui.operations import OpChanges
from telecentre_desk.ui.store import Store
from tests.ui.network.conftest import open_panel, table_text

EUR = "\u00a0€"


@pytest.fixture
def roaming_day(place_engine: Engine, shared: Path, other_place) -> Engine:
    marvejols = other_place("MAR")
    jean = marvejols.add_member("Jean", "Martin")
    payload = marvejols.badge(jean)
    marvejols.export()
    sync.run(place_engine, shared)
    with FrontDesk(place_engine) as front:
        assert front.scan(payload).decision.value == "in"  # welcome: the default rule for network members
    return place_engine


def open_screen(qtbot: QtBot, store: Store, settings_store: QSettings, db_path: Path) -> NetworkScreen:
    return open_panel(qtbot, store, settings_store, db_path).held_screen


def set_rate(engine: Engine, amount: str | None) -> None:
    with unit_of_work(engine) as session:
        places.edit_network_settings(session, day_rate=amount)


def test_the_settlement_says_who_owes_whom(qtbot: QtBot, store: Store, settings_store: QSettings, db_path: Path,
                                           roaming_day: Engine) -> None:
    set_rate(roaming_day, "8,50")
    screen = open_screen(qtbot, store, settings_store, db_path)
    screen.tabs.setCurrentWidget(screen.settlement_page)
    tab = screen.settlement_tab
    assert tab.month == Month(2026, 11)
    assert table_text(tab.pairs_model) == [[
        "Comptoir de Marvejols (MAR)", "Télécentre de Florac (FLO)", "1", "1", "1", f"8,50{EUR}", "home place bills",
        f"8,50{EUR}"]]
    assert table_text(tab.balances_model) == [
        ["FLO — MAR", f"FLO → MAR  0,00{EUR}", f"MAR → FLO  8,50{EUR}", f"MAR owes FLO 8,50{EUR}"]]
    assert not tab.warnings_label.isVisible()

    tab.previous.click()
    assert tab.month == Month(2026, 10)
    assert not tab.pairs_table.isVisible()
    assert tab.empty_label.text() == "No network visit is known for October 2026: nothing to settle."
    tab.next.click()
    assert len(table_text(tab.pairs_model)) == 1


def test_a_visit_without_a_rate_is_left_to_agree(qtbot: QtBot, store: Store, settings_store: QSettings,
                                                 db_path: Path, roaming_day: Engine) -> None:
    screen = open_screen(qtbot, store, settings_store, db_path)
    screen.tabs.setCurrentWidget(screen.settlement_page)
    tab = screen.settlement_tab
    amount = tab.pairs_model.index(0, PairColumn.AMOUNT)
    assert amount.data() == "to agree: no network rate"
    assert amount.data(Qt.ItemDataRole.ForegroundRole) == AMBER
    assert tab.pairs_model.index(0, PairColumn.RATE).data() == "none"
    assert tab.warnings_label.isVisible()
    assert tab.warnings_label.text() == "MAR -> FLO: 1 visit-day(s) not valued: FLO has no network day rate"
    # The rate set in the network settings: the tab reads again on the change set those settings announce.
    set_rate(roaming_day, "12")
    store.runner.announce(OpChanges(sync=True, settings=True))
    assert amount.data() == f"12,00{EUR}"


def test_the_settlement_csv(qtbot: QtBot, store: Store, settings_store: QSettings, db_path: Path,
                            roaming_day: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    set_rate(roaming_day, "8,50")
    out = tmp_path / "reglement.csv"
    monkeypatch.setattr(file_prompts, "save_file", lambda *args: out)
    screen = open_screen(qtbot, store, settings_store, db_path)
    messages: list[str] = []
    screen.message.connect(messages.append)
    screen.tabs.setCurrentWidget(screen.settlement_page)
    screen.settlement_tab.csv_button.click()
    text = out.read_bytes().decode("utf-8-sig")
    assert text.startswith("Règlement entre lieux;2026-11")
    assert "Comptoir de Marvejols (MAR);Télécentre de Florac (FLO);1;1;1;8,50" in text
    assert messages == [f"Saved to {out}"]


def test_the_network_report_per_place_and_commune(qtbot: QtBot, store: Store, settings_store: QSettings,
                                                  db_path: Path, roaming_day: Engine, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    screen = open_screen(qtbot, store, settings_store, db_path)
    screen.tabs.setCurrentWidget(screen.report_page)
    tab = screen.report_tab
    assert tab.period.bounds()[1].isoformat() == "2026-11-26"  # this month so far
    places_rows = table_text(tab.places_model)
    # Florac, the place of this desk, first: Jean's visit is one of its own; Marvejols's export carried no presence.
    assert [r[:FigureColumn.HOURS] for r in places_rows] == [
        ["Télécentre de Florac (FLO)", "48400 Florac", "1", "1", "1.0"],
        ["Comptoir de Marvejols (MAR)", "48100 Marvejols", "0", "0", "0.0"],
        ["Network total", "", "1", "1", "1.0"],
    ]
    total = tab.places_model.index(2, FigureColumn.FIRST)
    assert total.data(Qt.ItemDataRole.FontRole).bold()
    assert [r[:FigureColumn.PEOPLE] for r in table_text(tab.communes_model)] == [
        ["48400 Florac", "FLO", "1"], ["48100 Marvejols", "MAR", "0"], ["Network total", "", "1"]]

    csv_out, pdf_out = tmp_path / "rapport.csv", tmp_path / "rapport.pdf"
    answers = iter([csv_out, pdf_out])
    monkeypatch.setattr(file_prompts, "save_file", lambda *args: next(answers))
    with qtbot.waitSignal(tab.message, timeout=20_000):
        tab.csv_button.click()
    with qtbot.waitSignal(tab.message, timeout=20_000):
        tab.pdf_button.click()
    assert csv_out.read_bytes().decode("utf-8-sig").startswith("Rapport d'activité du réseau")
    assert pdf_out.read_bytes().startswith(b"%PDF")


def test_the_desk_rule_for_network_members_is_chosen_here(qtbot: QtBot, store: Store, settings_store: QSettings,
                                                         db_path: Path, place_engine: Engine) -> None:
    panel = open_panel(qtbot, store, settings_store, db_path)
    panel.settings_button.click()
    dialog = panel.settings_dialog
    assert dialog.welcome.currentData() == "allow"  # the network's members are welcome by default
    assert "• No plan covers the day — Refuse" in dialog.policy_summary.text().splitlines()
    dialog.welcome.setCurrentIndex(dialog.welcome.findData("block"))
    with qtbot.waitSignal(dialog.saved):
        dialog.buttons.accepted.emit()
    with unit_of_work(place_engine) as session:
        place_id = places.local_place_row(session).id
        saved = policies.load(session.connection(), place_id)
        actions = [r[0] for r in session.connection().exec_driver_sql(
            "SELECT action FROM audit_entry ORDER BY id").fetchall()]
    assert saved.outcome("network_member") == policies.Outcome.BLOCK
    assert saved.outcome("no_active_plan") == policies.Outcome.BLOCK  # the other rules untouched
    # The rate and the billing rule did not change: only the desk rule is audited.
    assert actions[-1] == "desk.policies" and "place.network" not in actions
