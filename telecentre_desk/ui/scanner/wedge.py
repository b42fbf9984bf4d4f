"""The keyboard-wedge listener: an application event filter that takes scans out of the key stream.

The main window's listener is application-wide: a scan is caught whatever has the keyboard, a screen, a
modal or progress dialog (its Enter never presses Annuler), a menu, a completer popup. A window with a
listener of its own (the kiosk) keeps its scans; a field that expects a badge code opts in with
``accept_scans(field)`` and gets the scan typed into it. A window-wide listener is active while its window
is the active window (a dialog on top types normally). Printable keys are
held by the BurstDetector for at most the maximum gap; keys that turn out to be typing are sent on to
the widget they were meant for, in order, so a search field behaves as before, a few milliseconds late.
The raw text of a scan is emitted as typed: the core's parser undoes AZERTY garbling.

Keys are judged by the time they were *pressed* (``QKeyEvent.timestamp()``: the X server's or Windows'
time of the press, in ms), not by the time Python gets to them: a UI thread busy for 80 ms receives a
scan's keys in one lump, and their own timestamps still say "6 ms apart". The hold timer runs on the
process clock, mapped to key time by the smallest processing delay seen (a late estimate only makes the
timer later, never earlier); when it fires late (the thread was stalled), key presses queued meanwhile
are processed first, so a stall never ends a burst that was still coming. Synthetic key events without a
timestamp (0, e.g. from QTest) are judged by the process clock, as before.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from telecentre_desk.ui.scanner.burst import BurstDetector, Fate, Step, Thresholds

logger = logging.getLogger(__name__)

Clock = Callable[[], float]  # milliseconds, monotonic

# A timer this much past its due time means the thread was busy: queued key presses are judged first.
_LATE_MS = 4.0
_OFFSET_SAMPLES = 256  # how many recent key events estimate the key clock's offset

# A widget with this property true gets scans typed into it, like any typing (a field for a badge code).
ACCEPTS_SCANS = "acceptsScans"
# Set on a window whose own listener answers its scans (the kiosk): the application-wide one leaves it.
_OWN_LISTENER = "ownScanListener"
# Set on a window hidden on purpose while its listener must keep answering (the main window under the kiosk).
_KEEP_WHILE_HIDDEN = "scanListenerWhileHidden"

_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride)
# Pressed alone these type nothing; scanners press Shift around capitals, so they must not end a burst.
_MODIFIER_KEYS = frozenset({
    Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R,
})
_SUFFIX_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab})
_SHORTCUT_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                       | Qt.KeyboardModifier.MetaModifier)
_ALTGR_ON_WINDOWS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def monotonic_ms() -> float:
    return time.monotonic() * 1000


def key_kind(event: QKeyEvent) -> str:
    """``modifier``, ``suffix``, ``char`` or ``other``."""
    key = Qt.Key(event.key())
    if key in _MODIFIER_KEYS:
        return "modifier"
    if event.isAutoRepeat():
        return "other"  # a key held down by a person, never a scanner
    mods = event.modifiers() & _SHORTCUT_MODIFIERS
    if key in _SUFFIX_KEYS and not mods:
        return "suffix"
    text = event.text()
    # Windows reports AltGr (needed for @ or # on AZERTY) as Ctrl+Alt: that is typing, not a shortcut.
    if text and text.isprintable() and (not mods or mods == _ALTGR_ON_WINDOWS):
        return "char"
    return "other"


def accept_scans(widget: QWidget, accept: bool = True) -> None:
    """Let ``widget`` receive scans as typed text (a field that expects a badge code)."""
    widget.setProperty(ACCEPTS_SCANS, accept)


def keep_listening_while_hidden(window: QWidget, keep: bool = True) -> None:
    """Let ``window``'s application-wide listener answer while the window is hidden on purpose (the kiosk)."""
    window.setProperty(_KEEP_WHILE_HIDDEN, keep)


def _copy(event: QKeyEvent) -> QKeyEvent:
    copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.nativeScanCode(),
                     event.nativeVirtualKey(), event.nativeModifiers(), event.text(), event.isAutoRepeat(),
                     event.count())
    copy.setTimestamp(event.timestamp())
    return copy


class KeyTime:
    """Maps the process clock to the windowing system's key clock.

    ``offset`` is the smallest (process time - key time) of the recent key events: the one processed with
    the least delay. An event processed late only gives a larger sample, which the minimum ignores.
    """

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._samples: deque[float] = deque(maxlen=_OFFSET_SAMPLES)
        self.offset = 0.0

    def of(self, event: QKeyEvent) -> float:
        """The key's press time in ms, on the key clock."""
        now = self._clock()
        stamp = event.timestamp()
        if not stamp:  # no timestamp (a synthetic event): the process clock is all we know
            self._samples.clear()
            self.offset = 0.0
            return now
        self._samples.append(now - stamp)
        self.offset = min(self._samples)
        return float(stamp)

    def now(self) -> float:
        """The current time on the key clock (never ahead of the truth: see the class docstring)."""
        return self._clock() - self.offset

    def to_process(self, key_ms: float) -> float:
        return key_ms + self.offset


