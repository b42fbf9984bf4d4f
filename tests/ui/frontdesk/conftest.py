"""A front desk window on a fresh database: Florac's members and badges, a fake clock for key timing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from telecentre_desk.badges import service as badges
from telecentre_desk.common import clock
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.desk.frontdesk import FrontDesk
from telecentre_desk.members import service as members
from telecentre_desk.plans import service as plans
from telecentre_desk.ui.frontdesk.screen import FrontDeskScreen
from telecentre_desk.ui.scanner.wedge import WedgeListener
from telecentre_desk.ui.sound import Sounds
from telecentre_desk.ui.store import Store

KEY = bytes(range(32))
# The offscreen platform cannot raise or grab for the search field's completion popup; harmless here.
POPUP_MESSAGES = "This plugin does not support (raise|grabbing the keyboard)"
US_TO_AZERTY = str.maketrans("1234567890AQZWM:", "&é\"'(-è_çàQAWZ?M")


class FakeClock:
    """The wedge's clock, in milliseconds: the test decides how fast keys come."""

    def __init__(self) -> None:
        self.ms = 1000.0

    def __call__(self) -> float:
        return self.ms


class ToneRecorder:
    """Stands for the tones: records which one played."""

    def __init__(self) -> None:
        self.played: list[str] = []

    def effect(self, path, _parent):
        recorder = self

        class _Effect:
            def play(self) -> None:
                recorder.played.append(path.stem)

        return _Effect()


@dataclass
class Desk:
    screen: FrontDeskScreen
    wedge: WedgeListener
    keys: FakeClock
    badge: dict[str, str]  # first name -> payload
    uid: dict[str, str]  # first name -> member uid
    engine: Engine
    qtbot: QtBot

    def type(self, text: str, *, gap_ms: float, into: QWidget | None = None) -> None:
        """Key clicks into the focused field (the search field), ``gap_ms`` apart on the wedge's clock."""
        target = into or self.screen.search
        for char in text:
            self.keys.ms += gap_ms
            # With the text given explicitly: QTest's char overload mangles é and è.
            QTest.sendKeyEvent(QTest.KeyAction.Click, target, Qt.Key(ord(char.upper())), char,
                               Qt.KeyboardModifier.NoModifier)

    def scan(self, who: str) -> None:
        """The USB scanner: the payload at 4 ms a character, then Enter; returns once the answer was painted
        and what follows it (the tone, the lists: FeedbackPanel.after_paint) has run, as the host sees it."""
        self.type(self.badge[who], gap_ms=4)
        self.keys.ms += 4
        self.qtbot.keyClick(self.screen.search, Qt.Key.Key_Return)
        self.settle()

    def settle(self) -> None:
        """Wait until what follows the answer's paint has run."""
        self.qtbot.waitUntil(lambda: not self.screen.after_paint_pending)


def set_now(at: dt.datetime) -> None:
    clock.set_clock(lambda: at)


@pytest.fixture
def people(place_engine: Engine) -> tuple[dict[str, str], dict[str, str]]:
    """Marie (monthly), Chloé (carnet of 10), Jean (no plan), each with a badge."""
    with unit_of_work(place_engine) as session:
        plans.add_plan(session, code="MOIS", name="Résident mois", kind="monthly", price="180")
        plans.add_plan(session, code="C10", name="Carnet 10 jours", kind="carnet", price="120", units=10)
        plans.add_plan(session, code="JOUR", name="Pass journée", kind="day", price="15")
        postal = {"address": "1 rue du Pont", "postcode": "48400", "city": "Florac"}  # printed on their invoices
        added = [members.add_member(session, first_name="Marie", last_name="Dupont", plan_code="MOIS",
                                    start=dt.date(2026, 1, 1), **postal),
                 members.add_member(session, first_name="Chloé", last_name="Thévenot", plan_code="C10",
                                    start=dt.date(2026, 1, 1), **postal),
                 members.add_member(session, first_name="Jean", last_name="Martin", **postal)]
        payloads = {m.first_name: badges.issue_badge(session, m.id, key=KEY).payload for m in added}
    return payloads, {m.first_name: m.id for m in added}


@pytest.fixture
def make_desk(qtbot: QtBot, store: Store, place_engine: Engine, settings_store: QSettings,
              people: tuple[dict[str, str], dict[str, str]]) -> Iterator[Callable[[], Desk]]:
    screens: list[FrontDeskScreen] = []

    def make() -> Desk:
        tones = ToneRecorder()
        # A recorder in place of QSoundEffect: no Qt Multimedia (and its warnings about codecs) in these tests.
        sounds = Sounds(enabled=True, has_output=lambda: True, effect_factory=tones.effect)
        screen = FrontDeskScreen(store, desk_factory=lambda: FrontDesk(place_engine), settings_store=settings_store,
                                 sounds=sounds)
        screen.tones = tones
        screens.append(screen)
        qtbot.addWidget(screen)
        keys = FakeClock()
        wedge = WedgeListener(screen, clock=keys)
        wedge.scanned.connect(screen.handle_scan)
        screen.resize(1100, 750)
        screen.show()
        screen.activateWindow()
        qtbot.waitUntil(screen.isActiveWindow)
        qtbot.waitUntil(lambda: screen.loaded)
        screen.search.setFocus()
        return Desk(screen, wedge, keys, *people, place_engine, qtbot)

    yield make
    for screen in screens:
        screen.shutdown()


@pytest.fixture
def desk(make_desk: Callable[[], Desk]) -> Desk:
    return make_desk()
