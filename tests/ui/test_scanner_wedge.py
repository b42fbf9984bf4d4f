"""The wedge listener in a real window: scans leave the key stream, typing reaches its field as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from telecentre_desk.ui.scanner.burst import Thresholds
from telecentre_desk.ui.scanner.wedge import WedgeListener

CODE = "TD1:FLO:42:3:MFRGGZDFMZTWQ2LKNNWG23TPOA"


class FakeClock:
    def __init__(self) -> None:
        self.ms = 1000.0

    def __call__(self) -> float:
        return self.ms


class Window(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.field = QLineEdit(self)
        self.other = QLineEdit(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.other)
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


def type_keys(qtbot: QtBot, widget: QWidget, text: str, clock: FakeClock, gap_ms: float) -> None:
    for char in text:
        clock.ms += gap_ms
        qtbot.keyClick(widget, char)


def test_a_burst_and_enter_is_one_scan_and_leaves_the_field_alone(qtbot: QtBot, window: Window,
                                                                  wedge: WedgeListener, clock: FakeClock) -> None:
    scans: list[str] = []
    wedge.scanned.connect(scans.append)
    type_keys(qtbot, window.field, CODE, clock, gap_ms=5)
    clock.ms += 5
    qtbot.keyClick(window.field, Qt.Key.Key_Return)
    assert scans == [CODE]
    assert window.field.text() == ""
    assert window.returns == 0  # the scanner's Enter never reached the field


def test_slow_typing_reaches_the_field_intact_and_its_enter_works(qtbot: QtBot, window: Window,
                                                                  wedge: WedgeListener, clock: FakeClock) -> None:
    scans: list[str] = []
    wedge.scanned.connect(scans.append)
    type_keys(qtbot, window.field, "Dupont M", clock, gap_ms=150)
    clock.ms += 150
    qtbot.waitUntil(lambda: window.field.text() == "Dupont M")  # the last key, after its short hold
    qtbot.keyClick(window.field, Qt.Key.Key_Backspace)
    assert window.field.text() == "Dupont "
    qtbot.keyClick(window.field, Qt.Key.Key_Return)
    assert window.returns == 1
    assert scans == []


def test_a_fast_short_burst_is_handed_back_in_order(qtbot: QtBot, window: Window, wedge: WedgeListener,
                                                    clock: FakeClock) -> None:
    scans: list[str] = []
    wedge.scanned.connect(scans.append)
    window.field.setText("ab")
    type_keys(qtbot, window.field, "cd", clock, gap_ms=10)
    qtbot.keyClick(window.field, Qt.Key.Key_Left)  # another key ends the burst: "cd" first, then Left
    assert window.field.text() == "abcd"
    assert window.field.cursorPosition() == 3
    assert scans == []


def test_a_scanner_without_suffix_scans_after_the_pause(qtbot: QtBot, window: Window, wedge: WedgeListener,
                                                        clock: FakeClock) -> None:
    with qtbot.waitSignal(wedge.scanned) as signal:
        type_keys(qtbot, window.field, CODE, clock, gap_ms=20)
        clock.ms += 200
    assert signal.args == [CODE]
    assert window.field.text() == ""


def test_the_scanners_enter_does_not_fire_an_enter_shortcut(qtbot: QtBot, window: Window, wedge: WedgeListener,
                                                            clock: FakeClock) -> None:
    fired: list[bool] = []
    action = QAction(window)
    action.setShortcut(QKeySequence(Qt.Key.Key_Return))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda: fired.append(True))
    window.addAction(action)
    scans: list[str] = []
    wedge.scanned.connect(scans.append)
    type_keys(qtbot, window.field, CODE, clock, gap_ms=5)
    qtbot.keyClick(window.field, Qt.Key.Key_Return)
    assert scans == [CODE]
    assert fired == []
    qtbot.keyClick(window.field, Qt.Key.Key_Return)  # a person's Enter still triggers it
    assert fired == [True]


def test_keys_typed_in_a_dialog_on_top_are_not_watched(qtbot: QtBot, window: Window, wedge: WedgeListener,
                                                       clock: FakeClock) -> None:
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow)
    scans: list[str] = []
    wedge.scanned.connect(scans.append)
    type_keys(qtbot, other, CODE, clock, gap_ms=5)
    qtbot.keyClick(other, Qt.Key.Key_Return)
    assert scans == []
    assert other.text() == CODE


def test_new_thresholds_apply_to_the_next_burst(qtbot: QtBot, window: Window, wedge: WedgeListener,
                                                clock: FakeClock) -> None:
    scans: list[str] = []
    wedge.scanned.connect(scans.append)
    wedge.set_thresholds(Thresholds(min_chars=3, max_gap_ms=200, no_suffix_chars=20))
    type_keys(qtbot, window.field, "ABCD", clock, gap_ms=150)
    qtbot.keyClick(window.field, Qt.Key.Key_Tab)
    assert scans == ["ABCD"]
    assert window.field.hasFocus()  # the suffix Tab did not move the focus
