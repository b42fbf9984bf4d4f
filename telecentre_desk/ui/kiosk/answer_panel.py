"""The kiosk's answer: big white words on green, blue or red, readable from a metre, cleared after a while."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from telecentre_desk.ui.kiosk.answer_text import Answer, Tone

DEFAULT_SHOW_S = 6.0
# Background per tone; white text on each has a contrast ratio of 4.5:1 or more (WCAG AA).
COLOURS = {Tone.WELCOME: "#1b7a3a", Tone.GOODBYE: "#1f5ea8", Tone.REFUSED: "#b3261e", None: "#263238"}


class AnswerPanel(QFrame):
    """Shows one answer at a time; back to the idle invitation after ``show_s`` seconds."""

    def __init__(self, *, show_s: float = DEFAULT_SHOW_S, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk_answer")
        self.tone: Tone | None = None
        self.headline = QLabel(self)
        self.details = QLabel(self)
        for label in (self.headline, self.details):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextFormat(Qt.TextFormat.PlainText)  # names come from the database: never rich text
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addStretch(1)
        layout.addWidget(self.headline)
        layout.addSpacing(12)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.set_show_seconds(show_s)
        self.clear()

    def set_show_seconds(self, seconds: float) -> None:
        self._timer.setInterval(round(seconds * 1000))

    def show_answer(self, answer: Answer) -> None:
        """Show ``answer`` now, replacing any other, and clear it after the delay."""
        self._paint(answer.tone, answer.headline, "\n".join(answer.details))
        self._timer.start()

    def clear(self) -> None:
        """Back to the invitation to scan."""
        self._timer.stop()
        self._paint(None, self.tr("Show your badge"), self.tr("Hold the QR code in front of the camera, "
                                                              "or scan it with the reader."))

    @property
    def showing_answer(self) -> bool:
        return self.tone is not None

    def _paint(self, tone: Tone | None, headline: str, details: str) -> None:
        self.tone = tone
        self.headline.setText(headline)
        self.details.setText(details)
        self.details.setVisible(bool(details))
        self.setStyleSheet(f"QFrame#kiosk_answer {{ background: {COLOURS[tone]}; border-radius: 18px; }}"
                           "QFrame#kiosk_answer QLabel { color: white; background: transparent; }")
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Letters as big as the panel allows (readable from a metre), shrunk until every word fits."""
        margins = self.contentsMargins() + self.layout().contentsMargins()
        width = max(1, self.width() - margins.left() - margins.right())
        height = max(1, self.height() - margins.top() - margins.bottom() - 12)
        size = max(14, min(height // 5, width // 9))
        while True:
            gap = size // 2  # the details stand apart from the headline
            self.details.setContentsMargins(0, gap, 0, 0)
            needed = (self._set_size(self.headline, size, QFont.Weight.Bold, width) + gap
                      + self._set_size(self.details, max(12, size * 5 // 9), QFont.Weight.Normal, width))
            if needed <= height or size <= 14:
                break
            size = max(14, size * 9 // 10)

    @staticmethod
    def _set_size(label: QLabel, pixels: int, weight: QFont.Weight, width: int) -> int:
        """Give ``label`` that font; the height its wrapped text then needs in ``width``."""
        font = label.font()
        font.setPixelSize(pixels)
        font.setWeight(weight)
        label.setFont(font)
        if not label.isVisibleTo(label.parentWidget()) or not label.text():
            return 0
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        return label.fontMetrics().boundingRect(0, 0, width, 100_000, flags, label.text()).height()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.clear()
