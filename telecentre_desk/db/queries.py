"""SQL read on the hot paths by more than one capability, kept beside the indexes it relies on."""

from __future__ import annotations

# Who is in now (the front desk, desk assignment, the live floor plan): the aggregate form measured
# fastest (../shared/limits occupancy_query), one GROUP BY pass; SQLite's bare columns take `direction`
# and `desk_id` from the MAX(ts) row. INDEXED BY: after ANALYZE the planner prefers a skip-scan of the
# member index, which needs a table lookup per row for desk_id; the covering place index declared on
# CheckEvent (db/models/events.py) answers alone and is 1.6x faster (bench/occupancy.py).
OPEN_VISITS_SQL = ("SELECT member_id, MAX(ts), direction, desk_id FROM check_event INDEXED BY ix_check_event_place_ts "
                   "WHERE place_id = ? AND ts >= ? GROUP BY member_id HAVING direction = 'in'")
