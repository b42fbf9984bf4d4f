"""An indicator card: a big number, what it is, and its definition in the tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from telecentre_desk.ui.accessibility import make_help_text


class IndicatorCard(QFrame):
    def __init__(self, caption: str, definition: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("indicator_card")
        self.setStyleSheet("#indicator_card { background: palette(base); border-radius: 6px; }")
        self.value = QLabel("—", self)
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        make_help_text(self.detail)  # the small print under the number, quieter but readable
        self.setToolTip(definition)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        for label in (self.value, self.caption, self.detail):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft)
            # A narrow window clips the cards rather than growing past the screen (the definition is in the tooltip).
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            layout.addWidget(label)
        layout.addStretch(1)

    def show_value(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
