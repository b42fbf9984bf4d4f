"""Badge actions as the host uses them: issue, reissue with a warning, revoke with a reason, preview, print."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import zxingcpp
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from telecentre_desk.audit import service as audit
from telecentre_desk.badges import service as badges
from telecentre_desk.common import clock
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.members.info import MemberInfo
from telecentre_desk.ui.badges import prompts
from telecentre_desk.ui.badges.actions import BadgeActions
from telecentre_desk.ui.badges.preview_dialog import BadgePreviewDialog, qr_pixmap
from telecentre_desk.ui.store import Store


@pytest.fixture
def people(place_engine: Engine) -> list[MemberInfo]:
    with unit_of_work(place_engine) as session:
        return [members.add_member(session, first_name="Marie", last_name="Dupont"),
                members.add_member(session, first_name="Chloé", last_name="Thévenot"),
                members.add_member(session, first_name="Jean", last_name="Martin")]


class Host:
    """The selected member, the messages shown and the prompts' answers."""

    def __init__(self, member: MemberInfo) -> None:
        self.member: MemberInfo | None = member
        self.messages: list[str] = []
        self.reasons: list[str | None] = []
        self.paths: list[Path | None] = []

    def ask_reason(self, parent: QWidget | None, title: str, text: str) -> str | None:
        return self.reasons.pop(0)

    def save_file(self, parent: QWidget | None, title: str, suggested: Path, file_filter: str) -> Path | None:
        assert suggested.suffix == ".pdf"
        return self.paths.pop(0)


@pytest.fixture
def host(people: list[MemberInfo], monkeypatch: pytest.MonkeyPatch) -> Host:
    host = Host(people[0])
    monkeypatch.setattr(prompts, "ask_reason", host.ask_reason)
    monkeypatch.setattr(prompts, "save_file", host.save_file)
    return host


@pytest.fixture
def actions(qtbot: QtBot, store: Store, host: Host, tmp_path: Path) -> Iterator[BadgeActions]:
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = BadgeActions(store, key_path=tmp_path / "desk.sqlite.badge-key", selected=lambda: host.member,
                           parent=parent)
    actions.message.connect(host.messages.append)
    actions.update_for(host.member)
    yield actions
    # Issuing a badge opens its preview, a window of its own: closing the parent does not close it.
    for preview in parent.findChildren(BadgePreviewDialog):
        preview.close()


def history(engine: Engine, member: MemberInfo) -> list[tuple[int, str]]:
    with unit_of_work(engine) as session:
        return [(b.serial, b.status) for b in badges.badge_history(session, member.id)]


def open_preview(qtbot: QtBot, actions: BadgeActions) -> BadgePreviewDialog:
    parent = actions.parent()
    qtbot.waitUntil(lambda: parent.findChild(BadgePreviewDialog) is not None)
    return parent.findChild(BadgePreviewDialog)


def test_issue_a_first_badge_without_a_question_and_see_it(qtbot: QtBot, actions: BadgeActions, host: Host,
                                                           place_engine: Engine, recorded_dialogs) -> None:
    actions.issue_action.trigger()
    assert recorded_dialogs.questions == []
    assert history(place_engine, host.member) == [(1, "active")]
    assert host.messages == ["Badge no. 1 issued to Marie Dupont"]
    preview = open_preview(qtbot, actions)
    assert (preview.name.text(), preview.number.text()) == ("Marie Dupont", "FLO-0001")
    assert preview.place.text() == "Télécentre de Florac"
    [read] = zxingcpp.read_barcodes(preview.code.pixmap().toImage())
    assert read.text == preview.badge.payload  # what the screen shows scans back to the badge's code


def test_reissue_asks_first_and_supersedes_the_old_badge(actions: BadgeActions, host: Host, place_engine: Engine,
                                                         recorded_dialogs) -> None:
    actions.issue_action.trigger()
    recorded_dialogs.answers = [False]
    actions.issue_action.trigger()
    assert "already has a badge" in recorded_dialogs.questions[-1][1]
    assert history(place_engine, host.member) == [(1, "active")]
    recorded_dialogs.answers = [True]
    actions.issue_action.trigger()
    assert history(place_engine, host.member) == [(1, "superseded"), (2, "active")]


