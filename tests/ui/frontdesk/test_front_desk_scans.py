"""The front desk as a member and the host see it: a scan typed by the scanner, the answer, the lists."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from telecentre_desk.badges import service as badges
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.desk.frontdesk import FrontDesk
from telecentre_desk.ui.frontdesk.answers import Tone
from telecentre_desk.ui.frontdesk.feedback import COLOURS
from telecentre_desk.ui.frontdesk.presence_model import PresenceColumn
from telecentre_desk.ui.frontdesk.screen import FrontDeskScreen
from telecentre_desk.ui.store import Store
from tests.ui.frontdesk.conftest import KEY, POPUP_MESSAGES, US_TO_AZERTY, Desk, set_now

pytestmark = pytest.mark.qt_log_ignore(POPUP_MESSAGES)

TEN_AM = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)  # 10:00 in Florac


def panel_text(desk: Desk) -> str:
    panel = desk.screen.feedback
    return " | ".join(label.text() for label in (panel.headline, panel.detail, panel.note) if label.isVisible())


def presence_names(desk: Desk) -> list[str]:
    proxy = desk.screen.presence_proxy
    return [proxy.index(row, PresenceColumn.NAME).data() for row in range(proxy.rowCount())]


def recent_lines(desk: Desk) -> list[str]:
    model = desk.screen.recent
    return [model.index(row).data() for row in range(model.rowCount())]


def test_a_scanner_burst_and_enter_shows_the_green_welcome(desk: Desk) -> None:
    desk.scan("Marie")
    panel = desk.screen.feedback
    assert panel.answer.tone == Tone.WELCOME
    assert panel.headline.text() == "Hello Marie, have a good day"
    assert "Résident mois" in panel.detail.text()
    assert panel._background.name() == COLOURS[Tone.WELCOME][0]
    assert desk.screen.search.text() == ""  # the scan never reached the focused search field
    assert presence_names(desk) == ["Marie Dupont"]
    assert desk.screen.presence_title.text() == "Who is in: 1"
    assert recent_lines(desk) == ["10:00  → FLO-0001 Marie Dupont"]
    assert desk.screen.tones.played == ["accepted"]


def test_a_code_garbled_by_an_azerty_layout_is_still_recognised(desk: Desk) -> None:
    desk.badge["Marie"] = desk.badge["Marie"].translate(US_TO_AZERTY)
    assert "é" in desk.badge["Marie"] or "&" in desk.badge["Marie"]
    desk.scan("Marie")
    assert desk.screen.feedback.headline.text() == "Hello Marie, have a good day"
    assert desk.screen.search.text() == ""


def test_typing_slowly_in_the_search_field_is_no_scan_and_the_text_stays(desk: Desk) -> None:
    answers: list[object] = []
    desk.screen.gateway.answered.connect(answers.append)
    desk.type("Dupont", gap_ms=180)
    desk.keys.ms += 180
    desk.qtbot.waitUntil(lambda: desk.screen.search.text() == "Dupont")
    assert answers == []
    assert desk.screen.feedback.answer.tone == Tone.IDLE


def test_a_replaced_badge_is_refused_in_red_with_what_to_do(desk: Desk) -> None:
    with unit_of_work(desk.engine) as session:
        badges.issue_badge(session, desk.uid["Marie"], key=KEY)  # lost badge: a new one supersedes it
    desk.scan("Marie")
    panel = desk.screen.feedback
    assert panel.answer.tone == Tone.REFUSED
    assert panel.headline.text() == "Badge replaced"
    assert panel.detail.text() == "Use your new badge."
    assert panel.note.text() == "FLO-0001"  # an untrusted badge names nobody, only the number it claims
    assert not panel.override_button.isVisible()  # a badge refusal is never overridden
    assert presence_names(desk) == []
    assert recent_lines(desk) == ["10:00  ✕ FLO-0001: Badge replaced"]
    assert desk.screen.tones.played == ["refused"]


def test_a_second_scan_later_checks_out_with_the_time_spent(desk: Desk) -> None:
    desk.scan("Marie")
    set_now(TEN_AM + dt.timedelta(hours=6, minutes=20))
    desk.scan("Marie")
    panel = desk.screen.feedback
    assert panel.answer.tone == Tone.GOODBYE
    assert panel.headline.text() == "Goodbye Marie, 6 h 20 today"
    assert presence_names(desk) == []
    assert recent_lines(desk)[0] == "16:20  ← FLO-0001 Marie Dupont"


def test_a_double_read_repeats_the_answer_discreetly(desk: Desk) -> None:
    desk.scan("Marie")
    set_now(TEN_AM + dt.timedelta(seconds=30))
    desk.scan("Marie")
    panel = desk.screen.feedback
    assert panel.answer.tone == Tone.WELCOME
    assert "already recorded a moment ago" in panel.note.text()
    assert presence_names(desk) == ["Marie Dupont"]
    assert desk.screen.tones.played == ["accepted"]  # the double read makes no second sound


def test_a_carnet_shows_the_days_left(desk: Desk) -> None:
    desk.scan("Chloé")
    assert "9 days left on the carnet" in panel_text(desk)


def test_outside_opening_hours_lets_in_with_an_amber_warning(desk: Desk) -> None:
    set_now(dt.datetime(2026, 11, 26, 19, 30, tzinfo=dt.UTC))  # 20:30, closed at 19:00
    desk.scan("Marie")
    assert desk.screen.feedback.answer.tone == Tone.WARNING
    assert "Outside opening hours" in desk.screen.feedback.detail.text()
    assert presence_names(desk) == ["Marie Dupont"]


def test_the_host_checks_in_by_name_without_accents_and_checks_out_from_the_list(desk: Desk) -> None:
    desk.screen.search.setText("chloe")
    desk.qtbot.mouseClick(desk.screen.check_button, Qt.MouseButton.LeftButton)
    assert desk.screen.feedback.headline.text() == "Hello Chloé, have a good day"
    assert presence_names(desk) == ["Chloé Thévenot"]
    assert "(by the host)" in recent_lines(desk)[0]
    set_now(TEN_AM + dt.timedelta(hours=1))
    desk.screen.select_member(desk.uid["Chloé"])
    desk.qtbot.mouseClick(desk.screen.check_out_button, Qt.MouseButton.LeftButton)
    assert desk.screen.feedback.headline.text() == "Goodbye Chloé, 1 h 00 today"
    assert presence_names(desk) == []


def test_a_name_matching_several_members_asks_to_pick_one(desk: Desk) -> None:
    desk.screen.search.setText("ma")  # Marie, Martin
    desk.qtbot.mouseClick(desk.screen.check_button, Qt.MouseButton.LeftButton)
    assert desk.screen.search_error.isVisible()
    assert "pick one in the list" in desk.screen.search_error.text()
    assert presence_names(desk) == []


def test_presence_model_passes_the_model_tester(desk: Desk, qtmodeltester) -> None:
    desk.scan("Marie")
    desk.screen.handle_scan(desk.badge["Chloé"])
    qtmodeltester.check(desk.screen.presence)
    qtmodeltester.check(desk.screen.presence_proxy)
    qtmodeltester.check(desk.screen.recent)
    arrival = desk.screen.presence.index(0, PresenceColumn.ARRIVAL).data()
    assert arrival == "10:00"  # in the place's time zone, not UTC


def test_the_desk_opens_its_connection_at_first_show_not_before(qtbot: QtBot, store: Store, place_engine: Engine,
                                                                 settings_store: QSettings, make_desk) -> None:
    opened: list[FrontDesk] = []

    def factory() -> FrontDesk:
        opened.append(FrontDesk(place_engine))
        return opened[-1]

    screen = FrontDeskScreen(store, desk_factory=factory, settings_store=settings_store)
    qtbot.addWidget(screen)
    assert opened == []  # built but hidden: no SQLAlchemy work before a first paint elsewhere
    screen.show()
    qtbot.waitUntil(lambda: len(opened) == 1)  # right after the first paint
    screen.shutdown()
    desk = make_desk()
    desk.scan("Marie")
    other = make_desk()  # a second window on the same database sees Marie in at its first show
    assert presence_names(other) == ["Marie Dupont"]
