"""The morning notice: who was checked out automatically at closing time, shown until the host dismisses it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class NightNotice(QFrame):
    """A pale amber band above the answer panel; ``dismissed`` when the host closes it."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("night_notice")
        # Only this frame: a bare "QFrame" rule would reach the label inside, which is a QFrame too.
        self.setStyleSheet("QFrame#night_notice { background: #fff4d6; border: 1px solid #e0c065; "
                           "border-radius: 6px; } QLabel { color: #3d3000; }")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.dismiss_button)
        self.dismiss_button.clicked.connect(self._on_dismiss_button_clicked)
        self.setVisible(False)

    def show_checkouts(self, rows: Sequence[tuple[str, dt.datetime]], tz: ZoneInfo) -> None:
        """List the check-outs; hidden when there are none."""
        if not rows:
            self.setVisible(False)
            return
        people = ", ".join(f"{who} ({at.astimezone(tz):%d/%m %H:%M})" for who, at in rows)
        intro = (self.tr("Checked out automatically at closing time: %1.") if len(rows) == 1
                 else self.tr("%n people checked out automatically at closing time: %1.", "", len(rows)))
        self.text.setText(intro.replace("%1", people))
        self.setVisible(True)

    @Slot()
    def _on_dismiss_button_clicked(self) -> None:
        self.setVisible(False)
        self.dismissed.emit()
