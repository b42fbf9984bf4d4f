"""A scan changes the lists by its change set (a row inserted or removed), never by reading them all again."""

from __future__ import annotations

import datetime as dt

from .conftest import Desk, set_now


def test_a_scan_inserts_a_row_and_a_departure_removes_it_without_a_reset(desk: Desk) -> None:
    events: list[str] = []
    for model in (desk.screen.presence, desk.screen.recent):
        model.modelReset.connect(lambda: events.append("reset"))
        model.rowsInserted.connect(lambda *_: events.append("insert"))
        model.rowsRemoved.connect(lambda *_: events.append("remove"))
    desk.scan("Marie")
    assert events == ["insert", "insert"]  # who is in, then the last scans
    assert desk.screen.presence_title.text() == "Who is in: 1"
    events.clear()
    set_now(dt.datetime(2026, 11, 26, 11, 0, tzinfo=dt.UTC))
    desk.scan("Marie")
    assert events == ["remove", "insert"]
    assert desk.screen.presence.rowCount() == 0
    assert desk.screen.recent.rowCount() == 2
    events.clear()
    desk.scan("Jean")  # refused (no plan): one line in the last scans
    assert events == ["insert"]


def test_the_host_undoes_a_wrong_check_in_from_the_window(desk: Desk, recorded_dialogs) -> None:
    desk.scan("Marie")
    assert desk.screen.presence.rowCount() == 1
    recorded_dialogs.answers.append(True)  # "Remove Marie Dupont's latest check-in or check-out?" Yes
    desk.screen.undo_button.click()
    assert "Marie Dupont" in recorded_dialogs.questions[0][1]
    assert desk.screen.presence.rowCount() == 0
    assert recorded_dialogs.errors == []
    recorded_dialogs.answers.append(True)
    desk.screen.undo_button.click()  # nothing left: said plainly
    assert "nothing to undo" in recorded_dialogs.errors[0][1]
