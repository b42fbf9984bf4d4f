"""The badge's QR payload: format, parse, and recovery of codes garbled by an AZERTY keyboard.

``TD1:FLO:42:3:MFRGGZDFMZTWQ2LKNNWG23TPOA`` reads: format version 1, home place FLO, member
number 42, badge serial 3, then a 128-bit random secret in base32. Only QR alphanumeric characters
(capitals, digits, ``:``) are used, so the code fits a version 3 QR at error correction M and
survives scanners set to another keyboard layout (docs/badges.md).

A USB scanner is a keyboard. Set to the US layout on a French AZERTY PC, it types ``&é"'(-è_çà``
for ``1234567890``, swaps A/Q and Z/W, and types ``M`` for ``:`` and ``?`` for ``M``. Every
character of our alphabet maps to a distinct garbled character, so the garbling can be undone
(``recover_azerty``); a text is tried as it is first, then recovered.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass

PREFIX = "TD1"
TOKEN_BYTES = 16
TOKEN_CHARS = 26  # base32 of 16 bytes, padding dropped
MAX_SCAN_LENGTH = 200  # anything longer is not one of our badges, whatever it holds

_PAYLOAD_RE = re.compile(r"^TD1:([A-Z][A-Z0-9]{1,7}):([1-9][0-9]{0,5}):([1-9][0-9]{0,4}):([A-Z2-7]{26})$")

# What a US-layout scanner types on an AZERTY PC, for each character a payload can hold.
_US_TO_AZERTY = {
    "1": "&", "2": "é", "3": '"', "4": "'", "5": "(", "6": "-", "7": "è", "8": "_", "9": "ç", "0": "à",
    "A": "Q", "Q": "A", "Z": "W", "W": "Z", "M": "?", ":": "M",
    # Scanners set to send lower case: the same keys without shift.
    "a": "q", "q": "a", "z": "w", "w": "z", "m": ",",
}
_GARBLE = str.maketrans(_US_TO_AZERTY)
_RECOVER = str.maketrans({garbled: typed for typed, garbled in _US_TO_AZERTY.items()})


class MalformedBadge(ValueError):  # noqa: N818 - reads as the reason at the call site
    """The scanned text is not a badge of this network (truncated, random, another system's code)."""


@dataclass(frozen=True, slots=True)
class BadgePayload:
    place_code: str
    number: int
    serial: int
    token: str  # base32, 26 characters

    def text(self) -> str:
        return f"{PREFIX}:{self.place_code}:{self.number}:{self.serial}:{self.token}"

    def token_bytes(self) -> bytes:
        return base64.b32decode(self.token + "======")


def token_from_bytes(raw: bytes) -> str:
    if len(raw) != TOKEN_BYTES:
        raise ValueError(f"a badge secret is {TOKEN_BYTES} bytes")
    return base64.b32encode(raw).decode("ascii").rstrip("=")


def garble_azerty(text: str) -> str:
    """What the scanner types on an AZERTY PC (used by tests and the docs)."""
    return text.translate(_GARBLE)


def recover_azerty(text: str) -> str:
    """Undo the US-on-AZERTY garbling."""
    return text.translate(_RECOVER)


def _match(text: str) -> BadgePayload | None:
    match = _PAYLOAD_RE.match(text)
    if match is None:
        return None
    token = match.group(4)
    if token_from_bytes(base64.b32decode(token + "======")) != token:
        return None  # the last character carries padding bits that must be zero
    return BadgePayload(match.group(1), int(match.group(2)), int(match.group(3)), token)


def parse(text: str) -> BadgePayload:
    """The payload in ``text`` as scanned, typed or garbled.

    Leading and trailing whitespace (the scanner's Enter or Tab) is ignored, lower case is accepted
    (some scanners send it), and a code garbled by an AZERTY layout is recovered.

    Raises:
        MalformedBadge: with a short reason, when the text is not a badge of this network.
    """
    if len(text) > MAX_SCAN_LENGTH:
        raise MalformedBadge("too long to be a badge")
    stripped = text.strip()
    if not stripped:
        raise MalformedBadge("empty scan")
    direct = _match(stripped.upper())
    if direct is not None:
        return direct
    recovered = _match(recover_azerty(stripped).upper())
    if recovered is not None:
        return recovered
    recovered = _match(recover_azerty(stripped.upper()))
    if recovered is not None:
        return recovered
    if stripped.upper().startswith((PREFIX, recover_azerty(PREFIX))) or recover_azerty(
            stripped).upper().startswith(PREFIX):
        raise MalformedBadge("truncated or damaged badge code")
    raise MalformedBadge("not a badge of the network")
