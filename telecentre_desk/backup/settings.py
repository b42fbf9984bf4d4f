"""Where the backups go and the sealing key, in ``<db>.backup.json`` beside the database (owner-only).

Beside the database rather than in it: a restore replaces the database but not the host's backup choice, and
the file holds the key derived from the recovery passphrase (never the passphrase itself).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.i18n import _


@dataclass(frozen=True, slots=True)
class BackupSettings:
    folder: str = ""  # the host's choice: a USB stick, a network drive
    seal_key: str = ""  # hex, derived from the recovery passphrase; empty: keys not carried yet
    salt: str = ""
    last_ok: str = ""  # ISO time (UTC) of the last backup written and checked
    last_file: str = ""
    last_error: str = ""

    @property
    def seals_keys(self) -> bool:
        return bool(self.seal_key and self.salt)


def settings_path(db: Path) -> Path:
    return db.with_name(db.name + ".backup.json")


def load(db: Path) -> BackupSettings:
    try:
        data = json.loads(settings_path(db).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return BackupSettings()
    except (OSError, ValueError) as exc:
        raise DeskError(_("the backup settings {path} cannot be read ({reason})").format(
            path=settings_path(db), reason=exc)) from exc
    known = set(BackupSettings.__dataclass_fields__)
    return BackupSettings(**{k: str(v) for k, v in data.items() if k in known})


def save(db: Path, settings: BackupSettings) -> None:
    from telecentre_desk.backup import sealed  # cryptography loads with it: not at the window's start

    sealed.write_private(settings_path(db), json.dumps(asdict(settings), indent=2).encode())


def with_passphrase(current: BackupSettings, passphrase: str) -> BackupSettings:
    from telecentre_desk.backup import sealed

    salt = sealed.new_salt()
    key = sealed.derive(passphrase, salt)
    return BackupSettings(**{**asdict(current), "seal_key": key.hex(), "salt": salt.hex()})
