"""The place context's plain-SQL readers: the zone and today at the place, the same for every read model."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine

from telecentre_desk import transactions
from telecentre_desk.common import clock
from telecentre_desk.common.errors import NotFoundError
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.places import service as places
from telecentre_desk.places.context import (
    DEFAULT_TIMEZONE,
    local_today,
    local_zone,
    read_local_row,
    read_place_context,
    require_place_context,
)
from telecentre_desk.reports.today import read_today

LATE_EVENING_IN_CAYENNE = dt.datetime(2026, 12, 1, 1, 0, tzinfo=dt.UTC)  # 30 November, 22:00 there


def test_before_the_setup_the_default_zone_and_a_clear_error(engine: Engine) -> None:
    assert transactions.read_rows(engine, local_zone).key == DEFAULT_TIMEZONE
    assert transactions.read_rows(engine, read_place_context).place is None
    for reader in (require_place_context, read_local_row, read_today):
        with pytest.raises(NotFoundError, match="place init"):  # read_today raised a TypeError before
            transactions.read_rows(engine, reader)


def test_today_is_the_places_day_not_utcs_nor_paris(place_engine: Engine) -> None:
    with unit_of_work(place_engine) as session:
        places.edit_place(session, timezone="America/Cayenne")
    clock.set_clock(lambda: LATE_EVENING_IN_CAYENNE)
    assert transactions.read_rows(place_engine, local_today) == dt.date(2026, 11, 30)
    ctx = transactions.read_rows(place_engine, require_place_context)
    assert (ctx.code, ctx.today()) == ("FLO", dt.date(2026, 11, 30))
    place_id, code, tz = transactions.read_rows(place_engine, read_local_row)
    assert (code, tz.key) == ("FLO", "America/Cayenne") and place_id > 0
    assert transactions.read_rows(place_engine, read_today).day == dt.date(2026, 11, 30)
