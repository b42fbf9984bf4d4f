"""The visits file is written line by line by SQLite: the bytes must be what the csv module writes."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from telecentre_desk.sync import format as fmt
from telecentre_desk.sync.rows import encode_lines, encode_rows

TS = st.datetimes(min_value=dt.datetime(1970, 1, 1)).map(lambda t: t.strftime("%Y-%m-%d %H:%M:%S.%f"))
# A visit's own instant is in the past (a visit far in the future is refused, test below).
PAST = st.datetimes(min_value=dt.datetime(1970, 1, 1), max_value=dt.datetime(2026, 1, 1)).map(
    lambda t: t.strftime("%Y-%m-%d %H:%M:%S.%f"))
VISIT = st.tuples(st.uuids().map(str), st.uuids().map(str), st.sampled_from(["in", "out"]), PAST,
                  st.sampled_from(["scanner", "webcam", "manual", "import", "auto"]), TS, st.none() | TS)


@settings(max_examples=200, deadline=None)
@given(st.lists(VISIT, max_size=20))
def test_visit_lines_are_the_csv_modules_bytes(rows) -> None:
    lines = [";".join("" if v is None else v for v in row) for row in rows]
    assert encode_lines(fmt.VISITS, lines) == encode_rows(fmt.VISITS, rows)


def test_file_kinds_are_known_by_their_logical_names() -> None:
    assert fmt.kind_of("members") is fmt.MEMBERS
    assert fmt.kind_of("presence-2026") is fmt.PRESENCE
    assert fmt.kind_of("presence-26") is None and fmt.kind_of("members-2026") is None
    assert fmt.kind_of("invoices") is None
    assert fmt.file_name("presence-2026", 42) == "presence-2026.000042.csv"


def _entry(data: bytes, rows: int):
    import hashlib

    from telecentre_desk.sync.manifest import ManifestFile

    return ManifestFile("visits", "visits.000001.csv", rows, hashlib.sha256(data).hexdigest(), len(data))


@settings(max_examples=200, deadline=None)
@given(st.lists(VISIT, max_size=10))
def test_visits_read_back_as_written(rows) -> None:
    from telecentre_desk.sync.rows import parse_rows

    data = encode_rows(fmt.VISITS, rows)
    assert [fields for _line, fields in parse_rows("MAR", _entry(data, len(rows)), data)] == rows


def test_a_bad_visit_row_is_named_precisely() -> None:
    import pytest

    from telecentre_desk.sync.errors import ExportRejected
    from telecentre_desk.sync.rows import parse_rows

    good = ("0f8fad5b-d9cb-469f-a165-70867728950e", "7c9e6679-7425-40de-944b-e07fc1f90ae7", "in",
            "2026-11-25 08:30:00.000000", "scanner", "2026-11-25 08:30:00.000000", None)
    for bad, reason in (({2: "inn"}, "“inn” is not one of in, out"),
                        ({3: "2026-02-31 08:30:00.000000"}, "day is out of range for month"),
                        ({1: "7C9E6679-7425-40DE-944B-E07FC1F90AE7"}, "is not a uid")):
        row = tuple(bad.get(i, v) for i, v in enumerate(good))
        data = encode_rows(fmt.VISITS, [good, row])
        with pytest.raises(ExportRejected) as caught:
            parse_rows("MAR", _entry(data, 2), data)
        assert caught.value.rejection.line == 3 and reason in caught.value.rejection.reason
