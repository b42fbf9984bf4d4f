"""E-mail work on its own thread: an SMTP server that answers slowly, or not at all until its timeout,
never freezes the desk (a scan must be answered within milliseconds).

The thread gets the engine (or plain settings), never a widget; what it reports comes back as queued
signals, so the slots run on the UI thread.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from telecentre_desk.common.errors import DeskError

logger = logging.getLogger(__name__)

# The work: given a progress callback (done, total) -> keep going?, returns what ``succeeded`` carries.
Job = Callable[[Callable[[int, int], bool]], Any]


class MailWorker(QThread):
    """One job; start() it, then listen to ``progressed`` and one of ``succeeded``, ``failed``, ``crashed``."""

    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)
    failed = Signal(str)  # an expected error's message (no mail server set up, a database busy...)
    crashed = Signal(object)  # a bug: the exception, for the excepthook on the UI thread

    def __init__(self, job: Job, *, name: str = "mail", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._job = job
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop before the next message (the one being sent finishes: it is never left half sent)."""
        self._cancel.set()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._job(self._progress)
        except DeskError as exc:
            logger.info("mail work refused: %s", exc.message)
            self.failed.emit(exc.message)
            return
        except sqlite3.Error as exc:
            logger.warning("mail work failed: %s", exc)
            self.failed.emit(str(exc))
            return
        except Exception as exc:
            self.crashed.emit(exc)
            return
        self.succeeded.emit(result)
