"""PySide6 6.12.0's emit() must not wear True away: a kiosk emits thousands of signals an hour."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QObject, Signal

from telecentre_desk.ui import qt_compat


class Emitter(QObject):
    bare = Signal()
    carrying = Signal(object)


def test_emitting_many_signals_leaves_true_alone(qtbot) -> None:
    emitter = Emitter()
    received = []
    emitter.carrying.connect(received.append)
    before = sys.getrefcount(True)
    for i in range(5000):  # without the fix, ~600 emits abort the interpreter
        emitter.bare.emit()
        emitter.carrying.emit(i)
    assert abs(sys.getrefcount(True) - before) < 10  # unpatched: 10,000 fewer, or an abort
    assert len(received) == 5000
    assert not qt_compat.emit_leaks_true()


def test_the_fix_is_in_place_as_soon_as_the_ui_package_loads() -> None:
    code = ("import sys; import telecentre_desk.ui\n"
            "from PySide6.QtCore import QObject, Signal\n"
            "class E(QObject):\n    s = Signal()\n"
            "e = E()\nfor _ in range(20000): e.s.emit()\nprint('alive')")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert (done.returncode, done.stdout.strip()) == (0, "alive"), done.stderr[-500:]
