"""The host's PIN that guards leaving kiosk mode; stored as a salted scrypt hash in the place's settings."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets

from sqlalchemy import Connection, text

from telecentre_desk.common.errors import ValidationError
from telecentre_desk.common.i18n import _

SETTING_KEY = "desk.kiosk_pin"
_N, _R, _P = 2**14, 8, 1  # scrypt cost: ~50 ms, enough against guessing a 4-8 digit PIN offline


def _hash(pin: str, salt: bytes) -> str:
    return hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32).hex()


def set_pin(connection: Connection, place_id: int, pin: str) -> None:
    if not (pin.isdigit() and 4 <= len(pin) <= 8):
        raise ValidationError(_("the PIN is 4 to 8 digits"), field="pin")
    salt = secrets.token_bytes(16)
    value = json.dumps({"salt": salt.hex(), "hash": _hash(pin, salt)})
    connection.execute(text("INSERT INTO place_setting (place_id, key, value) VALUES (:p, :k, :v) "
                            "ON CONFLICT (place_id, key) DO UPDATE SET value = excluded.value"),
                       {"p": place_id, "k": SETTING_KEY, "v": value})


def has_pin(connection: Connection, place_id: int) -> bool:
    return _stored(connection, place_id) is not None


def check_pin(connection: Connection, place_id: int, pin: str) -> bool:
    """Whether ``pin`` is the host's PIN; with no PIN set, kiosk mode cannot be locked (returns True)."""
    stored = _stored(connection, place_id)
    if stored is None:
        return True
    return hmac.compare_digest(_hash(pin, bytes.fromhex(stored["salt"])), stored["hash"])


def _stored(connection: Connection, place_id: int) -> dict | None:
    raw = connection.execute(text("SELECT value FROM place_setting WHERE place_id = :p AND key = :k"),
                             {"p": place_id, "k": SETTING_KEY}).scalar()
    return json.loads(raw) if raw else None
