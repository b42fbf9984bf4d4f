"""The host undoes a wrong check-in or check-out (audited), including one typed with a date in the future."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from telecentre_desk.__main__ import main as cli_main
from telecentre_desk.common.errors import NotFoundError
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.desk.holders import holder_for
from telecentre_desk.desk.result import Decision

from .conftest import Desk, local


def holder(desk: Desk, number: str):
    with unit_of_work(desk.engine) as session:
        return holder_for(session, number)


def rows(desk: Desk, sql: str, *params) -> list[tuple]:
    with sqlite3.connect(Path(desk.engine.url.database)) as conn:
        return conn.execute(sql, params).fetchall()


def test_undoing_a_wrong_check_in_gives_back_the_carnet_day_and_clears_the_day(desk: Desk) -> None:
    before = rows(desk, "SELECT remaining_half_days FROM subscription WHERE member_id = 2")
    assert desk.scan("Chloé", local(2026, 11, 26, 9, 30)).decision == Decision.IN
    undone = desk.front.undo_last(holder(desk, "2"), actor="desk:Anne", reason="wrong badge")
    assert (undone.direction, undone.refunded_half_days) == ("in", 2)
    assert rows(desk, "SELECT remaining_half_days FROM subscription WHERE member_id = 2") == before
    assert rows(desk, "SELECT count(*) FROM check_event") == [(0,)]
    assert rows(desk, "SELECT count(*) FROM visit_day") == [(0,)]
    assert rows(desk, "SELECT count(*) FROM presence_hour WHERE people > 0") == [(0,)]
    actor, details = rows(desk, "SELECT actor, details FROM audit_entry WHERE action = 'desk.undo'")[0]
    assert actor == "desk:Anne" and json.loads(details)["reason"] == "wrong badge"
    assert desk.front.who_is_in(now=local(2026, 11, 26, 10, 0)) == []


def test_undoing_a_check_out_puts_the_member_back_in(desk: Desk) -> None:
    desk.scan("Marie", local(2026, 11, 26, 9, 0))
    desk.scan("Marie", local(2026, 11, 26, 11, 0))
    assert rows(desk, "SELECT minutes FROM visit_day") == [(120,)]
    assert desk.front.undo_last(holder(desk, "1"), actor="desk").direction == "out"
    assert rows(desk, "SELECT visits, minutes FROM visit_day") == [(1, 0)]
    assert [r.first_name for r in desk.front.who_is_in(now=local(2026, 11, 26, 11, 30))] == ["Marie"]
    assert desk.scan("Marie", local(2026, 11, 26, 17, 0)).decision == Decision.OUT


def test_a_check_in_dated_in_the_future_is_corrected_and_scans_work_again(desk: Desk) -> None:
    desk.scan("Marie", local(2062, 11, 26, 9, 0))  # a typo in `scan --at`
    with pytest.raises(Exception, match="later check-in"):
        desk.scan("Marie", local(2026, 11, 26, 9, 30))
    desk.front.undo_last(holder(desk, "1"), actor="cli", reason="2062: typo")
    assert desk.scan("Marie", local(2026, 11, 26, 9, 31)).decision == Decision.IN


def test_nothing_to_undo_is_a_clear_error(desk: Desk) -> None:
    with pytest.raises(NotFoundError, match="nothing to undo"):
        desk.front.undo_last(holder(desk, "1"), actor="desk")


def test_the_cli_undoes_the_latest_event(desk: Desk, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    desk.scan("Marie", local(2026, 11, 26, 9, 0))
    db = desk.engine.url.database
    assert cli_main(["--db", db, "--data-dir", str(tmp_path), "presence", "undo", "1", "--reason", "oops"]) == 0
    assert capsys.readouterr().out.startswith("UNDONE IN 26/11/2026 09:00 Marie Dupont FLO-0001")
    assert cli_main(["--db", db, "--data-dir", str(tmp_path), "presence", "undo", "1"]) == 1  # nothing left
    assert "nothing to undo" in capsys.readouterr().err
