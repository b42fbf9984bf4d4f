"""The startup probe read by the startup benchmark (bench/): time until the first real screen painted.

Contract: with ``TELECENTRE_DESK_STARTUP_PROBE=1``, once the Members table's viewport has painted
for the first time (rows loaded), print exactly one line ``READY <time.time() with 6 decimals>``
to stdout, flush, and quit the event loop with exit code 0.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Mapping
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

PROBE_ENV = "TELECENTRE_DESK_STARTUP_PROBE"
# Milliseconds the window stays up after READY (default 0): bench/startup.py's --visible looks for it on the X
# server with xdotool, which needs it mapped for longer than a poll.
HOLD_ENV = "TELECENTRE_DESK_STARTUP_PROBE_HOLD_MS"


def hold_ms(environ: Mapping[str, str]) -> int:
    try:
        return max(0, min(10_000, int(environ.get(HOLD_ENV, "0") or 0)))
    except ValueError:
        return 0


def probe_requested(environ: Mapping[str, str]) -> bool:
    return environ.get(PROBE_ENV, "").strip() == "1"


class FirstPaintProbe(QObject):
    """Watches one widget for its first Paint event, reports READY just after it, then quits."""

    def __init__(self, view: QWidget, *, out: TextIO | None = None) -> None:
        super().__init__(view)
        self._out = out
        self._seen = False
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            watched.removeEventFilter(self)
            # The filter runs before the paint; the zero timer fires once it has been done.
            QTimer.singleShot(0, self, self._report)
        return False

    def _report(self) -> None:
        out = self._out if self._out is not None else sys.stdout
        print(f"READY {time.time():.6f}", file=out, flush=True)
        hold = hold_ms(os.environ)
        if hold:
            QTimer.singleShot(hold, self, lambda: QCoreApplication.exit(0))
        else:
            QCoreApplication.exit(0)


class _AfterFirstPaint(QObject):
    def __init__(self, view: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(view)
        self._callback = callback
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._callback)
        return False


def after_first_paint(view: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once ``view`` has painted for the first time (work that must not delay it)."""
    _AfterFirstPaint(view, callback)
