"""Today at a place: the place's zone decides when the day turns, whatever the computer's zone or UTC say."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telecentre_desk.common import clock
from telecentre_desk.common.errors import ValidationError

ZONES = ("Europe/Paris", "America/Cayenne", "Pacific/Noumea", "Indian/Reunion", "UTC")


def test_today_at_takes_the_places_day(computer_in_new_york) -> None:
    clock.set_clock(lambda: dt.datetime(2026, 12, 31, 23, 30, tzinfo=dt.UTC))
    assert clock.today_at("Europe/Paris") == dt.date(2027, 1, 1)
    assert clock.today_at(ZoneInfo("America/Cayenne")) == dt.date(2026, 12, 31)
    assert clock.today_at("Pacific/Noumea") == dt.date(2027, 1, 1)


def test_an_unknown_zone_is_said_plainly() -> None:
    with pytest.raises(ValidationError, match="not a known time zone"):
        clock.today_at("Europe/Florac")


@given(st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1), timezones=st.just(dt.UTC)),
       st.sampled_from(ZONES))
def test_today_at_is_the_local_day_of_now(moment: dt.datetime, name: str) -> None:
    clock.set_clock(lambda: moment)
    try:
        assert clock.today_at(name) == moment.astimezone(ZoneInfo(name)).date()
        assert abs((clock.today_at(name) - moment.date()).days) <= 1
    finally:
        clock.set_clock(None)
