"""The indicators on a hand-made week whose answers are worked out by hand in the comments.

Place FLO, Europe/Paris, open mon-fri 08:30-18:30, closed Wednesday 25 March 2026. Period: Monday 23
to Sunday 29 March 2026 (the night of the 28th to 29th the clocks go forward). Desks A1 and A2.
- Marie (freelancer): Mon 09:00-17:00 on A1 (480 min, full), Tue 09:00-12:00 on A1 (180, half),
  Sun 01:00-04:00 local, no desk (120 real minutes: 02:00 does not exist; half).
- Chloé (student): Mon 22:00 to Tue 01:30 on A2: Mon 120 min (half), Tue 90 min (half), one visit.
- Jean (jobseeker, joined Tue 24): Thu 10:00-16:00 and 17:00-18:00 on A1 (420 min, two visits, full).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine

from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.occupancy.daily import rebuild
from telecentre_desk.occupancy.stats import occupancy_report
from telecentre_desk.places import service as places
from telecentre_desk.spaces import service as spaces

PARIS = ZoneInfo("Europe/Paris")
MON, SUN = dt.date(2026, 3, 23), dt.date(2026, 3, 29)


def _ts(day: int, hour: int, minute: int = 0) -> str:
    local = dt.datetime(2026, 3, day, hour, minute, tzinfo=PARIS)
    return local.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


@pytest.fixture
def week(place_engine: Engine, db_path) -> sqlite3.Connection:
    with unit_of_work(place_engine) as session:
        places.edit_place(session, opening_hours="mon-fri 08:30-18:30")
        members.add_member(session, first_name="Marie", last_name="Dupont", category="freelancer",
                           start=None)
        members.add_member(session, first_name="Chloé", last_name="Thévenot", category="student")
        members.add_member(session, first_name="Jean", last_name="Martin", category="jobseeker")
        spaces.add_space(session, name="Open space", kind="open_space", capacity=2)
        spaces.add_desk(session, space="Open space", name="A1")
        spaces.add_desk(session, space="Open space", name="A2")
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("UPDATE member SET joined_on = '2026-01-05' WHERE number IN (1, 2)")
    conn.execute("UPDATE member SET joined_on = '2026-03-24' WHERE number = 3")
    conn.execute("INSERT INTO place_closure (uid, origin, created_at, updated_at, place_id, start_date, end_date)"
                 " VALUES ('c', 'FLO', 'x', 'x', 1, '2026-03-25', '2026-03-25')")
    events = [(1, "in", _ts(23, 9), 1), (1, "out", _ts(23, 17), 1), (1, "in", _ts(24, 9), 1),
              (1, "out", _ts(24, 12), 1), (1, "in", _ts(29, 1), None), (1, "out", _ts(29, 4), None),
              (2, "in", _ts(23, 22), 2), (2, "out", _ts(24, 1, 30), 2),
              (3, "in", _ts(26, 10), 1), (3, "out", _ts(26, 16), 1), (3, "in", _ts(26, 17), 1),
              (3, "out", _ts(26, 18), 1)]
    conn.executemany("INSERT INTO check_event (uid, origin, created_at, updated_at, member_id, place_id, direction,"
                     " ts, source, desk_id) VALUES (?, 'FLO', 'x', 'x', ?, 1, ?, ?, 'import', ?)",
                     [(f"e{i}", m, d, ts, desk) for i, (m, d, ts, desk) in enumerate(events)])
    rebuild(conn, place_id=1, tz=PARIS)
    yield conn
    conn.close()


def test_the_week_by_hand(week: sqlite3.Connection) -> None:
    report = occupancy_report(week, start=MON, end=SUN)
    assert report.totals.visits == 6  # Marie 3, Chloé 1, Jean 2
    assert report.totals.unique_members == 3
    assert report.totals.person_days == 4.0  # Marie 1 + 0.5 + 0.5, Chloé 0.5 + 0.5, Jean 1
    assert report.totals.hours == 23.5  # 780 + 210 + 420 minutes
    assert report.totals.new_members == 1  # Jean
    assert report.open_days == 4  # Mon, Tue, Thu, Fri: Wednesday closed, weekend not open
    assert report.desks == 2
    assert report.occupied_desk_days == 5  # Mon 2 (A1, A2), Tue 2 (A1, A2), Thu 1; Sunday is not open
    assert report.occupancy_rate == 0.625  # 5 / (2 desks x 4 open days)
    by = report.by_category
    assert (by["freelancer"].visits, by["freelancer"].person_days, by["freelancer"].hours) == (3, 2.0, 13.0)
    assert (by["student"].visits, by["student"].person_days, by["student"].hours) == (1, 1.0, 3.5)
    assert (by["jobseeker"].visits, by["jobseeker"].person_days, by["jobseeker"].new_members) == (2, 1.0, 1)


def test_peak_hours_by_weekday(week: sqlite3.Connection) -> None:
    grid = occupancy_report(week, start=MON, end=SUN).peak_hours
    hours = {wd: [h for h in range(24) if grid[wd][h]] for wd in range(7)}
    assert hours[0] == [9, 10, 11, 12, 13, 14, 15, 16, 22, 23]  # Monday: Marie, then Chloé late
    assert hours[1] == [0, 1, 9, 10, 11]  # Tuesday: Chloé after midnight, Marie's morning
    assert hours[2] == []  # closed Wednesday
    assert hours[3] == [10, 11, 12, 13, 14, 15, 17]  # Jean, with his break at 16:00
    assert hours[6] == [1, 3]  # Sunday of the change to summer time: 02:00 never happened
    assert grid[0][9] == 1.0  # one person, over the one Monday of the period


def test_a_period_with_no_data_says_so(week: sqlite3.Connection) -> None:
    report = occupancy_report(week, start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 31))
    assert report.empty
    assert (report.totals.visits, report.totals.person_days, report.occupancy_rate) == (0, 0.0, 0.0)
    no_open_day = occupancy_report(week, start=dt.date(2026, 3, 28), end=dt.date(2026, 3, 28))
    assert no_open_day.open_days == 0
    assert no_open_day.occupancy_rate is None  # nothing to divide by, not a division by zero
