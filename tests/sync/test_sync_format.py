"""The visits file is written line by line by SQLite: the bytes must be what the csv module writes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from telecentre_desk.sync import format as fmt
from telecentre_desk.sync.rows import encode_lines, encode_rows

TS = st.datetimes().map(lambda t: t.strftime("%Y-%m-%d %H:%M:%S.%f"))
VISIT = st.tuples(st.uuids().map(str), st.uuids().map(str), st.sampled_from(["in", "out"]), TS,
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
