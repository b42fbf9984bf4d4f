"""The answer panel: big letters that still fit, colours per tone, back to the invitation after a while."""

from __future__ import annotations

from PySide6.QtCore import Qt

from telecentre_desk.ui.kiosk.answer_panel import COLOURS, AnswerPanel
from telecentre_desk.ui.kiosk.answer_text import Answer, Tone

LONG = Answer(Tone.REFUSED, "This badge has been replaced by a newer one", ("Use your latest badge, or ask the host.",))


def _needed_height(panel: AnswerPanel) -> int:
    width = panel.headline.width()
    flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
    return sum(label.fontMetrics().boundingRect(0, 0, width, 10_000, flags, label.text()).height()
               for label in (panel.headline, panel.details))


def test_letters_are_big_on_a_big_screen_and_still_fit_on_a_small_one(qtbot) -> None:
    panel = AnswerPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    panel.show_answer(LONG)
    big = panel.headline.font().pixelSize()
    assert big >= 60  # readable from a metre
    panel.resize(360, 240)
    qtbot.waitUntil(lambda: panel.headline.font().pixelSize() < big)
    assert _needed_height(panel) <= panel.height()
    assert COLOURS[Tone.REFUSED] in panel.styleSheet()


def test_the_answer_clears_back_to_the_invitation(qtbot) -> None:
    panel = AnswerPanel(show_s=0.05)
    qtbot.addWidget(panel)
    panel.show_answer(Answer(Tone.GOODBYE, "Goodbye Marie"))
    assert (panel.tone, panel.details.isVisibleTo(panel)) == (Tone.GOODBYE, False)
    qtbot.waitUntil(lambda: not panel.showing_answer, timeout=2000)
    assert panel.headline.text() == "Show your badge" and COLOURS[None] in panel.styleSheet()
