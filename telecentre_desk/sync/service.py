"""What the CLI and the Network screen call: export, import, both, on the app's engine."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.i18n import _
from telecentre_desk.sync import keys, store
from telecentre_desk.sync.exporter import ExportReport, Progress, export_place
from telecentre_desk.sync.importer import ImportReport, import_folder


@contextlib.contextmanager
def raw_connection(engine: Engine) -> Iterator[sqlite3.Connection]:
    """A pooled connection with the engine's pragmas (WAL, synchronous FULL, foreign keys, busy timeout),
    in autocommit mode: the sync opens its own BEGIN IMMEDIATE transactions."""
    wrapper = engine.raw_connection()
    try:
        yield wrapper.driver_connection
    finally:
        wrapper.close()


def accept_key(engine: Engine, code: str, fingerprint: str) -> store.TrustRow | None:
    """Trust ``fingerprint`` for place ``code``'s exports (one transaction); its row after, for the caller to show.

    Refuses this place's own code: its key needs no trust, and trusting another would let a copy speak for it.
    """
    with raw_connection(engine) as conn:
        if code == store.local_place(conn)[1]:
            raise DeskError(_("{code} is this place: its own key needs no trust").format(code=code))
        store.trust(conn, code, fingerprint)
        return next((r for r in store.trust_rows(conn) if r.code == code), None)


@dataclass(frozen=True, slots=True)
class RunReport:
    exported: ExportReport
    imported: ImportReport

    def to_json(self) -> dict:
        return {"export": self.exported.to_json(), "import": self.imported.to_json()}


def signing_key(engine: Engine) -> keys.SigningKey:
    """The place's signing key, beside its database (made at first use: places set up before signed exports
    get theirs at their first sync)."""
    return keys.load_or_create(keys.key_path(Path(engine.url.database)))


def export(engine: Engine, shared: Path, *, progress: Progress | None = None) -> ExportReport:
    key = signing_key(engine)
    with raw_connection(engine) as conn:
        return export_place(conn, shared, key, progress=progress)


def import_(engine: Engine, shared: Path, *, progress: Progress | None = None,
            cancelled: Callable[[], bool] | None = None) -> ImportReport:
    with raw_connection(engine) as conn:
        return import_folder(conn, shared, progress=progress, cancelled=cancelled)


def run(engine: Engine, shared: Path, *, progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None) -> RunReport:
    """Import first (what the others know may change what we export, e.g. a member's visits), then export.
    A refused folder never stops the export: the import reports it and carries on with the others."""
    imported = import_(engine, shared, progress=progress, cancelled=cancelled)
    exported = export(engine, shared, progress=progress)
    return RunReport(exported, imported)
