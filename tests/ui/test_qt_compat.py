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


def test_void_calls_leave_none_alone_as_soon_as_the_ui_package_loads() -> None:
    # A front desk makes thousands of void calls an hour (update, setText, QTimer.start): without the
    # reserve, PySide6 6.12.0 on Python 3.11 aborts with "none_dealloc" after a few thousand.
    code = ("import telecentre_desk.ui\n"
            "from PySide6.QtCore import QObject\n"
            "o = QObject()\nfor _ in range(200000): o.setObjectName('x')\nprint('alive')")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert (done.returncode, done.stdout.strip()) == (0, "alive"), done.stderr[-500:]
    assert not qt_compat.void_call_leaks_none() or qt_compat.fix_none_refcount()
