"""The plan's legend: one swatch per desk state with how many desks are in it now."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from telecentre_desk.spaces.state import DeskState
from telecentre_desk.ui.floorplan.states import LOOKS, state_label


class Swatch(QWidget):
    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.setFixedSize(QSize(18, 14))

    def paintEvent(self, event: QPaintEvent) -> None:
        look = LOOKS[self._state]
        painter = QPainter(self)
        painter.setPen(QPen(look.border, 2))
        painter.setBrush(look.fill)
        painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 3, 3)
        if self._state == DeskState.OUT_OF_SERVICE:
            painter.setBrush(QBrush(look.border, Qt.BrushStyle.BDiagPattern))
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 3, 3)
        painter.end()


class Legend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: dict[DeskState, QLabel] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for state in DeskState:
            layout.addWidget(Swatch(state, self))
            label = QLabel(self)
            self.labels[state] = label
            layout.addWidget(label)
            layout.addSpacing(14)
        layout.addStretch(1)
        self.set_counts(Counter())

    def set_counts(self, counts: Counter[DeskState]) -> None:
        for state, label in self.labels.items():
            # French puts a no-break space before the colon: the translation says where.
            label.setText(self.tr("%1: %2").replace("%1", state_label(state)).replace("%2", str(counts[state])))
