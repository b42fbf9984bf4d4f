"""The hot reads use the indexes designed for them (bench/occupancy.py measures them on 1M events)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from telecentre_desk.db.queries import OPEN_VISITS_SQL


def _plan(conn: sqlite3.Connection, sql: str, params) -> str:
    return " | ".join(row[-1] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params))


def test_presence_and_statistics_read_covering_indexes(place_engine: Engine, db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("ANALYZE")
    assert "COVERING INDEX ix_check_event_place_ts" in _plan(conn, OPEN_VISITS_SQL, (1, "2026-11-26"))
    per_member = ("SELECT member_id, SUM(visits), SUM(minutes) FROM visit_day WHERE place_id = ? AND day >= ? "
                  "AND day <= ? GROUP BY member_id")
    assert "COVERING INDEX ix_visit_day_place_day" in _plan(conn, per_member, (1, "2026-01-01", "2026-12-31"))
    last_event = "SELECT direction, ts FROM check_event WHERE member_id = ? AND place_id = ? ORDER BY ts DESC LIMIT 1"
    assert "ix_check_event_member_ts" in _plan(conn, last_event, (1, 1))
    hours = "SELECT day, hour, people FROM presence_hour WHERE place_id = ? AND day >= ? AND day <= ?"
    # The composite primary key (place_id, day, hour) is an index of its own: a range seek, no table scan.
    seek = "SEARCH presence_hour USING INDEX sqlite_autoindex_presence_hour_1 (place_id=? AND day>? AND day<?)"
    assert seek in _plan(conn, hours, (1, "2026-01-01", "2026-12-31"))
    conn.close()
