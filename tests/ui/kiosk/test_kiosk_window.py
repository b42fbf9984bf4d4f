"""Kiosk mode: a badge shown to the camera answers on screen; leaving needs the host's PIN."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget

from telecentre_desk.common import clock
from telecentre_desk.desk import kiosk
from telecentre_desk.desk.result import Decision
from telecentre_desk.ui.kiosk import launcher, pin_dialog
from telecentre_desk.ui.kiosk.answer_text import Tone
from telecentre_desk.ui.kiosk.window import KioskWindow
from telecentre_desk.ui.sound import Sounds
from telecentre_desk.ui.store import Store
from tests.conftest import FROZEN_NOW
from tests.ui.camera.conftest import NoCameraBackend, NoMultimediaBackend, synthetic_frame


class PinRecorder:
    """Stands in for the PIN dialogs: returns the PINs queued, records the questions."""

    def __init__(self) -> None:
        self.typed: list[str | None] = []
        self.asked: list[str] = []

    def ask(self, parent: QWidget | None, text: str) -> str | None:
        self.asked.append(text)
        if not self.typed:
            raise AssertionError(f"unexpected PIN dialog: {text}")
        return self.typed.pop(0)


@pytest.fixture
def pins(monkeypatch: pytest.MonkeyPatch) -> PinRecorder:
    recorder = PinRecorder()
    monkeypatch.setattr(pin_dialog, "ask_pin", recorder.ask)
    monkeypatch.setattr(pin_dialog, "choose_pin", recorder.ask)
    return recorder


class EffectRecorder:
    def __init__(self) -> None:
        self.made: list[str] = []
        self.played: list[str] = []

    def __call__(self, path, parent):
        name = path.stem
        self.made.append(name)
        recorder = self

        class Effect:
            def play(self) -> None:
                recorder.played.append(name)

        return Effect()


@pytest.fixture
def kiosk_window(qtbot, place, settings_store: QSettings, pins: PinRecorder):
    with place.engine.begin() as connection:
        kiosk.set_pin(connection, place.desk.context.place_id, "4821")
    effects = EffectRecorder()
    sounds = Sounds(enabled=True, has_output=lambda: True, effect_factory=effects)
    window = KioskWindow(store=Store(place.engine), desk=place.desk, settings_store=settings_store, sounds=sounds,
                         backend=NoCameraBackend())
    window.effects = effects

    def leave(_window: QWidget) -> None:  # the test left it running: the host leaves, as at closing time
        if window.isVisible():
            pins.typed = ["4821"]
            assert window.request_leave()

    qtbot.addWidget(window, before_close_func=leave)
    window.start()
    return window


def test_a_badge_shown_to_the_camera_greets_the_member_then_clears(qtbot, kiosk_window, place) -> None:
    assert not kiosk_window.answer.showing_answer
    assert kiosk_window.isFullScreen()
    kiosk_window.answer.set_show_seconds(0.2)
    kiosk_window.camera.pipeline.submit(synthetic_frame(place.badge["Marie"]))
    qtbot.waitUntil(lambda: kiosk_window.answer.showing_answer, timeout=5000)
    assert kiosk_window.answer.tone == Tone.WELCOME
    assert kiosk_window.answer.headline.text() == "Hello Marie, have a good day"
    assert kiosk_window.last_result.decision == Decision.IN and kiosk_window.last_result.recorded
    assert kiosk_window.effects.played == ["accepted"]
    qtbot.waitUntil(lambda: not kiosk_window.answer.showing_answer, timeout=5000)
    assert kiosk_window.answer.headline.text() == "Show your badge"


def test_leaving_says_goodbye_with_the_time_of_the_day(kiosk_window, place) -> None:
    kiosk_window.scan(place.badge["Chloé"], source="webcam")
    assert kiosk_window.answer.details.text() == "Carnet: 9 days left"
    clock.set_clock(lambda: FROZEN_NOW + dt.timedelta(hours=6, minutes=20))
    result = kiosk_window.scan(place.badge["Chloé"], source="webcam")
    assert result.decision == Decision.OUT
    assert (kiosk_window.answer.tone, kiosk_window.answer.headline.text()) == (
        Tone.GOODBYE, "Goodbye Chloé, 6\u00a0h\u00a020 today")


@pytest.mark.parametrize(("who", "headline", "todo"), [
    ("nobody", "This badge is not recognised", "Show your Télécentre badge, or ask the host."),
    ("Jean", "No plan covers today", "Ask the host for a day pass or a plan."),
])
def test_a_refusal_is_red_with_the_reason_in_plain_words(kiosk_window, place, who, headline, todo) -> None:
    text = place.badge.get(who, "https://example.org/not-a-badge")
    result = kiosk_window.scan(text, source="webcam")
    assert result.decision == Decision.DENIED and not result.recorded
    assert (kiosk_window.answer.tone, kiosk_window.answer.headline.text()) == (Tone.REFUSED, headline)
    assert kiosk_window.answer.details.text() == todo
    assert kiosk_window.effects.played == ["refused"]


def test_esc_asks_the_pin_and_a_wrong_one_stays_in_kiosk_mode(qtbot, kiosk_window, pins) -> None:
    pins.typed = [None, "0000", "4821"]
    with qtbot.assertNotEmitted(kiosk_window.left_kiosk):
        qtbot.keyClick(kiosk_window, Qt.Key.Key_Escape)  # cancelled
        qtbot.keyClick(kiosk_window, Qt.Key.Key_Escape)  # wrong PIN
    assert pins.asked == ["Type the host's PIN to leave kiosk mode."] * 2
    assert kiosk_window.isVisible()
    assert (kiosk_window.answer.tone, kiosk_window.answer.headline.text()) == (
        Tone.REFUSED, "Wrong PIN: kiosk mode goes on.")
    with qtbot.waitSignal(kiosk_window.left_kiosk):
        qtbot.keyClick(kiosk_window, Qt.Key.Key_Escape)  # right PIN
    assert not kiosk_window.isVisible()


def test_closing_the_window_needs_the_pin_too(kiosk_window, pins) -> None:
    pins.typed = ["1111"]
    assert not kiosk_window.close()
    assert kiosk_window.isVisible()
    pins.typed = ["4821"]
    kiosk_window.leave_button.click()
    assert not kiosk_window.isVisible()


def test_three_wrong_pins_lock_leaving_for_a_while(kiosk_window, pins) -> None:
    now = [100.0]
    kiosk_window._clock = lambda: now[0]
    pins.typed = ["1111", "2222", "3333"]
    for _ in range(3):
        assert not kiosk_window.request_leave()
    assert not kiosk_window.request_leave()  # locked: no dialog is even shown
    assert len(pins.asked) == 3
    assert kiosk_window.answer.headline.text() == "Too many wrong PINs: try again in 30 s."
    now[0] += 31
    pins.typed = ["4821"]
    assert kiosk_window.request_leave()


def test_without_a_camera_the_kiosk_says_so_and_the_scanner_still_works(qtbot, place, settings_store) -> None:
    backend = NoCameraBackend()
    window = KioskWindow(store=Store(place.engine), desk=place.desk, settings_store=settings_store,
                         backend=backend)
    qtbot.addWidget(window)
    window.camera.start()
    assert window.camera.status_text.startswith("No camera found. Plug in a webcam")
    assert "USB scanner" in window.camera.status_text
    assert window.camera.message.isVisible() or not window.isVisible()
    assert window.scan(place.badge["Marie"], source="scanner").recorded
    assert len(backend.watched) == 1  # a camera plugged in later is picked up
    window.camera.close_camera()


def test_without_multimedia_support_the_camera_area_explains_why(qtbot, place, settings_store) -> None:
    window = KioskWindow(store=Store(place.engine), desk=place.desk, settings_store=settings_store,
                         backend=NoMultimediaBackend())
    qtbot.addWidget(window)
    window.camera.start()
    assert window.camera.status_text.startswith("Camera scanning is not available on this computer")
    assert "libpulse.so.0" in window.camera.status_text
    window.camera.close_camera()


def test_entering_kiosk_mode_without_a_pin_offers_to_choose_one(qtbot, place, settings_store, pins,
                                                                 monkeypatch) -> None:
    monkeypatch.setattr(launcher, "KioskWindow", _no_camera_kiosk)
    store = Store(place.engine)
    main = QWidget()
    qtbot.addWidget(main)
    main.show()
    pins.typed = [None]
    assert launcher.open_kiosk(store=store, settings_store=settings_store, main_window=main) is None
    assert pins.asked[0].startswith("Kiosk mode can only be left with the host's PIN, and none is set yet")
    assert main.isVisible()
    pins.typed = ["24680"]
    window = launcher.open_kiosk(store=store, settings_store=settings_store, main_window=main)
    assert window is not None and window.isFullScreen() and not main.isVisible()
    with place.engine.begin() as connection:
        assert kiosk.check_pin(connection, place.desk.context.place_id, "24680")
    pins.typed = ["24680"]
    assert window.request_leave()
    assert main.isVisible()
    assert len(pins.asked) == 3  # with a PIN set, entering asks nothing; leaving asks it


def _no_camera_kiosk(**kwargs) -> KioskWindow:
    return KioskWindow(backend=NoCameraBackend(), **kwargs)


def test_a_usb_scanner_works_in_kiosk_mode_too(qtbot, place, settings_store, pins) -> None:
    now = [1000.0]
    window = KioskWindow(store=Store(place.engine), desk=place.desk, settings_store=settings_store,
                         backend=NoCameraBackend(), key_clock=lambda: now[0])
    qtbot.addWidget(window, before_close_func=lambda w: pins.typed.append("1234"))  # no PIN set: any leaves
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for char in place.badge["Marie"]:  # a scanner: a key every 5 ms, then Enter
        now[0] += 5
        qtbot.keyClick(window, char)
    now[0] += 5
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.last_result is not None and window.last_result.decision == Decision.IN
    assert window.answer.headline.text() == "Hello Marie, have a good day"
