"""Pairing check events into visits for the presence file, including the events a desk rarely sees."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine

from telecentre_desk.common import clock
from telecentre_desk.common.ids import new_uid
from telecentre_desk.db.uow import dbapi, unit_of_work
from telecentre_desk.members import service as members
from telecentre_desk.occupancy.presence_export import Visit, read_visits, visit_rows

PARIS = clock.zone("Europe/Paris")


def paris(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=PARIS)


def test_events_become_visits(place_engine: Engine) -> None:
    with unit_of_work(place_engine) as session:
        members.add_member(session, first_name="Hélène", last_name="Garçon")
        conn = dbapi(session)
        place_id, member_id = conn.execute("SELECT place_id, id FROM member").fetchone()
        stamp = clock.ts_text(clock.now())
        for direction, at in (("out", "2026-11-01T10:00"),  # the end of a visit that began before the period
                              ("in", "2026-11-02T08:00"), ("in", "2026-11-02T13:00"),  # a departure never recorded
                              ("out", "2026-11-03T01:15"),  # the place was open late: past midnight
                              ("in", "2026-11-09T09:00"), ("out", "2026-11-09T10:00")):  # the day after the period
            conn.execute("INSERT INTO check_event (uid, origin, created_at, updated_at, member_id, place_id, "
                         "direction, ts, source) VALUES (?, 'FLO', ?, ?, ?, ?, ?, ?, 'scanner')",
                         (new_uid(), stamp, stamp, member_id, place_id, direction, clock.ts_text(paris(at))))
    with unit_of_work(place_engine) as session:
        visits = read_visits(dbapi(session), start=dt.date(2026, 11, 1), end=dt.date(2026, 11, 8))
    assert [(v.arrival, v.departure) for v in visits] == [(paris("2026-11-02T08:00"), None),
                                                          (paris("2026-11-02T13:00"), paris("2026-11-03T01:15"))]
    assert visit_rows(visits)[1:] == [
        [dt.date(2026, 11, 2), "08:00", None, None, "FLO-0001", "Garçon", "Hélène", "Indépendant", None, None],
        [dt.date(2026, 11, 2), "13:00", "03/11/2026 01:15", "12,25", "FLO-0001", "Garçon", "Hélène", "Indépendant",
         None, None]]


def test_visitors_and_automatic_departures_are_said() -> None:
    visit = Visit(paris("2026-11-02T09:00"), paris("2026-11-02T23:59:59"), True, "FLO-0007", "Siteur", "Vi",
                  "other", "visitor", "A1")
    assert visit_rows([visit])[1] == [dt.date(2026, 11, 2), "09:00", "23:59", "14,98", "FLO-0007", "Siteur", "Vi",
                                      "Autre", "A1", "visiteur, sortie automatique"]
