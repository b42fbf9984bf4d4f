"""The answer to a scan taken while another screen is shown: a small notice that never takes the keyboard.

The host may be typing in a member's form or an invoice when someone badges in: the notice shows the
name and in/out (or the refusal) in the answer's colour at the bottom right of the window, for a few
seconds, without activating itself or moving the focus; the scan is in the front desk's last scans too.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from telecentre_desk.ui.frontdesk.answers import Answer
from telecentre_desk.ui.frontdesk.feedback import COLOURS

SHOW_MS = 8_000
MARGIN = 16
# A window of its own (transient for the main window, so kept above it by the window manager) that refuses
# the focus; tool and tooltip windows are raised when shown, which some platforms turn into an activation.
_FLAGS = Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowDoesNotAcceptFocus


class ScanNotice(QFrame):
    """One answer at a time, over the bottom right corner of ``anchor``; hides itself after ``SHOW_MS``."""

    def __init__(self, anchor: QWidget) -> None:
        super().__init__(anchor, _FLAGS)
        self._anchor = anchor
        self.setObjectName("scan_notice")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.headline = QLabel(self)
        font = QFont(self.font())
        font.setPointSize(15)
        font.setBold(True)
        self.headline.setFont(font)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.note = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        layout.addWidget(self.note)
        self.setMinimumWidth(320)
        self.setMaximumWidth(460)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    def show_answer(self, answer: Answer) -> None:
        background, text = COLOURS[answer.tone]
        self.setStyleSheet(f"QFrame#scan_notice {{ background: {background}; border-radius: 8px; }}"
                           f" QLabel {{ color: {text}; background: transparent; }}")
        self.headline.setText(answer.headline)
        self.detail.setText(answer.detail)
        self.detail.setVisible(bool(answer.detail))
        self.note.setText(answer.note)
        self.note.setVisible(bool(answer.note))
        self.adjustSize()
        corner = self._anchor.mapToGlobal(QPoint(self._anchor.width(), self._anchor.height()))
        self.move(corner - QPoint(self.width() + MARGIN, self.height() + MARGIN + 24))
        self.show()
        self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.hide()
