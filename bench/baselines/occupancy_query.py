"""The raw occupancy reads on the shared data set, with covering indexes: the floor to compare the app with.

``QUERIES[name]["aggregate"]`` is one GROUP BY pass per question, ``params(name)`` its range:
- ``who_is_in_now``: members whose last event of the last day is an arrival (SQLite's bare column beside MAX);
- ``month_daily_rate``: per day of November of the last year, members present, desk-hours, occupancy rate;
- ``year_member_totals``: per member over the year before, visits and hours.
Hours are the sum of departures minus the sum of arrivals, valid for stays closed inside the range.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import benchlib as bl

DESKS = 150
OPEN_HOURS = 12.0
WHERE = "place_id = :place AND ts >= :start AND ts < :end"
HOURS = "SUM(CASE kind WHEN 'out' THEN julianday(ts) ELSE -julianday(ts) END) * 24.0"

INDEXES = {
    "minimal": [],  # the template's (member_id, ts) only
    "covering": [
        "DROP INDEX IF EXISTS ix_checkin_member_ts",
        "CREATE INDEX ix_checkin_member_cover ON checkin (member_id, ts, kind, place_id)",
        "CREATE INDEX ix_checkin_place_cover ON checkin (place_id, ts, member_id, kind)",
    ],
}

QUERIES = {
    "who_is_in_now": {
        "aggregate": f"SELECT member_id, MAX(ts) AS ts FROM checkin WHERE {WHERE} "
                     "GROUP BY member_id HAVING kind = 'in' ORDER BY member_id",
    },
    "month_daily_rate": {
        "aggregate": f"SELECT date(ts) AS day, COUNT(DISTINCT member_id) AS members, ROUND({HOURS}, 2) AS desk_hours, "
                     f"ROUND({HOURS} / (:desks * :open_hours), 4) AS occupancy_rate "
                     f"FROM checkin WHERE {WHERE} GROUP BY day ORDER BY day",
    },
    "year_member_totals": {
        "aggregate": f"SELECT member_id, SUM(kind = 'in') AS visits, ROUND({HOURS}, 1) AS hours "
                     f"FROM checkin WHERE {WHERE} GROUP BY member_id ORDER BY member_id",
    },
}


def params(name: str) -> dict[str, object]:
    last = bl.LAST_DAY
    ranges = {
        "who_is_in_now": (last, last + dt.timedelta(days=1)),
        "month_daily_rate": (dt.date(last.year, 11, 1), dt.date(last.year, 12, 1)),
        "year_member_totals": (dt.date(last.year - 1, 1, 1), dt.date(last.year, 1, 1)),
    }
    start, end = ranges[name]
    return {"place": bl.PLACE_ID, "start": start.isoformat(), "end": end.isoformat(), "desks": DESKS,
            "open_hours": OPEN_HOURS}


def prepare(index_set: str) -> Path:
    """A cached copy of the template with the index set built and analysed (read it read-only)."""
    path = bl.DATA_DIR / f"occupancy_{index_set}_v{bl.DATA_VERSION}.sqlite"
    if not path.exists():
        building = bl.copy_db(bl.checkin_db(), path.with_name(f"{path.name}.{os.getpid()}.building"))
        con = sqlite3.connect(building)
        try:
            for ddl in INDEXES[index_set]:
                con.execute(ddl)
            con.execute("ANALYZE")
            con.commit()
        finally:
            con.close()
        os.replace(building, path)
    return path
