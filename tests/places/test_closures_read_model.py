"""The closures read model the bookings views use: only those touching the asked days, in order."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine

from telecentre_desk.db.models import PlaceClosure
from telecentre_desk.db.uow import dbapi, unit_of_work
from telecentre_desk.places.info import Closure, read_closures


def test_closures_touching_a_week(place_engine: Engine) -> None:
    with unit_of_work(place_engine) as session:
        session.add_all([
            PlaceClosure(place_id=1, origin="FLO", start_date=dt.date(2026, 12, 24), end_date=dt.date(2027, 1, 1),
                         label="Fêtes"),
            PlaceClosure(place_id=1, origin="FLO", start_date=dt.date(2026, 11, 11), end_date=dt.date(2026, 11, 11)),
            PlaceClosure(place_id=1, origin="FLO", start_date=dt.date(2026, 8, 1), end_date=dt.date(2026, 8, 15),
                         label="Été", deleted_at=dt.datetime(2026, 7, 1, tzinfo=dt.UTC)),
        ])
    with unit_of_work(place_engine) as session:
        conn = dbapi(session)
        assert read_closures(conn, start=dt.date(2026, 11, 9), end=dt.date(2026, 11, 15)) == [
            Closure(dt.date(2026, 11, 11), dt.date(2026, 11, 11), None)]
        assert read_closures(conn, start=dt.date(2026, 12, 28), end=dt.date(2027, 1, 3)) == [
            Closure(dt.date(2026, 12, 24), dt.date(2027, 1, 1), "Fêtes")]
        assert read_closures(conn, start=dt.date(2026, 8, 3), end=dt.date(2026, 8, 9)) == []
