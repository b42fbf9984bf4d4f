"""The retention purge without anyone asking: shortly after start, then checked every hour (it runs
once per local day), on the job thread so the desk keeps answering scans."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Slot

from telecentre_desk.ui.job_worker import JobWorker
from telecentre_desk.ui.store import Store

logger = logging.getLogger(__name__)

FIRST_DELAY_MS = 30_000
PERIOD_MS = 3_600_000


class AutoPurge(QObject):
    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.worker: JobWorker | None = None
        self.first = QTimer(self)  # owned timers: stop() cancels both, nothing fires after the window
        self.first.setSingleShot(True)
        self.first.timeout.connect(self._on_timer_timeout)
        self.first.start(FIRST_DELAY_MS)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start(PERIOD_MS)

    def stop(self) -> None:
        """No more purges; wait for one that is running (it is one short transaction at a time)."""
        self.first.stop()
        self.timer.stop()
        if self.worker is not None:
            self.worker.wait()

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self.worker is not None and self.worker.isRunning():
            return
        from telecentre_desk.privacy import retention

        engine = self._store.engine
        self.worker = JobWorker(lambda _progress: retention.daily_purge(engine), name="retention-purge", parent=self)
        self.worker.failed.connect(self._on_worker_failed)
        self.worker.start()

    @Slot(object)
    def _on_worker_failed(self, error: object) -> None:
        logger.warning("the retention purge did not run: %s", type(error).__name__)
