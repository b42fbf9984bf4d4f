"""The bounds every entry applies: dates, local times, numbers, texts and paths (docs/validation.md)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telecentre_desk import paths
from telecentre_desk.common import plausibility, validation
from telecentre_desk.common.errors import DatabaseError, ValidationError

PARIS = ZoneInfo("Europe/Paris")


@pytest.mark.parametrize("text", ["0001-01-01", "1999-12-31", "9999-12-31", "2030-01-01"])
def test_days_outside_the_floor_and_the_near_future_are_refused(text: str) -> None:
    with pytest.raises(ValidationError, match=r"out of range \(from 2000-01-01 to 2029-11-"):
        plausibility.parse_day(text, field="--start")


def test_history_from_before_the_software_and_the_coming_years_are_accepted() -> None:
    assert plausibility.parse_day("01/01/2000", field="d") == dt.date(2000, 1, 1)
    assert plausibility.parse_day("2009-09-14", field="d") == dt.date(2009, 9, 14)
    assert plausibility.parse_day("2028-06-30", field="d") == dt.date(2028, 6, 30)


def test_a_local_time_the_clocks_skip_is_refused() -> None:
    with pytest.raises(ValidationError, match="does not exist in Europe/Paris"):
        plausibility.parse_local_time("2026-03-29T02:30", PARIS, field="--at")


def test_a_local_time_the_clocks_repeat_asks_for_the_offset() -> None:
    with pytest.raises(ValidationError) as error:
        plausibility.parse_local_time("2026-10-25T02:30", PARIS, field="--at")
    assert "happens twice" in error.value.message
    assert "2026-10-25T02:30+02:00 or 2026-10-25T02:30+01:00" in error.value.message
    first = plausibility.parse_local_time("2026-10-25T02:30+02:00", PARIS, field="--at")
    second = plausibility.parse_local_time("2026-10-25T02:30+01:00", PARIS, field="--at")
    assert (first.hour, second.hour, second - first) == (0, 1, dt.timedelta(hours=1))


def test_an_ordinary_local_time_is_the_place_s_wall_clock() -> None:
    assert plausibility.parse_local_time("2026-11-26T09:30", PARIS, field="--at") == dt.datetime(
        2026, 11, 26, 8, 30, tzinfo=dt.UTC)


@pytest.mark.parametrize("text", ["0001-01-01T00:00", "9999-12-31T23:59+14:00", "0001-01-01T00:00-12:00"])
def test_extreme_instants_are_refused_without_overflow(text: str) -> None:
    with pytest.raises(ValidationError, match="out of range"):
        plausibility.parse_local_time(text, PARIS, field="--at")


def test_a_scan_ahead_of_the_clock_is_refused_the_past_is_not() -> None:
    # The frozen clock: 2026-11-26 10:00 in Paris.
    ahead = plausibility.SCAN_AHEAD
    assert plausibility.parse_local_time("2026-11-26T10:04", PARIS, field="--at", ahead=ahead)
    assert plausibility.parse_local_time("2001-03-01T08:00", PARIS, field="--at", ahead=ahead)
    with pytest.raises(ValidationError, match="at most 5 minutes ahead"):
        plausibility.parse_local_time("2026-11-26T10:06", PARIS, field="--at", ahead=ahead)


@given(st.datetimes(min_value=dt.datetime(2000, 1, 2), max_value=dt.datetime(2029, 1, 1)))
def test_every_accepted_local_time_reads_back_as_itself(value: dt.datetime) -> None:
    first, second = value.replace(tzinfo=PARIS, fold=0), value.replace(tzinfo=PARIS, fold=1)
    if first.utcoffset() != second.utcoffset():  # the night of a change of time: refused, said so
        with pytest.raises(ValidationError, match="Europe/Paris"):
            plausibility.local_instant(value, PARIS, field="at")
        assert value.month in (3, 10) and value.hour == 2  # Paris changes time between 02:00 and 03:00
        return
    instant = plausibility.local_instant(value, PARIS, field="at")
    assert instant.astimezone(PARIS).replace(tzinfo=None) == value


@pytest.mark.parametrize("text", ["99999999999999999999999", "9223372036854775808", "-9223372036854775809",
                                  "9" * 5000, "²", "1e3", "", "0x1F"])
def test_numbers_beyond_sqlite_or_not_numbers_are_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        plausibility.parse_int(text, field="--limit")


def test_limits_are_positive() -> None:
    assert plausibility.parse_int("5", field="--limit", low=1) == 5
    with pytest.raises(ValidationError, match=r"out of range \(1 to"):
        plausibility.parse_int("-1", field="--limit", low=1)
    assert plausibility.stored_number("9223372036854775807") == plausibility.INT64_MAX
    assert plausibility.stored_number("9223372036854775808") is None
    assert plausibility.stored_number("²") is None


@pytest.mark.parametrize("text", ["a\x00b", "\x1b[31mred", "abc\u202eevil", "line\nbreak", "tab\there", "\x7f"])
def test_names_refuse_control_characters(text: str) -> None:
    with pytest.raises(ValidationError, match="control character U\\+"):
        validation.required_text(text, field="first_name")


def test_multiline_texts_keep_their_line_breaks_but_not_escapes() -> None:
    assert validation.optional_text("1 rue\n48400 Florac", field="address", multiline=True) == "1 rue\n48400 Florac"
    with pytest.raises(ValidationError, match="U\\+001B"):
        validation.optional_text("a\x1b[2Jb", field="notes", multiline=True)


def test_free_texts_say_their_bound() -> None:
    with pytest.raises(ValidationError, match="reason: at most 500 characters"):
        plausibility.check_text("x" * 501, field="reason", max_length=500)


def test_output_paths_are_checked_before_any_work(tmp_path: Path) -> None:
    (tmp_path / "plain.txt").write_text("x")
    cases = {"": "a file name is required", "/" + "a" * 5000: "too long", "b" * 300: "too long",
             str(tmp_path): "it is a folder", str(tmp_path / "plain.txt" / "x.csv"): "is a file, not a folder",
             str(tmp_path / "missing" / "x.csv"): "does not exist", "/proc/self/x.csv": "system folder",
             "a\x00b": r"U\+0000"}
    for text, message in cases.items():
        with pytest.raises(ValidationError, match=message):
            plausibility.output_file(text, field="--out")
    assert plausibility.output_file(str(tmp_path / "x.csv"), field="--out") == tmp_path / "x.csv"


def test_input_paths(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="there is no such file"):
        plausibility.input_file(str(tmp_path / "missing.csv"), field="FILE")
    with pytest.raises(ValidationError, match="does not exist or cannot be reached"):
        plausibility.input_folder(str(tmp_path / "missing"), field="DIR")
    with pytest.raises(ValidationError, match="system folder"):
        plausibility.input_file("/proc/self/status", field="FILE")


def test_an_empty_database_option_never_falls_back_to_the_real_data() -> None:
    with pytest.raises(DatabaseError, match="--db: a path is required"):
        paths.resolve(db="", environ={})
    with pytest.raises(DatabaseError, match="--data-dir: a path is required"):
        paths.resolve(data_dir=" ", environ={})
