"""The retention purge without anyone asking: shortly after start, then checked every hour (it runs
once per local day), as a quiet job of the window's runner so the desk keeps answering scans."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Slot

from telecentre_desk.ui.operations import Job, OpChanges, Operation
from telecentre_desk.ui.store import Store

logger = logging.getLogger(__name__)

FIRST_DELAY_MS = 30_000
PERIOD_MS = 3_600_000
JOB_KIND = "privacy"


class AutoPurge(QObject):
    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.job: Job | None = None
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
        if self.job is not None:
            self._store.runner.wait(JOB_KIND)

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self.job is not None:
            return
        from telecentre_desk.privacy import retention

        engine = self._store.engine
        # Quiet: nobody waits on it; a failure is logged (the runner's contract for quiet jobs) and the next
        # hour tries again. Old scans leave the lists and the reports.
        self.job = self._store.runner.submit(Operation(
            JOB_KIND, self.tr("Purging old personal data…"), lambda _ticket: retention.daily_purge(engine),
            changes=OpChanges(presence=True), on_done=self._on_job_done, owner=self, quiet=True,
            when_busy="queue"))

    def _on_job_done(self) -> None:
        self.job = None
