"""What a CLI command gets: the parsed arguments and a lazily opened, migrated database."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from telecentre_desk.backup import service as backups
from telecentre_desk.db.migrate import open_database
from telecentre_desk.paths import AppPaths

if TYPE_CHECKING:
    from telecentre_desk.places.context import PlaceContext


@dataclass
class CommandContext:
    args: argparse.Namespace
    paths: AppPaths
    _engine: Engine | None = field(default=None, repr=False)
    _place: PlaceContext | None = field(default=None, repr=False)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self.paths.ensure_dirs()
            self._engine = open_database(self.paths.db, before_upgrade=backups.backup_if_chosen)
        return self._engine

    @property
    def place(self) -> PlaceContext:
        """The place context (code, time zone, today() at the place...), read once: the window's Store holds the
        same one, so the CLI prints times in the place's zone and takes its day, never the computer's or UTC's.

        Raises NotFoundError before `place init`.
        """
        if self._place is None:
            from telecentre_desk import transactions
            from telecentre_desk.places.context import require_place_context

            self._place = transactions.read_rows(self.engine, require_place_context)
        return self._place

    @property
    def as_json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
