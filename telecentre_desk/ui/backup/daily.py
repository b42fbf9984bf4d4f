"""The daily backup while the window runs, as a quiet job of the window's runner, and the warning shown in the
status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from telecentre_desk.backup import service
from telecentre_desk.common.errors import DeskError
from telecentre_desk.ui.operations import Job, Operation, Runner

CHECK_EVERY_MS = 30 * 60 * 1000  # a backup is due once a day; looking twice an hour is plenty
JOB_KIND = "backup"


class DailyBackup(QObject):
    warning_changed = Signal(str, str)  # the warning (empty when all is well) and its kind (service.Health.kind)
    done = Signal(object)  # BackupInfo

    def __init__(self, db_path: Path, secret_files: dict[str, Path], runner: Runner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db_path
        self._secret_files = secret_files
        self._runner = runner
        self.job: Job | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.run_if_due)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(60_000, self, self.run_if_due)  # not during the window's first paint

    def refresh_warning(self) -> str:
        try:
            health = service.health(self._db)
            warning, kind = health.warning, health.kind
        except DeskError as exc:  # the settings file cannot be read
            warning, kind = exc.message, ""
        self.warning_changed.emit(warning, kind)
        return warning

    @Slot()
    def run_if_due(self) -> bool:
        """Start a backup on the runner when one is due and none runs; True when one started."""
        if self.job is not None or self._runner.busy(JOB_KIND):
            return False
        try:
            if not service.due(self._db):
                self.refresh_warning()
                return False
        except DeskError:
            self.refresh_warning()
            return False
        db, keys = self._db, self._secret_files
        # Quiet: nobody asked for it; a failure shows as the status bar's red warning (refresh_warning).
        # Not cancellable: a half backup would only be a .partial file, and it takes seconds.
        self.job = self._runner.submit(Operation(
            JOB_KIND, self.tr("Daily backup…"), lambda _ticket: service.backup_now(db, keys),
            on_success=self.done.emit, on_done=self._on_job_done, owner=self, quiet=True, cancellable=False))
        return self.job is not None

    def _on_job_done(self) -> None:
        self.job = None
        self.refresh_warning()

    def stop(self) -> None:
        self.timer.stop()
        if self.job is not None:
            self._runner.wait(JOB_KIND)
