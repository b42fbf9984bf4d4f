"""A badge as it will be printed: the QR code, the member's name, the place and the short number."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from telecentre_desk.badges.service import IssuedBadge

MODULE_PX = 6  # a version 3 code with its quiet zone is 37 modules: 222 px, scannable from the screen
ACCENT = "#1c5e54"  # the sheet's green (badges/sheet.py)


def qr_pixmap(payload: str, module_px: int = MODULE_PX) -> QPixmap:
    """The code drawn module by module from the core's matrix (quiet zone included), crisp at any size."""
    from telecentre_desk.badges.render import qr_matrix

    matrix = qr_matrix(payload)
    size = len(matrix) * module_px
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(QRect(x * module_px, y * module_px, module_px, module_px), QColor("black"))
    painter.end()
    return QPixmap.fromImage(image)


class BadgePreviewDialog(QDialog):
    """Shows one badge; ``print_requested`` when the host asks for its PDF."""

    print_requested = Signal()

    def __init__(self, badge: IssuedBadge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.badge = badge
        self.setWindowTitle(self.tr("Badge of %1").replace("%1", badge.full_name))
        self.code = QLabel(self)
        self.code.setPixmap(qr_pixmap(badge.payload))
        self.name = QLabel(badge.full_name, self)
        name_font = QFont(self.name.font())
        name_font.setPointSizeF(name_font.pointSizeF() * 1.6)
        name_font.setBold(True)
        self.name.setFont(name_font)
        self.name.setWordWrap(True)
        self.place = QLabel(badge.place_name, self)
        self.place.setStyleSheet(f"color: {ACCENT}; font-weight: bold;")
        self.number = QLabel(badge.display_number, self)
        number_font = QFont("monospace")
        number_font.setStyleHint(QFont.StyleHint.Monospace)
        number_font.setPointSizeF(self.name.font().pointSizeF() * 0.9)
        number_font.setBold(True)
        self.number.setFont(number_font)
        self.serial = QLabel(self.tr("Badge no. %1").replace("%1", str(badge.serial)), self)
        self.serial.setStyleSheet("color: #595959;")

        card = QFrame(self)
        card.setObjectName("card")
        card.setStyleSheet("QFrame#card { background: white; border: 1px solid #b8c4c1; border-radius: 12px; }"
                           "QFrame#card QLabel { border: none; background: transparent; }")
        text = QVBoxLayout()
        text.addWidget(self.place)
        text.addSpacing(8)
        text.addWidget(self.name)
        text.addStretch(1)
        text.addWidget(self.number)
        text.addWidget(self.serial)
        card_layout = QHBoxLayout(card)
        card_layout.setContentsMargins(16, 16, 24, 16)
        card_layout.addWidget(self.code, 0, Qt.AlignmentFlag.AlignVCenter)
        card_layout.addSpacing(12)
        card_layout.addLayout(text, 1)
        card.setMinimumWidth(560)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = QPushButton(self.tr("Print this badge…"), self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(card)
        layout.addWidget(buttons)
