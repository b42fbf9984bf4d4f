"""The place's signing key pair (Ed25519): exports are signed with it, other places check them with the
public key they accepted (docs/sync-format.md, "Signatures and trust").

The private key lives in a file beside the database (``<db>.signing-key``, readable by its owner only),
never in it and never in the shared folder; it is made with the place or at its first export. The
fingerprint people compare over the phone is 80 bits of the public key's SHA-256 in base32, four
groups of four letters and digits: ``K7QX-4MZD-PA2R-HT6W``.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.i18n import _

KEY_SUFFIX = ".signing-key"
PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64


def key_path(db: Path) -> Path:
    """The same rule as ``paths.AppPaths.signing_key``: beside the database."""
    return db.with_name(db.name + KEY_SUFFIX)


def fingerprint(public_key: bytes) -> str:
    digest = hashlib.sha256(b"telecentre-desk signing key:" + public_key).digest()
    text = base64.b32encode(digest[:10]).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, 16, 4))


def normal_fingerprint(text: str) -> str:
    """What a host typed (spaces, lower case, no dashes) in the printed form; ValueError if it cannot be one."""
    letters = "".join(ch for ch in text.upper() if ch.isalnum())
    if len(letters) != 16 or any(ch not in "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" for ch in letters):
        raise ValueError(_("“{text}” is not a key fingerprint (16 letters and digits, as XXXX-XXXX-XXXX-XXXX)").format(
            text=text))
    return "-".join(letters[i:i + 4] for i in range(0, 16, 4))


@dataclass(frozen=True, slots=True)
class SigningKey:
    private: Ed25519PrivateKey

    @property
    def public_bytes(self) -> bytes:
        return self.private.public_key().public_bytes_raw()

    @property
    def public_text(self) -> str:
        return base64.b64encode(self.public_bytes).decode("ascii")

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_bytes)

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)


def verify(public_key: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def load_or_create(path: Path) -> SigningKey:
    """Read the place's signing key; make one (mode 0600, written whole or not at all) when there is none."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return _create(path)
    except OSError as exc:
        raise DeskError(_("the signing key file {path} cannot be read ({reason})").format(
            path=path, reason=exc.strerror or exc)) from exc
    try:
        with os.fdopen(fd, "rb") as fh:
            raw = bytes.fromhex(fh.read(200).decode("ascii").strip())
        return SigningKey(Ed25519PrivateKey.from_private_bytes(raw))
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise DeskError(_("the signing key file {path} is damaged ({reason}): restore it from a backup").format(
            path=path, reason=exc)) from exc


def _create(path: Path) -> SigningKey:
    key = Ed25519PrivateKey.generate()
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(key.private_bytes_raw().hex() + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.link(temporary, path)  # never replaces a key another process made meanwhile
    except FileExistsError:
        temporary.unlink(missing_ok=True)
        return load_or_create(path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise DeskError(_("cannot write the signing key file {path} ({reason})").format(
            path=path, reason=exc.strerror or exc)) from exc
    temporary.unlink(missing_ok=True)
    return SigningKey(key)
