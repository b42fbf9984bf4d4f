"""The big answer panel, readable from a metre away: a coloured band, a headline, what to do next."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from telecentre_desk.ui.frontdesk.answers import Answer, Tone, idle_answer

# (background, text). Saturated enough to be told apart at a glance from across the desk, with white
# text at a contrast ratio above 4.5:1; amber takes dark text, white on amber is unreadable.
COLOURS = {
    Tone.IDLE: ("#e8eeec", "#26403a"),
    Tone.WELCOME: ("#1b7a43", "#ffffff"),
    Tone.GOODBYE: ("#1f5c96", "#ffffff"),
    Tone.WARNING: ("#f0b429", "#2b2100"),
    Tone.REFUSED: ("#b3261e", "#ffffff"),
}
HEADLINE_PT = 30  # about 1 cm high on a desk monitor: readable by the member standing at the scanner
DETAIL_PT = 17
NOTE_PT = 11
BACK_TO_IDLE_MS = 60_000  # the next member should not read the previous one's answer
# Work queued behind an answer runs at the latest this long after it, painted or not (a hidden panel, a
# window minimised or covered never paints): the lists and the tone are never lost, only late.
AFTER_PAINT_LATEST_MS = 100


def _font(base: QFont, points: int, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSize(points)
    font.setBold(bold)
    return font


class FeedbackPanel(QWidget):
    """Shows one Answer at a time; offers the host an override on a refusal that allows one."""

    override_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._background = QColor(COLOURS[Tone.IDLE][0])
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.headline = QLabel(self)
        self.headline.setFont(_font(self.font(), HEADLINE_PT, bold=True))
        self.headline.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setFont(_font(self.font(), DETAIL_PT))
        self.detail.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setFont(_font(self.font(), NOTE_PT))
        self.override_button = QPushButton(self.tr("Let in anyway…"), self)
        self.override_button.setToolTip(self.tr("Check this member in despite the refusal; "
                                                "your name and reason go to the audit log"))
        self.override_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.override_button.setVisible(False)

        text = QVBoxLayout()
        text.setSpacing(6)
        text.addWidget(self.headline)
        text.addWidget(self.detail)
        text.addWidget(self.note)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.addLayout(text, 1)
        layout.addWidget(self.override_button, 0, Qt.AlignmentFlag.AlignBottom)
        # Room for a headline, two lines of detail and the note, so the panel never jumps in height.
        lines = (self.headline.fontMetrics().lineSpacing() + 2 * self.detail.fontMetrics().lineSpacing()
                 + self.note.fontMetrics().lineSpacing())
        self.setFixedHeight(lines + 40 + 3 * 6)

        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.setInterval(BACK_TO_IDLE_MS)
        self._idle_timer.timeout.connect(self._on_idle_timer_timeout)
        self.override_button.clicked.connect(self._on_override_button_clicked)
        # What follows an answer but is not needed to read it (the tone, the lists): run once it is painted.
        self._after_paint: list[Callable[[], None]] = []
        self._after_paint_due = False
        self._after_paint_latest = QTimer(self)
        self._after_paint_latest.setSingleShot(True)
        self._after_paint_latest.setInterval(AFTER_PAINT_LATEST_MS)
        self._after_paint_latest.timeout.connect(self.run_after_paint)
        self.answer = idle_answer()
        self.show_answer(self.answer)

    def show_answer(self, answer: Answer) -> None:
        self.answer = answer
        background, foreground = COLOURS[answer.tone]
        # Painted by hand and coloured through palettes: a style sheet would re-polish every child on
        # each scan, and this panel sits on the scan's latency budget.
        self._background = QColor(background)
        for label in (self.headline, self.detail, self.note):
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, QColor(foreground))
            label.setPalette(palette)
        self.headline.setText(answer.headline)
        self.detail.setText(answer.detail)
        self.detail.setVisible(bool(answer.detail))
        self.note.setText(answer.note)
        self.note.setVisible(bool(answer.note))
        self.override_button.setVisible(answer.can_override)
        if answer.tone == Tone.IDLE:
            self._idle_timer.stop()
        else:
            self._idle_timer.start()

        self.update()

    def after_paint(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` once the answer on screen has been painted (Enter-to-answer is one frame: issue 10)."""
        if not self.isVisible():
            # No paint will come (another screen is shown: the scan notice is the answer there): at once, in
            # order after what was queued before, and cheap: hidden lists are not painted.
            self.run_after_paint()
            fn()
            return
        self._after_paint.append(fn)
        if not self._after_paint_latest.isActive():
            self._after_paint_latest.start()

    @property
    def after_paint_pending(self) -> bool:
        return bool(self._after_paint)

    @Slot()
    def run_after_paint(self) -> None:
        """Run what waits for the paint now, in order (also when the lists must be current before a reload)."""
        self._after_paint_latest.stop()
        self._after_paint_due = False
        queued, self._after_paint = self._after_paint, []
        for fn in queued:
            fn()

    def _schedule_after_paint(self) -> None:
        if not self._after_paint_due:
            self._after_paint_due = True
            # A zero timer set while painting fires after the frame is flushed to the screen.
            QTimer.singleShot(0, self, self.run_after_paint)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._background)
        painter.drawRoundedRect(self.rect(), 10, 10)
        painter.end()
        if self._after_paint:
            self._schedule_after_paint()

    @Slot()
    def _on_idle_timer_timeout(self) -> None:
        self.show_answer(idle_answer())

    @Slot()
    def _on_override_button_clicked(self) -> None:
        self.override_requested.emit()
