"""Property: closing months in any order leaves every report of a calendar period as it was."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from telecentre_desk.network.report import network_report
from telecentre_desk.occupancy.stats import occupancy_report
from telecentre_desk.privacy.aggregate import close_month
from tests.cli.conftest import Shell

CATEGORIES = ("freelancer", "employee", "jobseeker")
MONTHS = ["2025-01", "2025-02", "2025-03", "2025-04"]
PERIODS = [(dt.date(2025, 1, 1), dt.date(2025, 12, 31)), (dt.date(2025, 1, 1), dt.date(2025, 3, 31)),
           (dt.date(2025, 2, 1), dt.date(2025, 2, 28)), (dt.date(2025, 4, 1), dt.date(2025, 6, 30))]


@pytest.fixture
def place(shell: Shell):
    """A place with three desks and six members in three categories (examples roll their rows back)."""
    shell.json("place", "init", "--code", "FLO", "--name", "Florac", "--opening-hours", "mon-fri 08:00-19:00")
    shell.json("space", "add", "--name", "Plateau", "--kind", "open_space", "--capacity", "3")
    for name in ("P1", "P2", "P3"):
        shell.json("desk", "add", "--space", "Plateau", "--name", name)
    for number in range(6):
        shell.json("member", "add", "--first-name", f"M{number}", "--last-name", "Test",
                   "--category", CATEGORIES[number % 3])
    from telecentre_desk.db.migrate import open_database
    from telecentre_desk.db.uow import unit_of_work
    from tests.network.conftest import add_place

    engine = open_database(shell.db)
    with unit_of_work(engine) as session:
        add_place(session, "MAR", "Marvejols", desks=2)  # same commune (none given): the overlaps count
    engine.dispose()
    conn = sqlite3.connect(shell.db, isolation_level=None)
    yield conn
    conn.close()


# Presence at the other place: members 1-6 of ours roaming, 7-8 people of theirs.
_remote = st.lists(st.tuples(st.integers(1, 8), st.integers(0, 119)), max_size=15, unique=True)
_rows = st.lists(st.tuples(st.integers(1, 6), st.integers(0, 119), st.integers(0, 3), st.integers(0, 900),
                           st.sampled_from([None, 1, 2, 3])), max_size=40, unique_by=lambda r: (r[0], r[1]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=_rows, order=st.permutations(MONTHS), how_many=st.integers(1, 4), remote=_remote)
def test_closing_months_keeps_every_calendar_report(place: sqlite3.Connection, rows, order, how_many,
                                                    remote) -> None:
    conn = place
    conn.execute("BEGIN")
    try:
        desks = [d for (d,) in conn.execute("SELECT id FROM desk ORDER BY id")]
        conn.executemany("INSERT INTO visit_day (place_id, member_id, day, visits, minutes, hours_mask, desk_id) "
                         "VALUES (1, ?, ?, ?, ?, 0, ?)",
                         [(m, (dt.date(2025, 1, 1) + dt.timedelta(days=d)).isoformat(), v, mins,
                           desks[k - 1] if k else None) for m, d, v, mins, k in rows])
        uids = dict(conn.execute("SELECT id, uid FROM member"))
        conn.executemany("INSERT INTO network_day (place_code, day, member_uid, visits, minutes, hours_mask) "
                         "VALUES ('MAR', ?, ?, 1, 300, 0)",
                         [((dt.date(2025, 1, 1) + dt.timedelta(days=d)).isoformat(), uids.get(m, f"{m:036d}"))
                          for m, d in remote])
        odd = (dt.date(2025, 1, 20), dt.date(2025, 3, 10))
        odd_before = occupancy_report(conn, start=odd[0], end=odd[1]).to_json()
        before = {p: (occupancy_report(conn, start=p[0], end=p[1]).to_json(),
                      network_report(conn, start=p[0], end=p[1]).to_json()) for p in PERIODS}
        for month in order[:how_many]:
            close_month(conn, place_id=1, month=month)
        assert conn.execute("SELECT COUNT(*) FROM visit_day WHERE substr(day, 1, 7) IN (SELECT month FROM "
                            "presence_month_closed)").fetchone()[0] == 0
        for period, figures in before.items():
            assert (occupancy_report(conn, start=period[0], end=period[1]).to_json(),
                    network_report(conn, start=period[0], end=period[1]).to_json()) == figures, period
        odd_after = occupancy_report(conn, start=odd[0], end=odd[1]).to_json()
        assert odd_after["unique_members"] >= odd_before["unique_members"]  # exact, or an upper bound said so
        for key in ("visits", "person_days", "hours", "occupied_desk_days", "peak_hours"):
            assert odd_after[key] == odd_before[key], key
    finally:
        conn.execute("ROLLBACK")
