"""Any text survives an export and an import unchanged: quotes, `;`, newlines, accents, emoji."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from telecentre_desk.common import plausibility
from telecentre_desk.sync import format as fmt
from telecentre_desk.sync.errors import ExportRejected
from telecentre_desk.sync.manifest import ManifestFile
from telecentre_desk.sync.rows import encode_rows, parse_rows

# Every character a text may hold (docs/validation.md): not the surrogates (not encodable), nor the control
# characters and bidi overrides every entry refuses; line breaks and tabs stay (the format must carry them).
TEXT = st.text(st.characters(exclude_categories=("Cs",)).filter(
    lambda c: plausibility.bad_character(c, multiline=True) is None), max_size=100)
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
    # A name is one line at every entry (docs/validation.md); line breaks in texts are the format test's.
    hard = 'Zoë "la ; Brune" 😀 l\'Œil '
    flo.add_member(hard, "Ébène")
    flo.export()
    assert mar.import_().to_json()["rejected"] == 0
    stored = flo.one("SELECT first_name FROM member")[0]  # as Florac keeps it (names are trimmed)
    assert '"' in stored and ";" in stored and "😀" in stored
    assert mar.one("SELECT first_name, last_name FROM member WHERE origin = 'FLO'") == (stored, "É.")


@pytest.mark.parametrize("name", ["Zoé\u202eevil", "Zoé\x1b[2J", "Zo\x00é"])
def test_a_peer_name_with_a_control_character_is_refused(name: str) -> None:
    rows = [("e3e70682-c209-4cac-a29f-6fbed82c07cd", 1, name, "D", "freelancer", "active", None,
             "2026-11-26 09:00:00.000000", None)]
    data = encode_rows(fmt.MEMBERS, rows)
    entry = ManifestFile("members", "members.000001.csv", 1, hashlib.sha256(data).hexdigest(), len(data))
    with pytest.raises(ExportRejected, match="control character"):
        parse_rows("FLO", entry, data)
