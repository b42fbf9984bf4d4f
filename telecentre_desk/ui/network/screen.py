"""The Network screen ("Réseau"): the sync with the other places, the network report, the settlement.

The report and settlement tabs are built the first time they are shown (reportlab and the billing reads
are not needed to sync).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from telecentre_desk.ui.accessibility import readable_hints
from telecentre_desk.ui.lazy_page import LazyPage
from telecentre_desk.ui.network.sync_panel import RunSync, SyncPanel
from telecentre_desk.ui.store import Store

if TYPE_CHECKING:
    from telecentre_desk.ui.network.report_tab import NetworkReportTab
    from telecentre_desk.ui.network.settlement_tab import SettlementTab


class NetworkScreen(QWidget):
    message = Signal(str)  # for the status bar

    def __init__(self, store: Store, *, db_path: Path, settings_store: QSettings, run_sync: RunSync | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sync_panel = SyncPanel(store, db_path=db_path, settings_store=settings_store, run_sync=run_sync,
                                    parent=self)
        self.sync_panel.message.connect(self.message)
        readable_hints(self.sync_panel)  # its log hint was a disabled label, grey on grey
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.sync_panel, self.tr("Synchronisation"))
        self.report_page = LazyPage(lambda parent: self._make_report_tab(store, settings_store, parent), self)
        self.settlement_page = LazyPage(lambda parent: self._make_settlement_tab(store, parent), self)
        self.tabs.addTab(self.report_page, self.tr("Network report"))
        self.tabs.addTab(self.settlement_page, self.tr("Settlements"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _make_report_tab(self, store: Store, settings_store: QSettings, parent: QWidget) -> QWidget:
        from telecentre_desk.ui.network.report_tab import NetworkReportTab

        tab = NetworkReportTab(store, settings_store=settings_store, parent=parent)
        tab.message.connect(self.message)
        return tab

    def _make_settlement_tab(self, store: Store, parent: QWidget) -> QWidget:
        from telecentre_desk.ui.network.settlement_tab import SettlementTab

        tab = SettlementTab(store, parent)
        tab.message.connect(self.message)
        return tab

    @property
    def report_tab(self) -> NetworkReportTab:
        return self.report_page.page  # type: ignore[return-value]

    @property
    def settlement_tab(self) -> SettlementTab:
        return self.settlement_page.page  # type: ignore[return-value]

    def shutdown(self) -> None:
        self.sync_panel.shutdown()