class WedgeListener(QObject):
    """Emits ``scanned`` with the raw text of each scan typed while ``window`` is active.

    With ``application_wide``, of each scan typed in any window of the application (see the module's
    docstring for the exceptions).
    """

    scanned = Signal(str)

    def __init__(self, window: QWidget, *, thresholds: Thresholds | None = None,
                 clock: Clock | None = None, application_wide: bool = False) -> None:
        # A child of the window: destroyed with it, and Qt then drops it from the application's filters.
        super().__init__(window)
        self._window = window
        self._application_wide = application_wide
        if not application_wide:
            window.setProperty(_OWN_LISTENER, True)
        self._clock = clock or monotonic_ms
        self._detector = BurstDetector(thresholds)
        self._key_time = KeyTime(self._clock)
        self._draining = False
        self._held: list[tuple[QWidget, QKeyEvent]] = []
        self._held_keys: set[int] = set()  # their presses are held: their releases wait with them
        self._swallowed_keys: set[int] = set()  # suffixes of scans: their releases are dropped too
        self._replaying = False
        self.enabled = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timer_timeout)
        QCoreApplication.instance().installEventFilter(self)

    @property
    def thresholds(self) -> Thresholds:
        return self._detector.thresholds

    def set_thresholds(self, thresholds: Thresholds) -> None:
        """New timings apply from the next burst; keys held now are handed back first."""
        self._apply(self._detector.other(self._key_time.now()))
        self._detector = BurstDetector(thresholds)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _KEY_EVENTS or self._replaying:
            return False
        # Key events reach the window's QWindow first, then its focus widget: act at the widget only.
        if not isinstance(watched, QWidget) or not self._watching(watched):
            return False
        assert isinstance(event, QKeyEvent)
        if kind == QEvent.Type.KeyRelease:
            return self._on_release(watched, event)
        what = key_kind(event)
        if kind == QEvent.Type.ShortcutOverride:
            # Claim the keys we are about to hold or swallow, or a shortcut would eat them instead.
            if what == "char" or (what == "suffix" and self._detector.would_take_suffix):
                event.accept()
                return True
            return False
        if what == "modifier":
            return False
        now = self._key_time.of(event)
        if what == "char":
            step = self._detector.char(event.text(), now)
        elif what == "suffix":
            step = self._detector.suffix(now)
        else:
            step = self._detector.other(now)
        self._apply(step, watched, event)
        return step.fate != Fate.DELIVER

    def _watching(self, watched: QWidget) -> bool:
        if not self.enabled or watched.property(ACCEPTS_SCANS):
            return False
        top = watched.window()
        if self._application_wide:
            # Every window but one answering its own scans: the active one, or a popup (a menu, a completer);
            # only while the listener's own window is open (a closed one's listener must not take keys).
            if not self._window.isVisible() and not self._window.property(_KEEP_WHILE_HIDDEN):
                return False
            if top is not self._window and top.property(_OWN_LISTENER):
                return False
            return top.isActiveWindow() or top.windowType() == Qt.WindowType.Popup
        if top is self._window:
            return top.isActiveWindow()
        # A popup opened from our window (a completer's list) gets the keys while the window stays active.
        return top.windowType() == Qt.WindowType.Popup and QApplication.activeWindow() is self._window

    def _on_release(self, watched: QWidget, event: QKeyEvent) -> bool:
        key = event.key()
        if key in self._held_keys:
            self._held.append((watched, _copy(event)))
            self._held_keys.discard(key)
            return True
        if key in self._swallowed_keys:
            self._swallowed_keys.discard(key)
            return True
        return False

    def _apply(self, step: Step, watched: QWidget | None = None, event: QKeyEvent | None = None) -> None:
        if step.flush:
            self._flush()
        elif step.scanned is not None:
            self._held.clear()  # the keys were the scan: they never reach a widget
            self._held_keys.clear()
        if event is not None and watched is not None:
            if step.fate == Fate.HOLD:
                self._held.append((watched, _copy(event)))
                self._held_keys.add(event.key())
            elif step.fate == Fate.SWALLOW:
                self._swallowed_keys.add(event.key())
        self._arm_timer()
        if step.scanned is not None:
            logger.debug("scan of %d characters", len(step.scanned))
            self.scanned.emit(step.scanned)

    def _flush(self) -> None:
        """Send the held keys to the widgets they were typed into, in order."""
        held, self._held = self._held, []
        self._held_keys.clear()
        self._replaying = True
        try:
            for target, copy in held:
                if isValid(target):  # the widget may have closed meanwhile; its keys go with it
                    QCoreApplication.sendEvent(target, copy)
        finally:
            self._replaying = False

    def _arm_timer(self) -> None:
        deadline = self._detector.deadline()
        if deadline is None:
            self._timer.stop()
            return
        # +1: a timer due a fraction of a millisecond early would find nothing to do and spin.
        self._timer.start(max(0, int(self._key_time.to_process(deadline) - self._clock())) + 1)

    @Slot()
    def _on_timer_timeout(self) -> None:
        deadline = self._detector.deadline()
        if deadline is not None and self._key_time.now() - deadline > _LATE_MS and not self._draining:
            # Fired late: the thread was busy, and the scan's next keys may be waiting in the queue with
            # press times inside the burst. Judge them first; the burst ends only if none continues it.
            self._draining = True
            try:
                QCoreApplication.processEvents()
            finally:
                self._draining = False
        self._apply(self._detector.timeout(self._key_time.now()))
