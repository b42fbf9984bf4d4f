"""Property: whatever a place's presence and whichever of its months it closes, in any order, the other place's
network report of every calendar period is the same after the counts travelled through the real export/import."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from telecentre_desk.db.migrate import open_database
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.network.report import network_report
from telecentre_desk.places import service as places
from telecentre_desk.plans import service as plans
from telecentre_desk.sync import service as sync
from tests.sync.conftest import NAMES, Place
from tests.sync.test_sync_closed_months import _close, _days, _uid

MONTHS = ["2026-01", "2026-02", "2026-03", "2026-04"]
PERIODS = [(dt.date(2026, 1, 1), dt.date(2026, 12, 31)), (dt.date(2026, 1, 1), dt.date(2026, 3, 31)),
           (dt.date(2026, 2, 1), dt.date(2026, 2, 28)), (dt.date(2026, 4, 1), dt.date(2026, 6, 30))]
_counter = itertools.count()
# (member 0-3: three of FLO's and one of MAR's, day 0-119 of 2026, visits, minutes)
_rows = st.lists(st.tuples(st.integers(0, 3), st.integers(0, 119), st.integers(0, 3), st.integers(0, 900)),
                 max_size=25, unique_by=lambda r: (r[0], r[1]))


def _place(folder, shared, code: str) -> Place:
    engine = open_database(folder / f"{code.lower()}.sqlite")
    name, postcode, city = NAMES[code]
    with unit_of_work(engine) as session:
        places.init_place(session, code=code, name=name, postcode=postcode, city=city,
                          opening_hours="mon-fri 08:00-19:00")
        plans.add_plan(session, code="MOIS", name="Nomade mois", kind="monthly", price="90")
    return Place(code, engine, shared)


def _reports(place) -> list[dict]:
    with sync.raw_connection(place.engine) as conn:
        return [network_report(conn, start=a, end=b).to_json() for a, b in PERIODS]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(flo_rows=_rows, mar_rows=_rows, order=st.permutations(MONTHS), how_many=st.integers(1, 4))
def test_the_others_calendar_reports_stay_the_same(tmp_path, flo_rows, mar_rows, order, how_many) -> None:
    folder = tmp_path / f"example{next(_counter)}"
    shared = folder / "shared"
    shared.mkdir(parents=True)
    flo, mar = _place(folder, shared, "FLO"), _place(folder, shared, "MAR")
    try:
        flo.trust(mar)
        mar.trust(flo)
        for first in ("Marie", "Paul", "Lina"):
            flo.add_member(first, "Test")
        mar.add_member("Léa", "Martin")
        for place in (mar, flo, mar):
            place.export()
            (flo if place is mar else mar).import_()
        uids = [_uid(flo, 1), _uid(flo, 2), _uid(flo, 3), _uid(mar, 1)]

        def day(n: int) -> str:
            return (dt.date(2026, 1, 1) + dt.timedelta(days=n)).isoformat()

        _days(flo, [(uids[m], day(d), v, mins) for m, d, v, mins in flo_rows])
        _days(mar, [(uids[m], day(d), v, mins) for m, d, v, mins in mar_rows])
        for place in (flo, mar, flo):
            place.export()
            (mar if place is flo else flo).import_()
        before = _reports(mar)
        for month in order[:how_many]:
            _close(flo, month)
            flo.export()
            assert mar.import_().to_json()["rejected"] == 0
            assert _reports(mar) == before, month
    finally:
        flo.engine.dispose()
        mar.engine.dispose()
