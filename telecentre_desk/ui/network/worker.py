"""The sync on its own thread: the window keeps answering scans while files are read and written.

The thread gets the engine, never a widget: ``sync.service.run`` checks out its own pooled connection
(the engine's connections may move between threads, see db/engine.py). What it reports comes back as
queued signals, so slots run on the UI thread.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal

from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.redact import error_for_log

if TYPE_CHECKING:
    from sqlalchemy import Engine

logger = logging.getLogger(__name__)

# service.run's shape: (engine, folder, *, progress, cancelled) -> RunReport
RunSync = Callable[..., Any]

IMPORT_PHASE = "import"
EXPORT_PHASE = "export"


class SyncWorker(QThread):
    """One sync; start() it, listen to ``progressed`` then ``succeeded`` or ``failed``."""

    progressed = Signal(str, int, int, str)  # phase, done, total, what (a place code or a file kind)
    succeeded = Signal(object)  # the RunReport
    failed = Signal(str)  # an expected error's message: nothing of the sync step that failed was applied
    crashed = Signal(object)  # a bug: the exception, for the excepthook on the UI thread (no dialog from here)

    def __init__(self, engine: Engine, folder: Path, *, run_sync: RunSync | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("network-sync")
        self._engine = engine
        self._folder = folder
        self._run_sync = run_sync
        self._cancel = threading.Event()
        self._phase = IMPORT_PHASE

    def cancel(self) -> None:
        """Ask to stop after the place being read (an export being applied is applied whole)."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int, what: str) -> None:
        self.progressed.emit(self._phase, done, total, what)
        # run() imports then exports with the same callback; the import's last call is (n, n, ""),
        # every other call of it has done < total: what follows is the export.
        if self._phase == IMPORT_PHASE and done >= total:
            self._phase = EXPORT_PHASE

    def run(self) -> None:
        run_sync = self._run_sync
        if run_sync is None:
            from telecentre_desk.sync.service import run as run_sync  # SQLAlchemy: on this thread, not at start
        try:
            from telecentre_desk.backup import busy

            with busy.hold_engine(self._engine, "sync"):  # a restore waits for it
                report = run_sync(self._engine, self._folder, progress=self._progress,
                                  cancelled=self._cancel.is_set)
        except DeskError as exc:
            logger.info("sync refused: %s", error_for_log(exc))
            self.failed.emit(exc.message)
            return
        except (OSError, sqlite3.Error) as exc:  # the folder vanished between two files, a locked database
            logger.warning("sync failed: %s", exc)
            self.failed.emit(str(exc))
            return
        except Exception as exc:
            self.crashed.emit(exc)
            return
        self.succeeded.emit(report)
