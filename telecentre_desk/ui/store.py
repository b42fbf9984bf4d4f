"""The one way the UI reads and changes data (Anki's CollectionOp, kept synchronous and small).

``run`` is one unit of work per user action: it commits, reports an expected failure in one place
and, after a successful write, has the runner announce what it touched: ``changed`` carries an
``OpChanges`` (ui/operations/), and a screen reloads only when the flags it reads are set (a
``ChangeWatch``, ui/operations/watch.py, also defers a hidden screen's reload to its next show). Long work
goes to ``runner`` (ui/operations/runner.py), the one background runner, which announces the same way.
``changed`` is the one change signal.

``read`` serves the plain-SQL read models (members/listing.py, plans/info.py...) from a read-only
DB-API connection. At start the window paints its first screen through ``read`` alone, before
SQLAlchemy is imported (~0.4 s here); ``warm_up`` then loads the ORM stack on a background thread
and the engine opens on the first write. See docs/architecture.md, "Fast start".
"""

from __future__ import annotations

import importlib
import logging
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from telecentre_desk import transactions
from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.redact import error_for_log
from telecentre_desk.ui import dialogs

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session

    from telecentre_desk.places.context import PlaceContext
    from telecentre_desk.ui.operations.changes import OpChanges
    from telecentre_desk.ui.operations.runner import Runner

logger = logging.getLogger(__name__)

T = TypeVar("T")
# Given the error, returns True when it showed it itself (e.g. next to a form field).
FailureHandler = Callable[[DeskError], bool]

# Recorded in the audit log for changes made at the desk (the CLI records "cli").
ACTOR = "desk"


@dataclass(frozen=True, slots=True)
class OpResult(Generic[T]):
    """What a write returned, or the expected error that stopped it (nothing was written then)."""

    value: T | None = None
    error: DeskError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


# Loaded by warm_up() while the first screen is already on show.
_ORM_MODULES = (*transactions.ORM_MODULES, "telecentre_desk.members.service", "telecentre_desk.plans.service",
                "telecentre_desk.places.service")


class Store(QObject):
    """Holds the database; every widget reads and writes through it.

    Give it an open ``engine``, or a ``db_path`` (and optionally a ``read_connection`` from
    ``transactions.quick_read_connection``) to open the engine on first need.
    """

    changed = Signal(object)  # OpChanges: emitted by the runner alone (Runner.announce)

    def __init__(self, engine: Engine | None = None, *, db_path: Path | None = None,
                 read_connection: sqlite3.Connection | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if engine is None and db_path is None:
            raise ValueError("a Store needs an engine or a database path")
        self._engine = engine
        self._db_path = db_path
        self._read_connection = read_connection
        self._warm_up: threading.Thread | None = None
        self._place: PlaceContext | None = None
        self._runner: Runner | None = None
        self.changed.connect(self._on_changed)

    @property
    def runner(self) -> Runner:
        """The window's one background runner (created on first use)."""
        if self._runner is None:
            from telecentre_desk.ui.operations.runner import Runner

            self._runner = Runner(self)
        return self._runner

    def _on_changed(self, changes: OpChanges) -> None:
        if changes.place:
            self._place = None  # the host may have changed the place's zone or hours

    @property
    def place(self) -> PlaceContext:
        """The place context (id, code, zone, today(), hours, closures), read once per change.

        Every screen takes "today" and the time zone from here; before the place is set up it holds the
        default zone of `place init`, the one place where that default is written.
        """
        if self._place is None:
            from telecentre_desk.places.context import read_place_context

            self._place = self.read(read_place_context)
        if self._place is None:  # the read failed (and said so): a context without a place for now
            from telecentre_desk.places.context import empty_context

            return empty_context()
        return self._place

    @property
    def engine(self) -> Engine:
        """The migrated engine, opened now if it was not yet (raises DeskError like open_database)."""
        if self._engine is None:
            from telecentre_desk.backup import service as backups

            self._engine = transactions.open_engine(self._db_path, before_upgrade=backups.backup_if_chosen)
        return self._engine

    def warm_up(self) -> None:
        """Import the ORM stack on a background thread, so the first write does not wait for it."""
        if self._engine is None and self._warm_up is None:
            self._warm_up = threading.Thread(target=_import_orm, name="orm-warm-up", daemon=True)
            self._warm_up.start()

    def read(self, fn: Callable[[sqlite3.Connection], T], *, parent_widget: QWidget | None = None) -> T | None:
        """Run a plain-SQL read model; on a DeskError or a SQLite error show it and return None."""
        try:
            if self._read_connection is not None:
                return fn(self._read_connection)
            return transactions.read_rows(self.engine, fn)  # deferred: never waits for a writer
        except (DeskError, sqlite3.Error) as exc:
            message = exc.message if isinstance(exc, DeskError) else str(exc)
            logger.warning("read failed: %s", error_for_log(exc))
            dialogs.show_error(parent_widget, self.tr("Cannot read the data"), _sentence(message))
            return None

    def close(self) -> None:
        if self._runner is not None:
            self._runner.shutdown()  # a job running: stopped at its next step, waited for
        if self._read_connection is not None:
            self._read_connection.close()
            self._read_connection = None
        if self._engine is not None:
            self._engine.dispose()

    def run(self, fn: Callable[[Session], T], *, parent_widget: QWidget | None,
            on_failure: FailureHandler | None = None, changes: OpChanges | None = None) -> OpResult[T]:
        """Run ``fn`` as one committed unit of work; report a DeskError; announce ``changes`` (by default
        everything: a caller that does not say what it touched has every screen reload)."""
        try:
            value = transactions.write(self.engine, fn)
        except DeskError as exc:
            logger.info("change refused: %s", error_for_log(exc))
            if on_failure is None or not on_failure(exc):
                dialogs.show_error(parent_widget, self.tr("Not saved"), _sentence(exc.message))
            # Without its traceback: the frames would keep the caller (a dialog, its screen) in a reference
            # cycle with the result, and the garbage collector could free a window in the middle of a paint.
            return OpResult(error=exc.with_traceback(None))
        if changes is None:
            from telecentre_desk.ui.operations.changes import OpChanges

            changes = OpChanges.everything()
        self.runner.announce(changes)
        return OpResult(value=value)

    def query(self, fn: Callable[[Session], T], *, parent_widget: QWidget | None = None) -> T | None:
        """Read with ``fn``; on a DeskError show it and return None (no signal either way).

        A deferred transaction: in WAL mode it reads the last committed state while another connection
        (a sync import, a month run) holds the write lock, instead of queueing behind it like a write.
        """
        try:
            return transactions.read(self.engine, fn)
        except DeskError as exc:
            logger.warning("read failed: %s", error_for_log(exc))
            dialogs.show_error(parent_widget, self.tr("Cannot read the data"), _sentence(exc.message))
            return None


def _sentence(text: str) -> str:
    from telecentre_desk.ui.form_errors import sentence  # the window's messages start with a capital

    return sentence(text)


def _import_orm() -> None:
    for name in _ORM_MODULES:
        importlib.import_module(name)
