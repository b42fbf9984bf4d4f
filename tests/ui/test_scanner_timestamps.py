"""The wedge judges keys by their press time (``QKeyEvent.timestamp()``), not by when the thread got to them.

The key events here carry explicit timestamps; the process clock (``FakeClock``) is moved separately, so a
test can stall the processing between two keys pressed 6 ms apart, or process in one lump keys pressed
120 ms apart.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from telecentre_desk.ui.scanner.wedge import WedgeListener

CODE = "TD1:FLO:42:3:MFRGGZDFMZTWQ2LKNNWG23TPOA"
OTHER = "TD1:FLO:43:1:KRUGKIDROVUWG2ZAMJZG653OPQ"


class FakeClock:
    def __init__(self) -> None:
        self.ms = 1_000_000.0

    def __call__(self) -> float:
        return self.ms


class Window(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.field = QLineEdit(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        self.returns = 0
        self.field.returnPressed.connect(self._count_return)

    def _count_return(self) -> None:
        self.returns += 1


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def window(qtbot: QtBot) -> Window:
    window = Window()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.field.setFocus()
    return window


@pytest.fixture
def wedge(window: Window, clock: FakeClock) -> WedgeListener:
    return WedgeListener(window, clock=clock)


def key(kind: QEvent.Type, text: str, stamp: int, *, repeat: bool = False) -> QKeyEvent:
    if text == "\r":
        code, text = Qt.Key.Key_Return, "\r"
    else:
        code = Qt.Key(ord(text.upper())) if text.isalnum() else Qt.Key.Key_Colon
    event = QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, text, repeat)
    event.setTimestamp(stamp)
    return event


def press(target: QWidget, text: str, stamp: int, *, repeat: bool = False) -> None:
    """Press and release one key at ``stamp`` ms (the windowing system's time), processed now."""
    QCoreApplication.sendEvent(target, key(QEvent.Type.KeyPress, text, stamp, repeat=repeat))
    QCoreApplication.sendEvent(target, key(QEvent.Type.KeyRelease, text, stamp + 1, repeat=repeat))


def test_a_scan_whose_processing_stalls_80_ms_between_keys_is_one_scan(qtbot: QtBot, window: Window,
                                                                       wedge: WedgeListener, clock: FakeClock) -> None:
    scans: list[str] = []
    wedge.scanned.connect(scans.append)
    stamp = 5000
    for char in CODE:
        stamp += 6
        press(window.field, char, stamp)
        clock.ms += 80  # the UI thread was busy between the two keys: the old listener split the scan here
    press(window.field, "\r", stamp + 6)
    assert scans == [CODE]
    assert window.field.text() == ""
    assert window.returns == 0


def test_typing_processed_in_one_lump_stays_typing(qtbot: QtBot, window: Window, wedge: WedgeListener,
                                                   clock: FakeClock) -> None:
    scans: list[str] = []
    wedge.scanned.connect(scans.append)
    stamp = 5000
    for char in "Dupont":
        stamp += 95  # a fast typist: 95 ms between presses, processed all at once after a stall
        press(window.field, char, stamp)
    press(window.field, "\r", stamp + 95)
    assert scans == []
    assert window.field.text() == "Dupont"
    assert window.returns == 1


def test_a_late_timer_judges_the_queued_keys_before_ending_the_burst(qtbot: QtBot, window: Window,
                                                                     wedge: WedgeListener, clock: FakeClock) -> None:
    scans: list[str] = []
    wedge.scanned.connect(scans.append)
    stamp = 5000
    for char in CODE[:10]:
        stamp += 6
        press(window.field, char, stamp)
    # The thread stalls: the rest of the scan is pressed meanwhile and waits in the queue ...
    for char in CODE[10:] + "\r":
        stamp += 6
        QCoreApplication.postEvent(window.field, key(QEvent.Type.KeyPress, char, stamp))
        QCoreApplication.postEvent(window.field, key(QEvent.Type.KeyRelease, char, stamp + 1))
    clock.ms += 300
    wedge._on_timer_timeout()  # ... and the hold timer, long overdue, fires first.
    assert scans == [CODE]
    assert window.field.text() == ""
    assert window.returns == 0


def test_two_suffixless_scans_processed_together_are_told_apart_by_their_press_times(
        qtbot: QtBot, window: Window, wedge: WedgeListener, clock: FakeClock) -> None:
    scans: list[str] = []
    wedge.scanned.connect(scans.append)
    stamp = 5000
    for code in (CODE, OTHER):
        for char in code:
            stamp += 8
            press(window.field, char, stamp)
        stamp += 400  # the scanner's pause between the two badges
    assert scans == [CODE]  # the first ended when the second's first key came 400 ms after its last
    with qtbot.waitSignal(wedge.scanned):
        clock.ms += 10_000  # much later on the process clock: the second scan ends by its pause
    assert scans == [CODE, OTHER]
    assert window.field.text() == ""


def test_two_scanners_interleaved_give_a_clear_outcome_and_type_nothing(qtbot: QtBot, window: Window,
                                                                       wedge: WedgeListener,
                                                                       clock: FakeClock) -> None:
    scans: list[str] = []
    wedge.scanned.connect(scans.append)
    stamp = 5000
    keys = [(c, 0) for c in CODE + "\r"]
    other = [(c, 1) for c in OTHER + "\r"]
    mixed = [k for pair in zip(keys, other, strict=True) for k in pair]
    for char, _scanner in mixed:
        stamp += 3
        press(window.field, char, stamp)
    # One scan of mixed-up characters: the parser refuses it ("badge non reconnu"), the host scans again.
    # The second scanner's Enter finds no burst: it is an ordinary Enter (here on an empty field).
    assert len(scans) == 1
    assert scans[0] != CODE + OTHER
    assert sorted(scans[0]) == sorted(CODE + OTHER)  # no character typed into the field
    assert window.field.text() == ""


def test_a_key_held_down_auto_repeats_into_the_field(qtbot: QtBot, window: Window, wedge: WedgeListener,
                                                     clock: FakeClock) -> None:
    scans: list[str] = []
    wedge.scanned.connect(scans.append)
    stamp = 5000
    QCoreApplication.sendEvent(window.field, key(QEvent.Type.KeyPress, "a", stamp))
    for _ in range(30):  # auto-repeat: 30 ms apart, like a scanner, but flagged as repeats
        stamp += 30
        QCoreApplication.sendEvent(window.field, key(QEvent.Type.KeyPress, "a", stamp, repeat=True))
    QCoreApplication.sendEvent(window.field, key(QEvent.Type.KeyRelease, "a", stamp + 5))
    clock.ms += 1000
    qtbot.waitUntil(lambda: window.field.text() == "a" * 31)
    assert scans == []


def test_a_field_closed_while_its_keys_are_held_loses_them_quietly(qtbot: QtBot, window: Window,
                                                                   wedge: WedgeListener, clock: FakeClock) -> None:
    scans: list[str] = []
    wedge.scanned.connect(scans.append)
    doomed = QLineEdit(window)
    window.layout().addWidget(doomed)
    doomed.show()
    doomed.setFocus()
    press(doomed, "x", 5000)
    press(doomed, "y", 5010)  # held: they may still be the start of a scan
    doomed.deleteLater()
    qtbot.waitUntil(lambda: window.findChildren(QLineEdit) == [window.field])
    clock.ms += 1000
    window.field.setFocus()
    stamp = 9000
    for char in CODE + "\r":
        stamp += 6
        press(window.field, char, stamp)
    assert scans == [CODE]
    assert window.field.text() == ""
