"""The presence rows the scans keep equal what a rebuild from the events computes."""

from __future__ import annotations

from telecentre_desk.occupancy.daily import rebuild
from tests.desk.conftest import PARIS, local


def test_incremental_rows_equal_a_rebuild(desk) -> None:
    for who, times in (("Marie", [(25, 9), (25, 12), (25, 14), (26, 9)]), ("Chloé", [(25, 23), (26, 1), (26, 10)])):
        for day, hour in times:
            desk.scan(who, local(2026, 11, day, hour))
    desk.front.auto_checkout(now=local(2026, 11, 26, 19))
    query = "SELECT place_id, member_id, day, visits, minutes, hours_mask, desk_id FROM visit_day ORDER BY 2, 3"
    hours = "SELECT place_id, day, hour, people FROM presence_hour ORDER BY 2, 3"
    with desk.engine.connect() as conn:
        incremental = conn.exec_driver_sql(query).fetchall(), conn.exec_driver_sql(hours).fetchall()
    with desk.engine.begin() as conn:
        raw = conn.connection.driver_connection
        rebuild(raw, place_id=desk.front.context.place_id, tz=PARIS)
        rebuilt = conn.exec_driver_sql(query).fetchall(), conn.exec_driver_sql(hours).fetchall()
    assert incremental == rebuilt
    assert len(rebuilt[0]) == 4
    assert (1, "2026-11-26", 23, 1) not in rebuilt[1]  # nobody at 23:00 on the 26th
    assert (1, "2026-11-25", 23, 1) in rebuilt[1]  # Chloé arrived at 23:00 on the 25th
