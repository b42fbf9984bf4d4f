"""Long work on its own thread: a job (a function of a progress callback) that opens its own unit of
work on the Store's engine — never a widget. What it reports comes back as queued signals, so the slots
run on the UI thread. Cancel is a flag the job reads between two items (the callback returns False);
the job itself decides what a stop leaves. Used by the Invoices screen and the e-mail actions.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from telecentre_desk.common.errors import DeskError
from telecentre_desk.common.redact import error_for_log

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?
Job = Callable[[Progress], Any]


class JobWorker(QThread):
    """One job; start() it, then listen to ``progressed`` and one of ``succeeded``, ``failed``, ``crashed``."""

    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)  # what the job returned
    failed = Signal(object)  # the DeskError (or a database error's message as a DeskError)
    crashed = Signal(object)  # a bug: the exception, for the excepthook on the UI thread

    def __init__(self, job: Job, *, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._job = job
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._job(self._progress)
        except DeskError as exc:
            logger.info("%s stopped: %s", self.objectName(), error_for_log(exc))
            self.failed.emit(exc.with_traceback(None))
            return
        except sqlite3.Error as exc:
            logger.warning("%s failed: %s", self.objectName(), exc)
            self.failed.emit(DeskError(str(exc)))
            return
        except Exception as exc:
            self.crashed.emit(exc)
            return
        self.succeeded.emit(result)
