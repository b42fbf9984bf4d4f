"""The today dashboard: visits, who is in, the week against last week, carnets running out, overdue, sync."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from telecentre_desk.backup import settings as backup_settings
from telecentre_desk.reports.today import read_today
from tests.desk.conftest import local


def _read(desk, now: dt.datetime):
    with desk.engine.connect() as conn:
        raw: sqlite3.Connection = conn.connection.driver_connection
        return read_today(raw, now=now.astimezone(dt.UTC))


def test_an_empty_day(desk) -> None:
    board = _read(desk, local(2026, 11, 26, 8))
    assert (board.visits_today, board.present_now, board.week_visits, board.last_week_visits) == (0, 0, 0, 0)
    assert board.overdue == [] and board.last_sync is None
    assert board.last_backup is None  # no backup written and checked yet


def test_visits_presence_and_weeks(desk) -> None:
    desk.scan("Marie", local(2026, 11, 18, 9))  # Wednesday of last week
    desk.scan("Marie", local(2026, 11, 18, 12))
    desk.scan("Marie", local(2026, 11, 20, 9))  # last Friday: after "the same weekdays" of last week
    desk.scan("Marie", local(2026, 11, 24, 9))  # Tuesday this week
    desk.scan("Marie", local(2026, 11, 24, 17))
    desk.scan("Chloé", local(2026, 11, 26, 9))  # Thursday, today, still in
    desk.scan("Marie", local(2026, 11, 26, 9, 30))
    desk.scan("Marie", local(2026, 11, 26, 10))  # out
    board = _read(desk, local(2026, 11, 26, 11))
    assert board.day == dt.date(2026, 11, 26)
    assert (board.visits_today, board.visitors_today, board.present_now) == (2, 2, 1)
    assert board.week_visits == 3  # Tuesday + Chloé + Marie today
    assert board.last_week_visits == 1  # only Wednesday 18 is inside Monday 16 .. Thursday 19


def test_carnets_running_out(desk) -> None:
    with desk.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE subscription SET remaining_half_days = 3 WHERE member_id = "
                             "(SELECT id FROM member WHERE first_name = 'Chloé')")
    board = _read(desk, local(2026, 11, 26, 11))
    assert [(c.name, c.days_left) for c in board.low_carnets] == [("Chloé Thévenot", 1.5)]


def test_the_last_backup_is_the_last_one_written_and_checked(desk, tmp_path) -> None:
    when = dt.datetime(2026, 11, 25, 20, tzinfo=dt.UTC)
    db = Path(desk.engine.url.database)
    backup_settings.save(db, backup_settings.BackupSettings(folder=str(tmp_path), last_ok=when.isoformat()))
    board = _read(desk, local(2026, 11, 26, 11))
    assert board.last_backup == when
