"""The Members screen's Personal data button: export a member's data, erase them with a reason."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.ui import file_prompts
from telecentre_desk.ui.members.screen import MembersScreen
from telecentre_desk.ui.privacy.erase_dialog import EraseDialog
from telecentre_desk.ui.privacy.members_hook import MembersPrivacyHook
from telecentre_desk.ui.store import Store


@pytest.fixture
def screen(qtbot: QtBot, store: Store, place_engine: Engine) -> MembersScreen:
    with unit_of_work(place_engine) as session:
        members.add_member(session, first_name="Zéphyrine", last_name="Quillardet", email="zq@example.org",
                           phone="06 12 34 56 78")
    widget = MembersScreen(store)
    qtbot.addWidget(widget)
    widget.hook = MembersPrivacyHook(widget, store)
    widget.resize(1000, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.select_member(widget.model.member_at(0).id)
    return widget


def test_export_writes_private_json_and_pdf(qtbot: QtBot, screen: MembersScreen, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out" / "donnees.json"
    target.parent.mkdir()
    monkeypatch.setattr(file_prompts, "save_file", lambda *args: target)
    with qtbot.waitSignal(screen.hook.message):
        screen.hook.export_action.trigger()
    assert json.loads(target.read_text(encoding="utf-8"))["identity"]["last_name"] == "Quillardet"
    for path in (target, target.with_suffix(".pdf")):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_erase_needs_a_reason_and_the_confirmation(qtbot: QtBot, screen: MembersScreen,
                                                   place_engine: Engine) -> None:
    screen.hook.erase_action.trigger()
    qtbot.waitUntil(lambda: screen.findChild(EraseDialog) is not None)
    dialog = screen.findChild(EraseDialog)
    assert not dialog.erase_button.isEnabled()
    assert not dialog.erase_button.isDefault()
    dialog.reason.setText("demande écrite du 25/11/2026")
    assert not dialog.erase_button.isEnabled()  # the box must be ticked too
    dialog.confirm.setChecked(True)
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignal(screen.hook.scrubbed, timeout=20_000) as scrubbed:
        dialog.erase_button.click()
    assert scrubbed.args[0].complete
    assert screen.hook.dialog is None  # closed
    assert not screen.hook._store.runner.busy()  # the scrub ran on the window's runner, and has ended
    with unit_of_work(place_engine) as session:
        info = members.get_member(session, "1")
    assert (info.status, info.last_name, info.email) == ("erased", "", None)
    assert not screen.hook.erase_action.isEnabled()


def test_retention_settings_and_the_review_list(qtbot: QtBot, screen: MembersScreen, place_engine: Engine,
                                                qtmodeltester) -> None:
    import sqlite3

    from telecentre_desk.privacy import settings
    from telecentre_desk.ui.privacy.settings_dialog import PrivacyDialog

    with sqlite3.connect(place_engine.url.database) as conn:  # registered in 2023, never came since
        conn.execute("UPDATE member SET joined_on = '2023-01-09', created_at = '2023-01-09 10:00:00.000000'")
    screen.hook.review_action.trigger()
    qtbot.waitUntil(lambda: screen.findChild(PrivacyDialog) is not None)
    dialog = screen.findChild(PrivacyDialog)
    assert dialog.retention.value() == 3
    assert "anonymous counts per day, hour and category" in dialog.presence.text()
    assert dialog.kept.text() == "No month past the retention is held per member."
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 1).data() == "09/01/2023"
    qtmodeltester.check(dialog.model)
    dialog.select_row(0)
    assert dialog.erase_button.isEnabled() and not dialog.keep_button.isEnabled()  # keeping needs a reason
    dialog.reason.setText("membre d'honneur")
    dialog.keep_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
    dialog.retention.setValue(6)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with unit_of_work(place_engine) as session:
        assert settings.load_for(session).retention_months == 6


def test_the_retention_dialog_names_the_months_still_held_per_member(qtbot: QtBot, screen: MembersScreen,
                                                                      place_engine: Engine) -> None:
    import sqlite3

    from telecentre_desk.ui.privacy.settings_dialog import PrivacyDialog

    with sqlite3.connect(place_engine.url.database) as conn:  # a day of 2025 never invoiced
        conn.execute("INSERT INTO visit_day (place_id, member_id, day, visits, minutes, hours_mask) "
                     "SELECT place_id, id, '2025-03-04', 1, 240, 0 FROM member")
    screen.hook.review_action.trigger()
    qtbot.waitUntil(lambda: screen.findChild(PrivacyDialog) is not None)
    dialog = screen.findChild(PrivacyDialog)
    assert dialog.kept.text() == "Still held per member: 03/2025 (not invoiced)"
    dialog.reject()
