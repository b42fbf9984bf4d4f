"""A tidy page for the screens that later issues bring, so the window never shows a blank."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

TEXT_WIDTH = 520  # a comfortable line length for one centred paragraph


class PlaceholderPage(QWidget):
    """Icon, title and one sentence on what is coming, centred."""

    def __init__(self, *, title: str, text: str, icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        picture = QLabel(self)
        picture.setPixmap(icon.pixmap(64, 64))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture.setEnabled(False)  # greyed: nothing to use here yet
        self.title = QLabel(title, self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel(text, self)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)

        # No alignment flags around the wrapped label: they would squeeze it to its one-line hint.
        column = QWidget(self)
        column.setMaximumWidth(TEXT_WIDTH)
        inner = QVBoxLayout(column)
        inner.addWidget(picture)
        inner.addWidget(self.title)
        inner.addWidget(self.text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 3)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
