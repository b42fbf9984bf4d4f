"""The Network screen's table models pass Qt's model checks; the window opens the real screen for "Network"."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from telecentre_desk.network.report import NetworkFigures
from telecentre_desk.network.settlement import Balance, PairSettlement
from telecentre_desk.sync.status import LogEntry, PeerStatus
from telecentre_desk.ui.main_window import MainWindow
from telecentre_desk.ui.network.figures_model import FigureRow, PlaceFiguresModel
from telecentre_desk.ui.network.log_model import LogColumn, SyncLogModel
from telecentre_desk.ui.network.peers_model import PeerColumn, PeersTableModel
from telecentre_desk.ui.network.screen import NetworkScreen
from telecentre_desk.ui.network.settlement_models import BalanceColumn, BalancesModel, PairColumn, PairsModel
from telecentre_desk.ui.store import Store

PARIS = ZoneInfo("Europe/Paris")


def test_peers_model(qtmodeltester: ModelTester) -> None:
    model = PeersTableModel()
    model.set_rows([PeerStatus("MAR", "Comptoir de Marvejols", "Marvejols", 3, "2026-07-01 22:30:00.000000",
                               None, True, None, 12),
                    PeerStatus("ZZZ", None, None, 0, None, None, False, "ZZZ/manifest.json: not valid JSON", 0)],
                   PARIS)
    qtmodeltester.check(model)
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    # Summer time: 22:30 UTC is half past midnight the next day in Florac.
    assert row == ["MAR", "Comptoir de Marvejols", "Marvejols", "3", "02/07/2026 00:30", "12", "waiting", ""]
    assert model.index(1, PeerColumn.APPLIED_AT).data() == "never"
    assert model.index(1, PeerColumn.EXPORT).data() == "—"


def test_log_model(qtmodeltester: ModelTester) -> None:
    model = SyncLogModel()
    model.set_rows([LogEntry("2026-11-26 09:00:00.000000", "LAN", "rejected", "members.000004.csv", 7, None,
                             "line one\nline two"),
                    LogEntry("2026-11-26 09:00:00.000000", "LAN", "something-new", None, None, None, "m")], PARIS)
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(model.columnCount())] == [
        "26/11/2026 10:00", "LAN", "refused", "members.000004.csv:7", "line one line two"]
    assert model.index(1, LogColumn.KIND).data() == "something-new"  # a kind of a newer app, shown as it is


def test_the_window_opens_the_network_screen(qtbot: QtBot, store: Store, settings_store: QSettings,
                                             db_path: Path) -> None:
    window = MainWindow(store, db_path=db_path, settings_store=settings_store)
    qtbot.addWidget(window)
    window.show()
    assert not window.network_page.built  # built when first shown, never at start
    window.show_screen("network")
    assert isinstance(window.network_page.page, NetworkScreen)
    assert window.network_page.page.tabs.tabText(0) == "Synchronisation"
    assert window.network_page.page.sync_panel.sync_button.text() == "Synchronise"


def test_report_and_settlement_models(qtmodeltester: ModelTester) -> None:
    figures = NetworkFigures(visits=3, unique_users=2, person_days=2.5, hours=14.25, open_days=18, desks=None)
    model = PlaceFiguresModel()
    model.set_rows([FigureRow("Comptoir de Marvejols (MAR)", "48100 Marvejols", figures),
                    FigureRow("Network total", "", figures, total=True)])
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(model.columnCount())] == [
        "Comptoir de Marvejols (MAR)", "48100 Marvejols", "3", "2", "2.5", "14.3", "18", "unknown", "—"]
    pairs = PairsModel()
    pairs.set_rows([PairSettlement("MAR", "Comptoir de Marvejols", "FLO", "Télécentre de Florac", 2, 5, 4, 850,
                                   "visited", 0, "visited_bills")])
    qtmodeltester.check(pairs)
    assert pairs.index(0, PairColumn.RULE).data() == "visited place bills"
    assert pairs.index(0, PairColumn.AMOUNT).data() == "nothing owed"
    balances = BalancesModel()
    balances.set_rows([Balance("FLO", "MAR", 1700, 1700)])
    qtmodeltester.check(balances)
    assert balances.index(0, BalanceColumn.NET).data() == "even"
