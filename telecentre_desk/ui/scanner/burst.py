"""Tell a keyboard-wedge scanner from a person typing, by timing alone (no Qt: tested with a fake clock).

A USB scanner types one character every 1 to 50 ms and ends with Enter or Tab (or nothing, on some
models); a person types a character every 100 ms or more. Each printable key is *held* for at most
``max_gap_ms``: if the next one comes sooner, the keys form a burst that may be a scan; otherwise the
held key goes on to the widget it was meant for, a little late but intact. A burst that does not end
like a scan (too short, no suffix, interrupted by another key) is handed back in full, so normal
typing is never lost; only a burst that ends like a scan is taken away from the focused widget.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Fate(Enum):
    """What happens to the key event that was just reported."""

    DELIVER = "deliver"  # let it reach its widget now (after the held keys, when those are flushed)
    HOLD = "hold"  # keep it with the burst: it will be flushed or dropped with it
    SWALLOW = "swallow"  # drop it (the suffix of a scan)


@dataclass(frozen=True, slots=True)
class Step:
    """The detector's answer to one key or timeout."""

    fate: Fate = Fate.DELIVER
    flush: bool = False  # deliver the held keys to their widget, in order, before anything else
    scanned: str | None = None  # a scan ended: its raw text (the held keys are dropped)


IDLE = Step()


@dataclass(frozen=True, slots=True)
class Thresholds:
    min_chars: int = 3  # shorter bursts are typing, even when they end with Enter
    max_gap_ms: int = 50  # the slowest scanner's gap between two characters
    no_suffix_chars: int = 20  # a burst this long may end by a pause alone (scanner with no suffix)

    @property
    def pause_ms(self) -> int:
        """How long a long burst must pause to count as ended without a suffix."""
        return 3 * self.max_gap_ms


class BurstDetector:
    """Feed it every key press with the time it arrived (ms); act on the returned Step.

    The caller must also call ``timeout`` at ``deadline()`` (a single-shot timer), so that a held key
    reaches its widget when no other key follows.
    """

    def __init__(self, thresholds: Thresholds | None = None) -> None:
        self.thresholds = thresholds or Thresholds()
        self._chars: list[str] = []
        self._last = 0.0

    @property
    def active(self) -> bool:
        """True while keys are held."""
        return bool(self._chars)

    @property
    def would_take_suffix(self) -> bool:
        """True when an Enter or Tab now would end a scan (its shortcut must not fire)."""
        return len(self._chars) >= self.thresholds.min_chars

    def deadline(self) -> float | None:
        """When ``timeout`` must be called next, or None when nothing is held."""
        if not self._chars:
            return None
        return self._last + self._allowed_gap()

    def char(self, text: str, now: float) -> Step:
        """A printable key."""
        if self._chars and now - self._last > self.thresholds.max_gap_ms:
            # Too slow to belong to the burst: the burst ended before this key (a late timer, or the
            # pause that ends a suffix-less scan), and this key starts a new one.
            ended = self._end()
            self._start(text, now)
            return Step(Fate.HOLD, flush=ended.flush, scanned=ended.scanned)
        if not self._chars:
            self._start(text, now)
        else:
            self._chars.append(text)
            self._last = now
        return Step(Fate.HOLD)

    def suffix(self, now: float) -> Step:
        """Enter or Tab: ends a scan when enough characters came fast enough, else it is typing."""
        if not self._chars:
            return IDLE
        if self.would_take_suffix and now - self._last <= self._allowed_gap():
            text = "".join(self._chars)
            self._reset()
            return Step(Fate.SWALLOW, scanned=text)
        ended = self._end()
        return Step(Fate.DELIVER, flush=ended.flush, scanned=ended.scanned)

    def other(self, now: float) -> Step:
        """Any other key (arrows, Backspace, Escape, a shortcut): the burst ends, the key goes through."""
        if not self._chars:
            return IDLE
        ended = self._end()
        return Step(Fate.DELIVER, flush=ended.flush, scanned=ended.scanned)

    def timeout(self, now: float) -> Step:
        """No key since the last one: past the deadline, the burst ends (held keys flushed or scanned).

        The returned fate is meaningless here (there is no current key); ``flush`` and ``scanned`` count.
        """
        deadline = self.deadline()
        if deadline is None or now < deadline:
            return IDLE
        return self._end()

    def _allowed_gap(self) -> float:
        # A long burst may wait for its suffix, or for the pause that ends a suffix-less scan.
        long_burst = len(self._chars) >= self.thresholds.no_suffix_chars
        return self.thresholds.pause_ms if long_burst else self.thresholds.max_gap_ms

    def _start(self, text: str, now: float) -> None:
        self._chars = [text]
        self._last = now

    def _end(self) -> Step:
        """The burst is over without a suffix: a scan if it is long enough, typing otherwise."""
        chars, self._chars = self._chars, []
        if len(chars) >= self.thresholds.no_suffix_chars:
            return Step(Fate.DELIVER, scanned="".join(chars))
        return Step(Fate.DELIVER, flush=bool(chars))

    def _reset(self) -> None:
        self._chars = []
