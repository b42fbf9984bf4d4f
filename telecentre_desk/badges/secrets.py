"""Badge secrets: a 128-bit token per badge, derived from the place's badge key; only its hash is
stored and synced.

token = HMAC-SHA256(badge key, "TD1:FLO:42:3")[:16]. The key lives in a file beside the database
(``<db>.badge-key``), never in it: a copy of the database or of the network's sync files holds
hashes only, from which no badge can be made, while the place can reprint any badge without
changing its code. Verification needs no key, so every place checks every badge. A fast hash is
enough: the token is 128 random-looking bits, there is nothing to brute-force (docs/badges.md).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from pathlib import Path

from telecentre_desk.badges.payload import TOKEN_BYTES, BadgePayload, token_from_bytes
from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.i18n import _
from telecentre_desk.common.private_files import is_private, write_private

KEY_BYTES = 32


def derive_token(key: bytes, place_code: str, number: int, serial: int) -> str:
    digest = hmac.new(key, f"TD1:{place_code}:{number}:{serial}".encode(), hashlib.sha256).digest()
    return token_from_bytes(digest[:TOKEN_BYTES])


def token_hash(payload: BadgePayload) -> str:
    """The stored check value, bound to the badge's identity so a token cannot move to another badge."""
    material = f"{payload.place_code}:{payload.number}:{payload.serial}:".encode() + payload.token_bytes()
    return hashlib.sha256(material).hexdigest()


def matches(payload: BadgePayload, stored_hash: str) -> bool:
    return hmac.compare_digest(token_hash(payload), stored_hash)


def key_fingerprint(key: bytes) -> str:
    """Stored in the database to notice a wrong or replaced key file before printing bad badges."""
    return hashlib.sha256(b"telecentre-desk badge key:" + key).hexdigest()[:16]


def load_key(path: Path, *, create: bool) -> bytes:
    """Read the place's badge key; create it (readable by its owner only) when asked.

    A key others may read is refused with the command that fixes it: whoever reads it can make badges.
    The new key goes through an exclusive, randomly named temporary file (a planted symlink is never
    followed), then replaces the target atomically.
    """
    try:
        if not is_private(path):
            raise DeskError(_("the badge key file {path} may be read by other users of this computer, who could "
                              "make badges: run chmod 600 {path}").format(path=path))
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    except FileNotFoundError:
        if not create:
            raise DeskError(_("the badge key file {path} is missing: badges can be reissued (new codes) "
                              "but not reprinted; restore the file from a backup to reprint").format(
                path=path)) from None
    except (OSError, ValueError) as exc:
        raise DeskError(_("the badge key file {path} cannot be read ({reason})").format(path=path, reason=exc)) from exc
    key = secrets.token_bytes(KEY_BYTES)
    try:
        write_private(path, (key.hex() + "\n").encode("ascii"))
    except OSError as exc:
        raise DeskError(_("cannot write the badge key file {path} ({reason})").format(
            path=path, reason=exc.strerror)) from exc
    return key
