"""Long invoice work on its own thread (ui/job_worker.py), with a progress dialog and a Cancel button.

Cancel is a flag the job reads between two invoices (the callback returns False): the job itself
decides what a stop leaves (billing/batch.py: each invoice issued whole or not at all).

The progress dialog is not modal: the front desk's scanner types into this window, and a modal
dialog would swallow its keys while a month is being issued.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import sys

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from telecentre_desk.common.errors import DeskError
from telecentre_desk.ui.job_worker import Job, JobWorker

logger = logging.getLogger(__name__)



class JobRunner(QObject):
    """Runs one job at a time with a progress dialog; ``finished`` carries (result, error) once it ends.

    ``result`` is what the job returned (None after a failure), ``error`` the DeskError that stopped it.
    """

    started = Signal()
    finished = Signal(object, object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.worker: JobWorker | None = None
        self.progress: QProgressDialog | None = None
        self._label = ""
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def start(self, job: Job, *, title: str, label: str, name: str) -> JobWorker | None:
        """Start ``job`` unless one is running (None then)."""
        if self.worker is not None:
            return None
        self._label = label
        progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self._parent)
        progress.setWindowTitle(title)
        progress.setWindowModality(Qt.WindowModality.NonModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self._on_progress_canceled)
        self.progress = progress
        worker = JobWorker(job, name=name, parent=self)
        # A QThread destroyed while it runs aborts the process: stop it when this object goes.
        self.destroyed.connect(functools.partial(_stop, worker))
        worker.progressed.connect(self._on_worker_progressed)
        worker.succeeded.connect(self._on_worker_succeeded)
        worker.failed.connect(self._on_worker_failed)
        worker.crashed.connect(self._on_worker_crashed)
        self.worker = worker
        progress.show()
        self.started.emit()
        worker.start()
        return worker

    def shutdown(self) -> None:
        """Stop the job at its next step and wait for it (the application is quitting)."""
        if self.worker is not None:
            _stop(self.worker)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            if self.progress is not None:
                self.progress.setLabelText(self.tr("Stopping after the current invoice…"))

    @Slot()
    def _on_progress_canceled(self) -> None:
        self.cancel()

    @Slot(int, int)
    def _on_worker_progressed(self, done: int, total: int) -> None:
        if self.progress is None or (self.worker is not None and self.worker.cancel_requested):
            return
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, total))
        self.progress.setLabelText(self._label + "\n" + self.tr("%1 of %2").replace("%1", str(done))
                                   .replace("%2", str(total)))

    def _end(self, result: object, error: DeskError | None) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.wait()
            worker.deleteLater()
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.finished.emit(result, error)

    @Slot(object)
    def _on_worker_succeeded(self, result: object) -> None:
        self._end(result, None)

    @Slot(object)
    def _on_worker_failed(self, error: DeskError) -> None:
        self._end(None, error)

    @Slot(object)
    def _on_worker_crashed(self, exc: BaseException) -> None:
        self._end(None, None)
        sys.excepthook(type(exc), exc, exc.__traceback__)


def _stop(worker: JobWorker, *_args: object) -> None:
    with contextlib.suppress(RuntimeError):  # RuntimeError: already finished and deleted
        worker.cancel()
        worker.wait()
