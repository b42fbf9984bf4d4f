"""Badge payloads: round trips, AZERTY garbling recovered, anything else refused."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telecentre_desk.badges import payload as bp
from telecentre_desk.badges.secrets import derive_token

KEY = bytes(range(32))

payloads = st.builds(
    lambda code, number, serial, raw: bp.BadgePayload(code, number, serial, bp.token_from_bytes(raw)),
    st.from_regex(r"[A-Z][A-Z0-9]{1,7}", fullmatch=True),
    st.integers(1, 999_999), st.integers(1, 99_999), st.binary(min_size=16, max_size=16))


@given(payloads)
def test_round_trip(payload: bp.BadgePayload) -> None:
    assert bp.parse(payload.text()) == payload


@given(payloads)
def test_round_trip_through_a_us_scanner_on_an_azerty_pc(payload: bp.BadgePayload) -> None:
    garbled = bp.garble_azerty(payload.text())
    assert bp.parse(garbled) == payload
    assert bp.parse(garbled + "\r\n") == payload  # the scanner's Enter suffix
    assert bp.parse("\t" + payload.text().lower()) == payload  # a scanner set to lower case


def test_the_garbling_the_brief_describes() -> None:
    assert bp.garble_azerty("1234567890") == "&é\"'(-è_çà"
    assert bp.garble_azerty("AQZWM:") == "QAWZ?M"


@given(payloads, st.data())
def test_any_single_character_change_is_refused_or_names_another_badge(payload: bp.BadgePayload, data) -> None:
    text = payload.text()
    index = data.draw(st.integers(0, len(text) - 1))
    replacement = data.draw(st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567890:").filter(lambda c: c != text[index]))
    altered = text[:index] + replacement + text[index + 1:]
    try:
        parsed = bp.parse(altered)
    except bp.MalformedBadge:
        return
    # It still parses: then it is a different badge, whose hash cannot match (see test_verify).
    assert parsed != payload


@pytest.mark.parametrize("text", [
    "", "   ", "hello", "TD1:FLO:42:3", "TD1:FLO:42:3:ABC", "https://solozere.example/badge/42",
    "3760123456789", "TD2:FLO:42:3:" + "A" * 26, "TD1:FLO:0:3:" + "A" * 26, "TD1:FLO:42:3:" + "A" * 27,
    "TD1:F:42:3:" + "A" * 26, "TD1:FLO:42:3:" + "1" * 26, "x" * 5000,
])
def test_other_texts_are_malformed(text: str) -> None:
    with pytest.raises(bp.MalformedBadge):
        bp.parse(text)


def test_payload_fits_qr_version_3_alphanumeric() -> None:
    from telecentre_desk.badges.render import qr_matrix

    text = bp.BadgePayload("SOLOZERE", 999_999, 99_999, derive_token(KEY, "SOLOZERE", 999_999, 99_999)).text()
    assert set(text) <= set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
    assert len(qr_matrix(text)) - 8 <= 41  # version 6 is 41 modules; the longest payload is smaller


def test_tokens_are_derived_per_badge() -> None:
    tokens = {derive_token(KEY, "FLO", n, s) for n in range(1, 30) for s in range(1, 4)}
    assert len(tokens) == 29 * 3
    assert derive_token(KEY, "FLO", 1, 1) != derive_token(bytes(32), "FLO", 1, 1)
