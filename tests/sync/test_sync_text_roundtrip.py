"""Any text survives an export and an import unchanged: quotes, `;`, newlines, accents, emoji."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from telecentre_desk.sync import format as fmt
from telecentre_desk.sync.errors import ExportRejected
from telecentre_desk.sync.manifest import ManifestFile
from telecentre_desk.sync.rows import encode_rows, parse_rows

# Every character but the surrogates (not encodable) and the controls a name may not hold (NUL, ESC, line
# breaks, bidirectional overrides: test below).
TEXT = st.text(st.characters(exclude_categories=("Cs", "Cc"),
                             exclude_characters="\u061c\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e"
                                                "\u2066\u2067\u2068\u2069"), max_size=100)
UID = st.uuids(version=4).map(str)


@st.composite
def member_rows(draw) -> list[tuple]:
    count = draw(st.integers(0, 8))
    uids = draw(st.lists(UID, min_size=count, max_size=count, unique=True))
    return [(uid, number + 1, draw(TEXT), draw(TEXT.map(lambda t: t[:3])), "freelancer", "active",
             draw(st.none() | TEXT.filter(bool)), "2026-11-26 09:00:00.000000", None)
            for number, uid in enumerate(uids)]


@settings(max_examples=300, deadline=None)
@given(rows=member_rows())
def test_any_text_is_read_back_as_written(rows) -> None:
    data = encode_rows(fmt.MEMBERS, rows)
    entry = ManifestFile("members", "members.000001.csv", len(rows), hashlib.sha256(data).hexdigest(), len(data))
    parsed = parse_rows("FLO", entry, data)
    # An empty optional field reads back as NULL: the format has no empty-string home plan.
    assert [fields for _line, fields in parsed] == rows


def test_a_name_with_every_hard_character_crosses_the_network(network) -> None:
    flo, mar = network("FLO"), network("MAR")
    hard = 'Zoë "la ; Brune" 😀 l\'Œil'
    flo.add_member(hard, "Ébène")
    flo.add_member("=HYPERLINK(\"http://x\")", "-Moins")
    flo.export()
    assert mar.import_().to_json()["rejected"] == 0
    assert mar.one("SELECT first_name, last_name FROM member WHERE origin = 'FLO' AND number = 1") == (hard, "É.")
    # Formula-like text travels inert (a spreadsheet shows it as text) and is read back as it was.
    members_file = next((flo.shared / "FLO").glob("members.*.csv")).read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in members_file and "'-." in members_file
    assert mar.one("SELECT first_name, last_name FROM member WHERE origin = 'FLO' AND number = 2") == (
        "=HYPERLINK(\"http://x\")", "-.")


@pytest.mark.parametrize("control", ["\x00", "\x1b[31m", "\u202e", "\n", "\r", "\x85"])
def test_control_characters_in_a_name_are_refused(control) -> None:
    row = ("0f8fad5b-d9cb-469f-a165-70867728950e", "1", f"Ana{control}is", "B.", "freelancer", "active", "",
           "2026-11-26 09:00:00.000000", "")
    data = ("\ufeff" + ";".join(fmt.MEMBERS.columns) + "\r\n" + ";".join(
        f'"{v}"' if any(c in v for c in "\r\n") else v for v in row) + "\r\n").encode()
    entry = ManifestFile("members", "members.000001.csv", 1, hashlib.sha256(data).hexdigest(), len(data))
    with pytest.raises(ExportRejected, match=r"control character|BOM and CRLF"):
        parse_rows("FLO", entry, data)


def test_unescaped_formula_text_is_refused() -> None:
    row = ("0f8fad5b-d9cb-469f-a165-70867728950e", "1", "=1+1", "B.", "freelancer", "active", "",
           "2026-11-26 09:00:00.000000", "")
    data = ("\ufeff" + ";".join(fmt.MEMBERS.columns) + "\r\n" + ";".join(row) + "\r\n").encode()
    entry = ManifestFile("members", "members.000001.csv", 1, hashlib.sha256(data).hexdigest(), len(data))
    with pytest.raises(ExportRejected, match="formula"):
        parse_rows("FLO", entry, data)


def test_controls_in_a_name_at_home_travel_as_spaces(network) -> None:
    flo, mar = network("FLO"), network("MAR")
    number = flo.add_member("Ana", "Nul")
    # A name stored before every entry refused control characters (docs/validation.md): plain SQL puts it back.
    with flo.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE member SET first_name = ? WHERE number = ?", ("Ana\x1b[2Jis\u202eX", number))
    flo.export()
    assert mar.import_().to_json()["rejected"] == 0
    assert mar.one("SELECT first_name FROM member WHERE origin = 'FLO'") == ("Ana [2Jis X",)
