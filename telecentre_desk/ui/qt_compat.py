"""Work around PySide6 6.12.0's ``SignalInstance.emit()``, which hands back True without a reference to it.

The caller then drops a reference it never had: every ``signal.emit(...)`` from Python takes one
reference away from ``True``. Before Python 3.12 (where True became immortal) the interpreter aborts
with "Fatal Python error: bool_dealloc: deallocating True or False" once they are gone, after a
few hundred to a few thousand emits: minutes of a camera read at 15 frames a second, a day of scans.

The fix is applied only where a probe shows the leak (so a fixed PySide6 is left alone): emit is
wrapped to give True back the reference it loses.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

logger = logging.getLogger(__name__)

_PROBE_EMITS = 64
_applied = False


class _Probe(QObject):
    fired = Signal()


def emit_leaks_true() -> bool:
    """Whether ``emit()`` takes one reference away from True per call here."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBE_EMITS):
        probe.fired.emit()
    lost = before - sys.getrefcount(True)
    _give_back(True, max(0, lost))  # the probe's own losses
    return lost >= _PROBE_EMITS


def _give_back(obj: object, count: int) -> None:
    for _ in range(count):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))


def fix_signal_emit() -> bool:
    """Patch ``SignalInstance.emit`` when it leaks; True when the patch is (now or already) in place."""
    global _applied
    if _applied:
        return True
    if sys.version_info >= (3, 12) or not emit_leaks_true():
        return False
    original = SignalInstance.emit

    def emit(self: SignalInstance, *args: object) -> object:
        result = original(self, *args)
        if result is True:
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
        return result

    SignalInstance.emit = emit  # type: ignore[method-assign]
    _applied = True
    logger.info("PySide6 %s: SignalInstance.emit patched (it loses a reference to True)", _pyside_version())
    return True


def _pyside_version() -> str:
    import PySide6

    return PySide6.__version__


# A reserve no session can spend: a million void calls an hour would take a century to use it up.
_NONE_RESERVE = 1 << 40
_none_fixed = False


def void_call_leaks_none() -> bool:
    """Whether a void method (``QObject.setObjectName``) takes one reference away from None per call here.

    PySide6 6.12.0 returns None from void methods (and from an invalid QVariant) without a reference:
    ``update()``, ``setText()``, ``QTimer.start()``... each call wears None away until the interpreter
    aborts with "Fatal Python error: none_dealloc" (a few thousand calls in a small script).
    """
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_EMITS):
        probe.setObjectName("probe")
    lost = before - sys.getrefcount(None)
    _give_back(None, max(0, lost))
    return lost >= _PROBE_EMITS


def fix_none_refcount() -> bool:
    """Give None references enough for any session when void calls leak them; True when done (or already).

    Wrapping every void method like ``emit`` is not possible, but None is a static object that is
    never freed: a large reserve of references makes it immortal in practice, as Python 3.12 does.
    """
    global _none_fixed
    if _none_fixed:
        return True
    if sys.version_info >= (3, 12) or not void_call_leaks_none():
        return False
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, the first field of every object
    before = sys.getrefcount(None)
    refcount.value += _NONE_RESERVE
    if sys.getrefcount(None) - before != _NONE_RESERVE:  # not the layout we expect: leave it as it was
        refcount.value -= _NONE_RESERVE
        logger.warning("PySide6 %s loses references to None; could not reserve more", _pyside_version())
        return False
    _none_fixed = True
    logger.info("PySide6 %s: None given a reserve of references (void calls lose one each)", _pyside_version())
    return True

