"""The burst detector's timing, with a fake clock: scans are taken, typing is handed back intact."""

from __future__ import annotations

from telecentre_desk.ui.scanner.burst import BurstDetector, Fate, Step, Thresholds

CODE = "TD1:FLO:42:3:MFRGGZDFMZTWQ2LKNNWG23TPOA"


class Keys:
    """Drives a detector like a keyboard: records what reached the widget and what was scanned."""

    def __init__(self, thresholds: Thresholds | None = None) -> None:
        self.detector = BurstDetector(thresholds)
        self.now = 0.0
        self.held: list[str] = []
        self.typed: list[str] = []  # what the focused widget received, in order
        self.scans: list[str] = []

    def _apply(self, step: Step, key: str | None) -> None:
        if step.flush:
            self.typed.extend(self.held)
        if step.flush or step.scanned is not None:
            self.held = []
        if step.scanned is not None:
            self.scans.append(step.scanned)
        if key is not None:
            if step.fate == Fate.HOLD:
                self.held.append(key)
            elif step.fate == Fate.DELIVER:
                self.typed.append(key)

    def wait(self, ms: float) -> None:
        """Time passes; the timer fires when it is due, as the Qt listener's does."""
        end = self.now + ms
        while (deadline := self.detector.deadline()) is not None and deadline <= end:
            self.now = deadline
            self._apply(self.detector.timeout(self.now), None)
        self.now = end

    def type(self, text: str, gap: float) -> None:
        for char in text:
            self.wait(gap)
            self._apply(self.detector.char(char, self.now), char)

    def press(self, special: str, gap: float = 5) -> None:
        self.wait(gap)
        step = self.detector.suffix(self.now) if special in ("\n", "\t") else self.detector.other(self.now)
        self._apply(step, special)


def test_a_burst_ended_by_enter_is_a_scan_and_nothing_reaches_the_widget() -> None:
    keys = Keys()
    keys.type(CODE, gap=8)
    keys.press("\n")
    keys.wait(500)
    assert keys.scans == [CODE]
    assert keys.typed == []


def test_a_tab_suffix_ends_a_scan_too() -> None:
    keys = Keys()
    keys.type("&é\"'", gap=20)  # an AZERTY-garbled code: the core recovers it, the detector just passes it on
    keys.press("\t", gap=20)
    assert keys.scans == ["&é\"'"]
    assert keys.typed == []


def test_a_scanner_without_suffix_is_recognised_by_the_pause_after_enough_characters() -> None:
    keys = Keys()
    keys.type(CODE, gap=30)
    keys.wait(100)  # less than 3 x 50 ms: it may still send a suffix
    assert keys.scans == []
    keys.wait(60)
    assert keys.scans == [CODE]
    assert keys.typed == []


def test_a_short_fast_burst_without_suffix_is_typing_handed_back_whole() -> None:
    keys = Keys()
    keys.type("dup", gap=30)  # a fast typist's roll: fast, but no suffix and short
    keys.wait(200)
    assert keys.scans == []
    assert keys.typed == list("dup")


def test_slow_typing_reaches_the_widget_key_by_key_and_enter_stays_enter() -> None:
    keys = Keys()
    keys.type("dupont", gap=120)
    keys.press("\n", gap=120)
    assert keys.scans == []
    assert keys.typed == [*"dupont", "\n"]


def test_each_slow_key_is_held_no_longer_than_the_gap() -> None:
    keys = Keys()
    keys.type("d", gap=0)
    assert keys.typed == []
    keys.wait(49)
    assert keys.typed == []
    keys.wait(2)
    assert keys.typed == ["d"]


def test_too_few_characters_then_enter_is_typing() -> None:
    keys = Keys()
    keys.type("42", gap=10)
    keys.press("\n", gap=10)
    assert keys.scans == []
    assert keys.typed == ["4", "2", "\n"]


def test_an_enter_too_late_after_a_short_burst_is_typing() -> None:
    keys = Keys()
    keys.type("abcd", gap=10)
    keys.press("\n", gap=80)
    assert keys.scans == []
    assert keys.typed == [*"abcd", "\n"]


def test_another_key_interrupting_a_burst_hands_it_back_before_itself() -> None:
    keys = Keys()
    keys.type("abc", gap=10)
    keys.press("<backspace>", gap=10)
    assert keys.scans == []
    assert keys.typed == [*"abc", "<backspace>"]


def test_two_scanners_interleaving_give_one_garbled_text_for_the_core_to_refuse() -> None:
    first, second = "TD1:FLO:1:1:AAAA", "TD1:FLO:2:1:BBBB"
    keys = Keys()
    mixed = "".join(a + b for a, b in zip(first, second, strict=True))
    keys.type(mixed, gap=4)
    keys.press("\n", gap=4)
    keys.press("\n", gap=4)  # the second scanner's Enter: nothing is held any more, it is just Enter
    assert keys.scans == [mixed]
    assert first not in keys.scans and second not in keys.scans
    assert keys.typed == ["\n"]


def test_a_pause_in_a_long_burst_splits_it_and_the_rest_starts_anew() -> None:
    keys = Keys()
    keys.type("A" * 20, gap=10)
    keys.type("B", gap=100)  # more than the gap, less than the pause: the first part ended there
    keys.type("CD", gap=10)
    keys.press("\n", gap=10)
    assert keys.scans == ["A" * 20, "BCD"]


def test_thresholds_are_configurable() -> None:
    keys = Keys(Thresholds(min_chars=5, max_gap_ms=100, no_suffix_chars=30))
    keys.type("abcd", gap=90)
    keys.press("\n", gap=90)
    assert keys.scans == []  # 4 characters, 5 needed
    keys.type("abcde", gap=90)
    keys.press("\n", gap=90)
    assert keys.scans == ["abcde"]
