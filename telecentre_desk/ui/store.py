"""The one way the UI reads and changes data (Anki's CollectionOp, kept synchronous and small).

``run`` is one unit of work per user action: it commits, reports an expected failure in one place
and emits ``data_changed`` once after a successful write; views refresh from that signal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy import Engine
from sqlmodel import Session

from telecentre_desk.common.errors import DeskError
from telecentre_desk.db.uow import unit_of_work
from telecentre_desk.ui import dialogs

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


class Store(QObject):
    """Holds the engine; every widget reads and writes through it."""

    data_changed = Signal()

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine

    def run(self, fn: Callable[[Session], T], *, parent_widget: QWidget | None,
            on_failure: FailureHandler | None = None) -> OpResult[T]:
        """Run ``fn`` as one committed unit of work; report a DeskError; signal the change."""
        try:
            with unit_of_work(self._engine) as session:
                value = fn(session)
        except DeskError as exc:
            logger.info("change refused: %s", exc.message)
            if on_failure is None or not on_failure(exc):
                dialogs.show_error(parent_widget, self.tr("Not saved"), exc.message)
            return OpResult(error=exc)
        self.data_changed.emit()
        return OpResult(value=value)

    def query(self, fn: Callable[[Session], T], *, parent_widget: QWidget | None = None) -> T | None:
        """Read with ``fn``; on a DeskError show it and return None (no signal either way)."""
        try:
            with unit_of_work(self._engine) as session:
                return fn(session)
        except DeskError as exc:
            logger.warning("read failed: %s", exc.message)
            dialogs.show_error(parent_widget, self.tr("Cannot read the data"), exc.message)
            return None
