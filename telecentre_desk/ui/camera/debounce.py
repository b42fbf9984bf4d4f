"""Debounce repeated reads of the same badge: a camera sees it in every frame while it is held up."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

DEFAULT_WINDOW_S = 3.0


class Debouncer:
    """Reports a code once, then not again while it keeps being seen within ``window_s`` seconds.

    The window restarts at every sighting of the same code, so a badge held in front of the camera
    for a long time is reported once, not every ``window_s``. A new code ends the window of the
    others: A, then B, then A again are three reports. Two badges held up together are reported
    once each. Frames with no code change nothing.
    """

    def __init__(self, window_s: float = DEFAULT_WINDOW_S, *, clock: Callable[[], float] = time.monotonic) -> None:
        if window_s < 0:
            raise ValueError("the debounce window cannot be negative")
        self.window_s = window_s
        self._clock = clock
        self._seen: dict[str, float] = {}  # code -> last sighting, for the codes of the current window

    def accept_frame(self, texts: Iterable[str]) -> list[str]:
        """Of the codes read in one frame, those to report, in their order."""
        now = self._clock()
        codes = list(dict.fromkeys(texts))
        if not codes:
            return []
        recent = {code for code, at in self._seen.items() if now - at < self.window_s}
        fresh = [code for code in codes if code not in recent]
        if fresh:
            self._seen = {}  # another code came: the earlier ones may be reported again
        self._seen.update(dict.fromkeys(codes, now))
        return fresh

    def accept(self, text: str) -> bool:
        """Whether ``text``, read alone in a frame, is to be reported."""
        return bool(self.accept_frame([text]))

    def reset(self) -> None:
        """Forget every code (e.g. when the camera changes)."""
        self._seen = {}
