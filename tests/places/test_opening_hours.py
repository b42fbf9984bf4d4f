"""Opening hours: the spec people type, its canonical form, and whether the place is open."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telecentre_desk.common.errors import ValidationError
from telecentre_desk.places import opening_hours as oh


def test_default_is_monday_to_friday_eight_to_seven() -> None:
    hours = oh.parse(None)
    assert sorted(hours) == [0, 1, 2, 3, 4]
    assert hours[0] == ((dt.time(8), dt.time(19)),)
    assert oh.normalise("") == "mon-fri 08:00-19:00"


def test_the_spec_of_the_issue() -> None:
    hours = oh.parse("mon-fri 08:00-19:00; sat 09:00-12:30")
    assert hours[5] == ((dt.time(9), dt.time(12, 30)),)
    assert 6 not in hours
    assert oh.normalise("Mon-Fri 8:00-19:00 ; sat 09:00-12:30") == "mon-fri 08:00-19:00; sat 09:00-12:30"


def test_french_days_lists_and_split_days() -> None:
    spec = "lun,mer 09:00-12:00,14:00-18:00; ven 09:00-12:00"
    assert oh.normalise(spec) == "mon 09:00-12:00,14:00-18:00; wed 09:00-12:00,14:00-18:00; fri 09:00-12:00"


def test_is_open() -> None:
    hours = oh.parse("mon-fri 08:00-19:00; sat 09:00-12:30")
    assert oh.is_open(hours, dt.datetime(2026, 11, 26, 8, 0))       # Thursday, opening minute
    assert not oh.is_open(hours, dt.datetime(2026, 11, 26, 19, 0))  # closing minute is closed
    assert oh.is_open(hours, dt.datetime(2026, 11, 28, 12, 29))     # Saturday morning
    assert not oh.is_open(hours, dt.datetime(2026, 11, 29, 10, 0))  # Sunday


@pytest.mark.parametrize("spec", [
    "monday 08:00-19:00", "mon-fri", "mon-fri 19:00-08:00", "mon-fri 25:00-26:00", "fri-mon 08:00-10:00",
    "mon 08:00-12:00,11:00-13:00", "mon 8h-12h",
])
def test_bad_specs_are_refused_with_an_example(spec: str) -> None:
    with pytest.raises(ValidationError, match=re.escape("e.g. 'mon-fri 08:00-19:00")) as err:
        oh.parse(spec)
    assert err.value.field == "opening_hours"


_minutes = st.integers(min_value=0, max_value=24 * 60 - 1)


@st.composite
def weekly_hours(draw) -> oh.WeeklyHours:
    hours: oh.WeeklyHours = {}
    for day in draw(st.sets(st.integers(0, 6), min_size=1)):
        cuts = sorted(draw(st.sets(_minutes, min_size=2, max_size=6)))
        if len(cuts) % 2:
            cuts = cuts[:-1]
        hours[day] = tuple((dt.time(a // 60, a % 60), dt.time(b // 60, b % 60))
                           for a, b in zip(cuts[::2], cuts[1::2], strict=True))
    return hours


@given(weekly_hours())
def test_any_weekly_hours_print_and_parse_back(hours: oh.WeeklyHours) -> None:
    spec = oh.format_spec(hours)
    assert oh.parse(spec) == hours
    assert oh.normalise(spec) == spec


def test_french_day_names_are_shown_back_as_typed() -> None:
    stored = oh.normalise("lun-ven 08:30-18:00; sam 09:00-12:30")
    assert stored == "mon-fri 08:30-18:00; sat 09:00-12:30"  # stored in one canonical language
    assert oh.for_display(stored, "fr") == "lun-ven 08:30-18:00; sam 09:00-12:30"
    assert oh.for_display(stored, "en") == stored
    assert oh.normalise(oh.for_display(stored, "fr")) == stored  # shown back, saved again: unchanged


@given(st.dictionaries(st.integers(0, 6), st.just(((dt.time(8), dt.time(12)),)), min_size=1))
def test_the_french_display_parses_back_to_the_same_hours(hours) -> None:
    spec = oh.format_spec(hours)
    assert oh.parse(oh.for_display(spec, "fr")) == oh.parse(spec)
