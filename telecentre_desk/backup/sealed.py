"""The key files carried in a backup, sealed with the host's recovery passphrase.

Scrypt (memory-hard, from ``cryptography``) turns the passphrase into a 256-bit key; AES-256-GCM encrypts and
authenticates the files: a wrong passphrase or a changed byte fails the tag, never yields wrong keys. We use
``cryptography`` (maintained by the PyCA, audited, the reference for Python) rather than writing any of this.

The derived key (not the passphrase) is kept beside the database in the backup settings, readable by the host
only, so the daily backup can seal the keys without asking: it protects nothing more than the key files lying
beside it in clear, and a backup folder or stick that is lost reveals no key without the passphrase.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.i18n import _

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1  # ~32 MB and ~0.1 s: slow for a guesser, quick for the host
FORMAT = "td-sealed-1"


def derive(passphrase: str, salt: bytes) -> bytes:
    if len(passphrase.strip()) < 8:
        raise DeskError(_("the recovery passphrase must have at least 8 characters"))
    kdf = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return kdf.derive(passphrase.encode("utf-8"))


def new_salt() -> bytes:
    return os.urandom(16)


def seal(files: dict[str, bytes], key: bytes, salt: bytes) -> bytes:
    """One blob: the KDF's parameters in clear (needed to derive again), the files encrypted."""
    nonce = os.urandom(12)
    plain = json.dumps({name: data.hex() for name, data in files.items()}).encode()
    header = {"format": FORMAT, "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
              "salt": salt.hex(), "nonce": nonce.hex()}
    head = json.dumps(header).encode()
    return len(head).to_bytes(4, "big") + head + AESGCM(key).encrypt(nonce, plain, head)


def unseal(blob: bytes, passphrase: str) -> dict[str, bytes]:
    """The files; a wrong passphrase (or a damaged blob) is refused with a plain message."""
    try:
        size = int.from_bytes(blob[:4], "big")
        head = blob[4:4 + size]
        header = json.loads(head)
        if header.get("format") != FORMAT:
            raise ValueError(header.get("format"))
        kdf = Scrypt(salt=bytes.fromhex(header["salt"]), length=32, n=header["n"], r=header["r"], p=header["p"])
        key = kdf.derive(passphrase.encode("utf-8"))
        plain = AESGCM(key).decrypt(bytes.fromhex(header["nonce"]), blob[4 + size:], head)
    except InvalidTag:
        raise DeskError(_("wrong recovery passphrase: the keys stay sealed")) from None
    except (ValueError, KeyError, TypeError) as exc:
        raise DeskError(_("the sealed keys of this backup are damaged ({reason})").format(reason=exc)) from exc
    return {name: bytes.fromhex(data) for name, data in json.loads(plain).items()}


def write_private(path: Path, data: bytes) -> None:
    """Write a secret file readable by its owner only: temp name, then renamed over."""
    temporary = path.with_name(path.name + ".tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temporary, path)
