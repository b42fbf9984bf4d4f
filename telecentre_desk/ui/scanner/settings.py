"""The scanner's timing thresholds: UI preferences of this computer's scanner, kept in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from telecentre_desk.ui.scanner.burst import Thresholds
from telecentre_desk.ui.settings import Setting

_DEFAULTS = Thresholds()

MIN_CHARS: Setting[int] = Setting("scanner/min_chars", _DEFAULTS.min_chars, int, validator=lambda v: 2 <= v <= 40)
MAX_GAP_MS: Setting[int] = Setting("scanner/max_gap_ms", _DEFAULTS.max_gap_ms, int,
                                   validator=lambda v: 5 <= v <= 500)
NO_SUFFIX_CHARS: Setting[int] = Setting("scanner/no_suffix_chars", _DEFAULTS.no_suffix_chars, int,
                                        validator=lambda v: 5 <= v <= 200)


def read_thresholds(settings: QSettings) -> Thresholds:
    return Thresholds(min_chars=MIN_CHARS.read(settings), max_gap_ms=MAX_GAP_MS.read(settings),
                      no_suffix_chars=NO_SUFFIX_CHARS.read(settings))


def write_thresholds(settings: QSettings, thresholds: Thresholds) -> None:
    MIN_CHARS.write(settings, thresholds.min_chars)
    MAX_GAP_MS.write(settings, thresholds.max_gap_ms)
    NO_SUFFIX_CHARS.write(settings, thresholds.no_suffix_chars)
