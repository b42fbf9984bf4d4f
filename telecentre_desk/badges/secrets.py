"""Badge secrets: random tokens of 128 bits; only their SHA-256 is stored and synced.

A copy of the database or of the network's sync files holds hashes, from which no valid badge can
be made; a member who edits the QR code changes the token, whose hash then matches nothing.
A fast hash is enough: the token is random with 128 bits, so there is nothing to brute-force.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from telecentre_desk.badges.payload import TOKEN_BYTES, BadgePayload, token_from_bytes


def new_token() -> str:
    return token_from_bytes(secrets.token_bytes(TOKEN_BYTES))


def token_hash(payload: BadgePayload) -> str:
    """The hash of the secret, bound to the badge's identity so a token cannot move to another badge."""
    material = f"{payload.place_code}:{payload.number}:{payload.serial}:".encode() + payload.token_bytes()
    return hashlib.sha256(material).hexdigest()


def matches(payload: BadgePayload, stored_hash: str) -> bool:
    return hmac.compare_digest(token_hash(payload), stored_hash)
