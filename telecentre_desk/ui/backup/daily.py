"""The daily backup while the window runs, on a worker thread, and the warning shown in the status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from telecentre_desk.backup import service
from telecentre_desk.common.errors import DeskError
from telecentre_desk.ui.job_worker import JobWorker

CHECK_EVERY_MS = 30 * 60 * 1000  # a backup is due once a day; looking twice an hour is plenty


class DailyBackup(QObject):
    warning_changed = Signal(str, str)  # the warning (empty when all is well) and its kind (service.Health.kind)
    done = Signal(object)  # BackupInfo

    def __init__(self, db_path: Path, secret_files: dict[str, Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db_path
        self._secret_files = secret_files
        self.worker: JobWorker | None = None
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
        """Start a backup on a worker when one is due and none runs; True when one started."""
        if self.worker is not None:
            return False
        try:
            if not service.due(self._db):
                self.refresh_warning()
                return False
        except DeskError:
            self.refresh_warning()
            return False
        db, keys = self._db, self._secret_files
        self.worker = JobWorker(lambda _progress: service.backup_now(db, keys), name="daily backup", parent=self)
        self.worker.succeeded.connect(self._on_worker_succeeded)
        self.worker.failed.connect(self._on_worker_finished)
        self.worker.crashed.connect(self._on_worker_finished)
        self.worker.start()
        return True

    @Slot(object)
    def _on_worker_succeeded(self, info: object) -> None:
        self.done.emit(info)
        self._on_worker_finished(None)

    @Slot(object)
    def _on_worker_finished(self, _error: object) -> None:
        if self.worker is not None:
            self.worker.wait()
            self.worker.deleteLater()
            self.worker = None
        self.refresh_warning()

    def stop(self) -> None:
        self.timer.stop()
        if self.worker is not None:
            self.worker.wait()
