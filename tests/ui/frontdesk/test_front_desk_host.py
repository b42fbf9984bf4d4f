"""The host's side of the front desk: overrides, visitors and guests, the morning notice, the settings."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from telecentre_desk.audit import service as audit
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.desk import policies as desk_policies
from telecentre_desk.members import service as members
from telecentre_desk.ui.frontdesk import prompts
from telecentre_desk.ui.frontdesk.answers import Tone
from telecentre_desk.ui.frontdesk.presence_model import PresenceColumn
from telecentre_desk.ui.frontdesk.screen import HOST_NAME, NOTICE_DISMISSED
from telecentre_desk.ui.frontdesk.settings_dialog import DeskSettingsDialog
from telecentre_desk.ui.frontdesk.visitor_dialog import VisitorDialog
from telecentre_desk.ui.scanner import settings as scanner_settings
from tests.ui.frontdesk.conftest import POPUP_MESSAGES, Desk, set_now

pytestmark = pytest.mark.qt_log_ignore(POPUP_MESSAGES)


def presence(desk: Desk, column: PresenceColumn = PresenceColumn.NAME) -> list[str]:
    proxy = desk.screen.presence_proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


class OverrideAnswers:
    def __init__(self, answer: prompts.Override | None) -> None:
        self.answer = answer
        self.asked: list[tuple[str, str, str]] = []

    def __call__(self, parent: QWidget | None, who: str, refusal: str, *, host: str = "") -> prompts.Override | None:
        self.asked.append((who, refusal, host))
        return self.answer


def test_an_override_lets_the_member_in_and_goes_to_the_audit_log(desk: Desk, monkeypatch) -> None:
    ask = OverrideAnswers(prompts.Override("Sophie", "pays a day pass at noon"))
    monkeypatch.setattr(prompts, "ask_override", ask)
    desk.scan("Jean")  # a member with no plan
    panel = desk.screen.feedback
    assert (panel.answer.tone, panel.headline.text()) == (Tone.REFUSED, "No plan for today")
    assert panel.override_button.isVisible()

    desk.qtbot.mouseClick(panel.override_button, Qt.MouseButton.LeftButton)

    assert ask.asked == [("Jean Martin", "No plan for today", "")]
    assert panel.answer.tone == Tone.WARNING  # let in, with the broken rule shown to the host
    assert panel.headline.text() == "Hello Jean, have a good day"
    assert "No plan covers today" in panel.detail.text()
    assert presence(desk) == ["Jean Martin"]
    with unit_of_work(desk.engine) as session:
        entry = next(row for row in audit.recent(session) if row.action == "desk.override")
    assert entry.actor == "desk:Sophie"
    assert entry.entity_uid == desk.uid["Jean"]
    assert entry.details["reason"] == "pays a day pass at noon"
    assert entry.details["overridden"] == ["no_active_plan"]
    assert HOST_NAME.read(desk.screen._settings) == "Sophie"  # offered again at the next override


def test_a_cancelled_override_records_nothing(desk: Desk, monkeypatch) -> None:
    monkeypatch.setattr(prompts, "ask_override", OverrideAnswers(None))
    desk.scan("Jean")
    desk.qtbot.mouseClick(desk.screen.feedback.override_button, Qt.MouseButton.LeftButton)
    assert desk.screen.feedback.answer.tone == Tone.REFUSED
    assert presence(desk) == []
    with unit_of_work(desk.engine) as session:
        assert not [row for row in audit.recent(session) if row.action == "desk.override"]


def open_visitor_dialog(desk: Desk) -> VisitorDialog:
    desk.qtbot.mouseClick(desk.screen.visitor_button, Qt.MouseButton.LeftButton)
    desk.qtbot.waitUntil(lambda: desk.screen.findChild(VisitorDialog) is not None)
    return desk.screen.findChild(VisitorDialog)


def test_a_visitor_with_a_day_pass_is_signed_in_and_checked_in(desk: Desk) -> None:
    dialog = open_visitor_dialog(desk)
    assert dialog.day_pass.isChecked() and dialog.pass_plan.currentText() == "Pass journée"
    assert not dialog.ok_button.isEnabled()
    desk.qtbot.keyClicks(dialog.first_name, "Lea")
    desk.qtbot.keyClicks(dialog.last_name, "Fabre")
    assert dialog.ok_button.isEnabled()
    desk.qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    desk.qtbot.waitUntil(lambda: not dialog.isVisible())
    assert desk.screen.feedback.headline.text() == "Hello Lea, have a good day"
    assert presence(desk) == ["Lea Fabre"]
    assert presence(desk, PresenceColumn.PLAN) == ["Pass journée"]
    with unit_of_work(desk.engine) as session:
        assert members.list_members(session, search="Fabre") == []  # a visitor is no member


def test_a_members_guest_is_signed_in_under_the_member(desk: Desk) -> None:
    dialog = open_visitor_dialog(desk)
    dialog.guest.setChecked(True)
    desk.qtbot.keyClicks(dialog.first_name, "Paul")
    desk.qtbot.keyClicks(dialog.last_name, "Roux")
    dialog.host_member.setText("Marie Dupont — FLO-0001")
    desk.qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    desk.qtbot.waitUntil(lambda: not dialog.isVisible())
    assert desk.screen.feedback.headline.text() == "Hello Paul, have a good day"
    assert presence(desk, PresenceColumn.PLAN) == ["Guest of Marie Dupont"]  # whose guest (issue 15)


def test_a_guest_needs_an_inviting_member_from_the_list(desk: Desk) -> None:
    dialog = open_visitor_dialog(desk)
    dialog.guest.setChecked(True)
    desk.qtbot.keyClicks(dialog.first_name, "Paul")
    desk.qtbot.keyClicks(dialog.last_name, "Roux")
    dialog.host_member.setText("Nobody")
    desk.qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors.error_text("guest_of") == "Choose the inviting member in the list."
    assert presence(desk) == []
    dialog.reject()
    dialog.deleteLater()


def test_last_nights_automatic_check_outs_show_until_dismissed(make_desk) -> None:
    set_now(dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC))  # Wednesday 10:00
    yesterday = make_desk()
    yesterday.scan("Marie")
    yesterday.screen.shutdown()
    set_now(dt.datetime(2026, 11, 26, 7, 30, tzinfo=dt.UTC))  # Thursday 08:30: the app starts again
    desk = make_desk()
    notice = desk.screen.night_notice
    assert notice.isVisible()
    assert notice.text.text() == "Checked out automatically at closing time: FLO-0001 Marie Dupont (25/11 19:00)."
    desk.qtbot.mouseClick(notice.dismiss_button, Qt.MouseButton.LeftButton)
    assert not notice.isVisible()
    assert NOTICE_DISMISSED.read(desk.screen._settings) == "2026-11-26"
    again = make_desk()  # dismissed for today: a restart does not bring it back
    assert not again.screen.night_notice.isVisible()


def test_the_minute_timer_checks_out_at_closing_time(desk: Desk) -> None:
    desk.scan("Marie")
    set_now(dt.datetime(2026, 11, 26, 18, 1, tzinfo=dt.UTC))  # 19:01, closed at 19:00
    desk.screen._on_minute_timeout()
    assert presence(desk) == []
    assert "(automatic, at closing time)" in desk.screen.recent.index(0).data()


def test_desk_settings_change_a_rule_and_the_scanner_timings(desk: Desk) -> None:
    dialog = DeskSettingsDialog(desk.screen._store, desk.screen.gateway, desk.screen._settings, desk.screen)
    combo = dialog.outcomes["no_active_plan"]
    combo.setCurrentIndex(combo.findData("warn"))
    dialog.max_gap.setValue(80)
    with desk.qtbot.waitSignal(dialog.scanner_changed) as changed:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert changed.args[0].max_gap_ms == 80
    assert scanner_settings.read_thresholds(desk.screen._settings).max_gap_ms == 80
    with desk.engine.connect() as connection:
        stored = desk_policies.load(connection, desk.screen.gateway.context.place_id)
    assert stored.outcome("no_active_plan") == desk_policies.Outcome.WARN
    desk.scan("Jean")  # the desk read the rules again: no plan now only warns
    assert desk.screen.feedback.answer.tone == Tone.WARNING
    assert presence(desk) == ["Jean Martin"]


def test_the_half_day_rule_is_off_unless_ticked(desk: Desk) -> None:
    dialog = DeskSettingsDialog(desk.screen._store, desk.screen.gateway, desk.screen._settings, desk.screen)
    dialog.halfday.setChecked(True)
    data = dialog.policies_data()
    assert data["halfday_max_hours"] == 4.0
    dialog.halfday.setChecked(False)
    assert dialog.policies_data()["halfday_max_hours"] is None