def test_revoke_takes_a_reason_for_the_audit_log(actions: BadgeActions, host: Host, place_engine: Engine) -> None:
    actions.issue_action.trigger()
    host.reasons = [None]  # cancelled
    actions.revoke_action.trigger()
    assert history(place_engine, host.member) == [(1, "active")]
    host.reasons = ["left the place"]
    actions.revoke_action.trigger()
    assert history(place_engine, host.member) == [(1, "revoked")]
    assert host.messages[-1] == "Badge of Marie Dupont revoked"
    with unit_of_work(place_engine) as session:
        entry = next(row for row in audit.recent(session) if row.action == "badge.revoke")
    assert (entry.actor, entry.details["reason"]) == ("desk", "left the place")


def test_revoking_without_a_badge_says_so(actions: BadgeActions, host: Host, recorded_dialogs) -> None:
    host.reasons = [""]
    actions.revoke_action.trigger()
    [(title, text)] = recorded_dialogs.errors
    assert title == "Not saved" and "no active badge" in text


def test_preview_without_a_badge_issues_nothing(actions: BadgeActions, host: Host, place_engine: Engine,
                                                recorded_dialogs) -> None:
    actions.preview_action.trigger()
    assert recorded_dialogs.errors[0][0] == "No badge"
    assert history(place_engine, host.member) == []


def test_print_the_selected_badge_and_then_every_active_member(qtbot: QtBot, actions: BadgeActions, host: Host,
                                                               place_engine: Engine, tmp_path: Path,
                                                               people: list[MemberInfo]) -> None:
    host.paths = [tmp_path / "marie", tmp_path / "all.pdf", None]
    assert actions.print_badges([host.member.id], "FLO-0001") is not None  # on the window's runner
    qtbot.waitUntil(lambda: not actions.busy)
    assert host.messages[-1] == f"1 badge(s) on 1 page(s): {tmp_path / 'marie.pdf'}"
    assert (tmp_path / "marie.pdf").read_bytes().startswith(b"%PDF")
    assert history(place_engine, host.member) == [(1, "active")]  # a badge was issued for the sheet
    actions.print_all_action.trigger()
    assert actions.busy
    qtbot.waitUntil(lambda: not actions.busy)
    assert (tmp_path / "all.pdf").exists()
    assert host.messages[-1].startswith("3 badge(s) on 1 page(s)")
    assert history(place_engine, people[2]) == [(1, "active")]
    assert actions.print_badges(None, "x") is None  # cancelled at the file dialog


def test_actions_follow_the_selection(actions: BadgeActions, host: Host, people: list[MemberInfo],
                                      place_engine: Engine) -> None:
    actions.update_for(None)
    assert not actions.issue_action.isEnabled()
    assert actions.print_all_action.isEnabled()
    with unit_of_work(place_engine) as session:
        gone = members.deactivate_member(session, people[2].id)
    actions.update_for(gone)
    assert not actions.revoke_action.isEnabled()


def test_the_qr_drawn_on_screen_has_its_quiet_zone(qtbot: QtBot) -> None:
    payload = "TD1:FLO:42:3:MFRGGZDFMZTWQ2LKNNWG23TPOA"
    pixmap = qr_pixmap(payload, module_px=4)
    assert pixmap.width() == pixmap.height() == (29 + 8) * 4  # version 3 plus 4 modules each side
    image = pixmap.toImage()
    assert image.pixelColor(4 * 4 - 1, 4 * 4 - 1).name() == "#ffffff"
    assert image.pixelColor(4 * 4, 4 * 4).name() == "#000000"  # the finder pattern's corner


def test_the_sheet_of_every_badge_is_named_after_the_places_day(actions: BadgeActions,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    clock.set_clock(lambda: dt.datetime(2026, 12, 31, 23, 30, tzinfo=dt.UTC))  # already 1 January in Florac
    suggested: list[str] = []
    monkeypatch.setattr(prompts, "save_file", lambda parent, title, path, filt: suggested.append(path.name))
    actions.print_all_action.trigger()  # cancelled at the file dialog (None): only the suggested name matters
    assert suggested == ["badges-2027-01-01.pdf"]  # the UTC date (2026-12-31) named it before
