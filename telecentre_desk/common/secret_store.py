"""Secrets (the SMTP password) outside the database: in the system's credential store through
``keyring`` (Windows Credential Manager, macOS Keychain, the Secret Service on Linux), or, where no
working backend exists (a headless desk PC, a service account), in a 0600 file beside the database.

A secret is named per database (``<name>@<absolute database path>``), so two databases on one
computer (a demo and the real one) never share a password. The fallback file is refused when others
may read it, with the command that fixes it, like the badge key.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from pathlib import Path

from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.i18n import _
from telecentre_desk.common.private_files import is_private, write_private

logger = logging.getLogger(__name__)

SERVICE = "telecentre-desk"


def smtp_password_name(place_id: int) -> str:
    return f"smtp-password-{place_id}"


def secrets_file(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".secrets")


def _keyring():
    """The keyring module when a real backend works here, else None (fail/null/chainer without backends)."""
    if os.environ.get("TELECENTRE_DESK_NO_KEYRING"):
        return None
    try:
        import keyring
        from keyring.backends import chainer, fail
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or type(backend).__module__.endswith(".null"):
        return None
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return None
    try:
        if backend.priority <= 0:  # type: ignore[operator]
            return None
    except Exception:  # some backends compute their priority by probing: not usable then
        return None
    return keyring


def where(db_path: Path) -> str:
    """Where the secrets of this database are kept, for the docs and ``mail settings``."""
    module = _keyring()
    return f"keyring ({type(module.get_keyring()).__name__})" if module else str(secrets_file(db_path))


def _read_file(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    if not is_private(path):
        raise DeskError(_("{path} may be read by other users of this computer: run chmod 600 {path}").format(
            path=path))
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DeskError(_("cannot read {path} ({reason})").format(path=path, reason=exc)) from exc


def get_secret(db_path: Path, name: str) -> str:
    """The secret, or "" when none is stored."""
    db_path = Path(db_path).absolute()
    module = _keyring()
    if module is not None:
        try:
            value = module.get_password(SERVICE, f"{name}@{db_path}")
            if value is not None:
                return value
        except Exception as exc:  # a locked or broken store: say so, fall back to the file
            logger.warning("the credential store did not answer (%s)", type(exc).__name__)
    return _read_file(secrets_file(db_path)).get(name, "")


def set_secret(db_path: Path, name: str, value: str) -> str:
    """Store (or with "" remove) the secret; returns where it went."""
    db_path = Path(db_path).absolute()
    module = _keyring()
    path = secrets_file(db_path)
    if module is not None:
        try:
            if value:
                module.set_password(SERVICE, f"{name}@{db_path}", value)
            else:
                with contextlib.suppress(Exception):  # nothing stored: nothing to delete
                    module.delete_password(SERVICE, f"{name}@{db_path}")
            _drop_from_file(path, name)
            return "keyring"
        except Exception as exc:
            logger.warning("the credential store refused the secret (%s); using %s", type(exc).__name__, path)
    data = _read_file(path)
    if value:
        data[name] = value
    else:
        data.pop(name, None)
    write_private(path, json.dumps(data).encode("utf-8"))
    return str(path)


def _drop_from_file(path: Path, name: str) -> None:
    data = _read_file(path)
    if name in data:
        data.pop(name)
        write_private(path, json.dumps(data).encode("utf-8"))
