"""Where the app keeps its files: one module, with overrides for tests, demos and the host.

Precedence for the database: ``--db PATH``, then ``TELECENTRE_DESK_DB``, then
``<data dir>/telecentre-desk.sqlite`` where the data dir is ``--data-dir`` or platformdirs'.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from telecentre_desk.common.errors import DatabaseError
from telecentre_desk.common.i18n import _
from telecentre_desk.common.private_files import private_dir

APP_NAME = "telecentre-desk"
APP_AUTHOR = "SoLozere"
DB_ENV = "TELECENTRE_DESK_DB"
DB_FILENAME = "telecentre-desk.sqlite"


@dataclass(frozen=True, slots=True)
class AppPaths:
    data_dir: Path
    db: Path
    log_dir: Path
    db_overridden: bool  # the user named the database: never replace it with a demo

    @property
    def badge_key(self) -> Path:
        """The place's badge key: beside the database, never inside it (docs/badges.md)."""
        return self.db.with_name(self.db.name + ".badge-key")

    @property
    def signing_key(self) -> Path:
        """The place's sync signing key (Ed25519): beside the database, never synced (docs/sync-format.md).
        The same rule as ``sync.keys.key_path``."""
        return self.db.with_name(self.db.name + ".signing-key")

    @property
    def secret_files(self) -> dict[str, Path]:
        """The key files beside the database that a backup must carry (sealed with the recovery passphrase).

        One list for every secret: the name is how the backup stores it, the path where ``key recover`` puts
        it back.
        """
        return {"badge-key": self.badge_key, "signing-key": self.signing_key}

    def ensure_dirs(self) -> None:
        """Create the default folders 0700 (members' data and logs); a folder the user named must already exist.

        On Windows the modes mean nothing: the folders are under the user's profile (platformdirs), which
        other users cannot read.
        """
        try:
            private_dir(self.log_dir)
            if not self.db_overridden:
                private_dir(self.db.parent)
        except OSError as exc:
            raise DatabaseError(_("cannot create the folder {path}: {reason}").format(
                path=exc.filename, reason=exc.strerror)) from exc


def resolve(*, db: str | os.PathLike | None = None, data_dir: str | os.PathLike | None = None,
            environ: dict[str, str] | None = None) -> AppPaths:
    """The paths for this run, from the command line, the environment, then the platform."""
    environ = os.environ if environ is None else environ
    for option, value in (("--db", db), ("--data-dir", data_dir)):
        # An empty value given on purpose must not fall back to the user's real data folder.
        if value is not None and not str(value).strip():
            raise DatabaseError(_("{option}: a path is required").format(option=option))
    base = Path(data_dir).expanduser() if data_dir else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    chosen = db or environ.get(DB_ENV) or None
    db_path = Path(chosen).expanduser() if chosen else base / DB_FILENAME
    log_dir = base / "logs" if data_dir else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    return AppPaths(data_dir=base, db=db_path.absolute(), log_dir=log_dir, db_overridden=bool(chosen))
