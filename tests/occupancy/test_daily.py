"""Presence per member and local day: midnight splits, daylight saving, hours, rebuild = incremental."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from telecentre_desk.occupancy.daily import presence_by_day

PARIS = ZoneInfo("Europe/Paris")


def _utc(y, mo, d, h, mi=0) -> str:
    return dt.datetime(y, mo, d, h, mi, tzinfo=PARIS).astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def test_a_day_with_a_break() -> None:
    days = presence_by_day([("in", _utc(2026, 11, 26, 9), 3), ("out", _utc(2026, 11, 26, 12, 30), 3),
                            ("in", _utc(2026, 11, 26, 14), 4), ("out", _utc(2026, 11, 26, 17, 15), 4)], PARIS)
    day = days[dt.date(2026, 11, 26)]
    assert (day.visits, day.minutes, day.desk_id) == (2, 3 * 60 + 30 + 3 * 60 + 15, 4)
    assert [h for h in range(24) if day.hours_mask >> h & 1] == [9, 10, 11, 12, 14, 15, 16, 17]


def test_a_visit_across_midnight_counts_on_both_days() -> None:
    days = presence_by_day([("in", _utc(2026, 11, 26, 22), None), ("out", _utc(2026, 11, 27, 1, 30), None)], PARIS)
    assert (days[dt.date(2026, 11, 26)].visits, days[dt.date(2026, 11, 26)].minutes) == (1, 120)
    assert (days[dt.date(2026, 11, 27)].visits, days[dt.date(2026, 11, 27)].minutes) == (0, 90)
    assert days[dt.date(2026, 11, 27)].hours_mask == 0b11


def test_daylight_saving_days() -> None:
    spring = presence_by_day([("in", _utc(2026, 3, 29, 1), None), ("out", _utc(2026, 3, 29, 4), None)], PARIS)
    assert spring[dt.date(2026, 3, 29)].minutes == 120  # 02:00 does not exist that night
    autumn = presence_by_day([("in", _utc(2026, 10, 25, 1), None), ("out", _utc(2026, 10, 25, 4), None)], PARIS)
    assert autumn[dt.date(2026, 10, 25)].minutes == 240  # 02:00-03:00 happens twice


def test_an_open_visit_counts_its_arrival_only() -> None:
    days = presence_by_day([("in", _utc(2026, 11, 26, 9), None)], PARIS)
    assert (days[dt.date(2026, 11, 26)].visits, days[dt.date(2026, 11, 26)].minutes) == (1, 0)
