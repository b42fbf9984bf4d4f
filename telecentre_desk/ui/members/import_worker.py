"""Writes a checked member import on a worker thread with its own unit of work, reporting progress.

A file of a few thousand members takes seconds to write (each member is validated, numbered and
audited); the dialog keeps painting its progress bar meanwhile and never touches the database itself.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.redact import error_for_log
from telecentre_desk.common.spreadsheet import Sheet

if TYPE_CHECKING:
    from sqlalchemy import Engine

logger = logging.getLogger(__name__)
_PROGRESS_STEPS = 100  # at most this many progress signals, whatever the file's size


class ImportWorker(QObject):
    progressed = Signal(int, int)  # rows written, rows to write
    finished = Signal(object)  # the ImportPlan, written
    failed = Signal(str)  # an expected error's message: nothing was written

    def __init__(self, engine: Engine, sheet: Sheet, mapping: Sequence[str | None], *, actor: str,
                 source: str | None) -> None:
        super().__init__()
        self._engine = engine
        self._sheet = sheet
        self._mapping = list(mapping)
        self._actor = actor
        self._source = source

    @Slot()
    def run(self) -> None:
        from telecentre_desk.db.uow import unit_of_work
        from telecentre_desk.members.spreadsheet_import import import_members

        def progress(done: int, total: int) -> None:
            if done == total or done % max(1, total // _PROGRESS_STEPS) == 0:
                self.progressed.emit(done, total)

        try:
            with unit_of_work(self._engine) as session:
                plan = import_members(session, self._sheet, self._mapping, actor=self._actor, source=self._source,
                                      progress=progress)
        except DeskError as exc:
            logger.info("member import refused: %s", error_for_log(exc))
            self.failed.emit(exc.message)
            return
        self.finished.emit(plan)


def start_import(worker: ImportWorker, parent: QObject) -> QThread:
    """Run ``worker`` on a new thread that ends when the worker is done; the caller keeps the worker
    referenced until then, and waits for the thread before dropping both."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    # Direct: quit() is thread-safe, and queued to the UI thread it would wait behind the dialog's wait().
    worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    worker.failed.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.start()
    return thread
