"""What a CLI command gets: the parsed arguments and a lazily opened, migrated database."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field

from sqlalchemy import Engine

from telecentre_desk.backup import service as backups
from telecentre_desk.db.migrate import open_database
from telecentre_desk.paths import AppPaths


@dataclass
class CommandContext:
    args: argparse.Namespace
    paths: AppPaths
    _engine: Engine | None = field(default=None, repr=False)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self.paths.ensure_dirs()
            self._engine = open_database(self.paths.db, before_upgrade=backups.backup_if_chosen)
        return self._engine

    @property
    def as_json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
