"""Enter-to-answer is one frame: the answer is painted first; the tone and the lists follow that paint,
and still happen when nothing is painted (issue 10)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt

from .conftest import Desk


class FirstPaint(QObject):
    """What the host would have seen at the answer panel's first paint after Enter."""

    def __init__(self, desk: Desk) -> None:
        super().__init__(desk.screen.feedback)
        self.desk = desk
        self.seen: list[tuple[str, int, int, tuple[str, ...]]] = []
        desk.screen.feedback.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            screen = self.desk.screen
            self.seen.append((screen.feedback.headline.text(), screen.presence.rowCount(), screen.recent.rowCount(),
                              tuple(screen.tones.played)))
        return False


def _enter(desk: Desk, who: str) -> None:
    desk.type(desk.badge[who], gap_ms=4)
    desk.keys.ms += 4
    desk.qtbot.keyClick(desk.screen.search, Qt.Key.Key_Return)


def test_the_answer_is_painted_before_the_tone_and_the_lists_change(desk: Desk) -> None:
    desk.qtbot.waitUntil(lambda: not desk.screen.after_paint_pending)
    probe = FirstPaint(desk)
    _enter(desk, "Marie")
    assert desk.screen.after_paint_pending  # the tone and the row wait for the paint
    assert desk.screen.presence.rowCount() == 0 and desk.screen.tones.played == []
    desk.qtbot.waitUntil(lambda: bool(probe.seen))
    assert probe.seen == [("Hello Marie, have a good day", 0, 0, ())]
    desk.settle()
    assert desk.screen.presence.rowCount() == 1
    assert desk.screen.recent.rowCount() == 1
    assert desk.screen.tones.played == ["accepted"]


def test_a_refusal_is_painted_first_too_and_then_joins_the_last_scans(desk: Desk) -> None:
    desk.screen.handle_scan("NOT-A-BADGE")
    assert desk.screen.feedback.headline.text() != ""
    assert desk.screen.recent.rowCount() == 0 and desk.screen.tones.played == []
    desk.settle()
    assert desk.screen.recent.rowCount() == 1
    assert desk.screen.tones.played == ["refused"]


def test_what_follows_the_answer_happens_at_once_when_the_panel_is_hidden(desk: Desk) -> None:
    desk.screen.feedback.setVisible(False)  # hidden (another screen shown, the kiosk): no paint will come
    _enter(desk, "Marie")
    assert not desk.screen.after_paint_pending
    assert desk.screen.presence.rowCount() == 1
    assert desk.screen.tones.played == ["accepted"]


def test_a_reload_right_after_a_scan_neither_loses_nor_doubles_its_line(desk: Desk) -> None:
    _enter(desk, "Marie")
    assert desk.screen.after_paint_pending
    desk.screen.refresh()  # presence_changed (closing time, the journal merged) before the paint
    assert not desk.screen.after_paint_pending
    assert desk.screen.presence.rowCount() == 1
    assert desk.screen.recent.rowCount() == 1
    assert desk.screen.tones.played == ["accepted"]


def test_what_follows_the_answer_happens_even_if_no_paint_ever_comes(desk: Desk) -> None:
    """A window covered or minimised keeps its panel 'visible' but may never paint it: a timer catches up."""
    panel = desk.screen.feedback
    ran: list[str] = []
    panel.after_paint(lambda: ran.append("late"))
    panel.setUpdatesEnabled(False)  # no paint reaches the panel from now on
    try:
        desk.qtbot.waitUntil(lambda: ran == ["late"], timeout=2000)
    finally:
        panel.setUpdatesEnabled(True)


def test_the_hosts_own_check_in_shows_in_the_list_at_once(desk: Desk) -> None:
    desk.screen.search.setText("marie")
    desk.qtbot.mouseClick(desk.screen.check_button, Qt.MouseButton.LeftButton)
    assert desk.screen.presence.rowCount() == 1  # not on a scan's one-frame budget: no wait
