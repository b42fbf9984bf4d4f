"""The places whose signing key waits for the host: a new place, or a place whose key changed.

Each shows its fingerprint in large print, to be read aloud over the phone with the other place's host,
and an "Accept this key" button. A changed key is shown in red: it is either a reinstalled place or
someone posing as it, and only a phone call tells which (docs/sync-format.md, "Signatures and trust").
"""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from telecentre_desk.common.errors import DeskError
from telecentre_desk.sync import service as sync_service
from telecentre_desk.sync import store as sync_store
from telecentre_desk.ui import dialogs
from telecentre_desk.ui.store import Store

_CHANGED_STYLE = "color: #b3261e;"


class TrustBox(QGroupBox):
    accepted = Signal(str)  # the place code whose key was accepted

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.setTitle(self.tr("Signing keys waiting for your acceptance"))
        self._layout = QVBoxLayout(self)
        self.rows: list[sync_store.TrustRow] = []
        self.accept_buttons: dict[str, QPushButton] = {}
        self.setVisible(False)

    def set_rows(self, rows: list[sync_store.TrustRow]) -> None:
        self.rows = [r for r in rows if r.state != "trusted" and r.seen]
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self.accept_buttons = {}
        for row in self.rows:
            self._layout.addWidget(self._row_widget(row))
        self.setVisible(bool(self.rows))

    def _row_widget(self, row: sync_store.TrustRow) -> QWidget:
        widget = QWidget(self)
        layout = QHBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        name = f"{row.code} — {row.name}" if row.name else row.code
        if row.state == "changed":
            text = self.tr("%1: THE SIGNING KEY CHANGED. Its exports are refused until you accept the new key. "
                           "Call the place: a reinstalled computer, or someone posing as it?").replace("%1", name)
        else:
            text = self.tr("%1: a new place of the network. Call it and read the fingerprint together before "
                           "accepting.").replace("%1", name)
        label = QLabel(text, widget)
        label.setWordWrap(True)
        if row.state == "changed":
            label.setStyleSheet(_CHANGED_STYLE)
        fingerprint = QLabel(row.seen or "", widget)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(fingerprint.font().pointSizeF() * 1.4)
        font.setBold(True)
        fingerprint.setFont(font)
        fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fingerprint.setObjectName(f"fingerprint_{row.code}")
        button = QPushButton(self.tr("Accept this key…"), widget)
        button.clicked.connect(functools.partial(self._on_accept_clicked, row.code, row.seen or ""))
        self.accept_buttons[row.code] = button
        layout.addWidget(label, 1)
        layout.addWidget(fingerprint)
        layout.addWidget(button)
        return widget

    def _on_accept_clicked(self, code: str, fingerprint: str) -> None:
        question = self.tr("Accept the signing key %1 for %2?\n\nAccept it only if the host of %2 read you the same "
                           "fingerprint (Network screen or 'telecentre-desk place key' there).").replace(
            "%1", fingerprint).replace("%2", code)
        if not dialogs.ask(self, self.tr("Accept a signing key"), question):
            return
        self.accept(code, fingerprint)

    def accept(self, code: str, fingerprint: str) -> None:
        try:
            sync_service.accept_key(self._store.engine, code, fingerprint)
        except DeskError as exc:
            dialogs.show_error(self, self.tr("Key not accepted"), exc.message)
            return
        self.accepted.emit(code)
