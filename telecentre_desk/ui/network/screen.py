"""The Network screen ("Réseau"): the sync with the other places, and the network's reports when present."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from telecentre_desk.ui.network.sync_panel import SyncPanel
from telecentre_desk.ui.network.worker import RunSync
from telecentre_desk.ui.store import Store


class NetworkScreen(QWidget):
    message = Signal(str)  # for the status bar

    def __init__(self, store: Store, *, db_path: Path, settings_store: QSettings, run_sync: RunSync | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sync_panel = SyncPanel(store, db_path=db_path, settings_store=settings_store, run_sync=run_sync,
                                    parent=self)
        self.sync_panel.message.connect(self.message)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.sync_panel, self.tr("Synchronisation"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def shutdown(self) -> None:
        self.sync_panel.shutdown()
