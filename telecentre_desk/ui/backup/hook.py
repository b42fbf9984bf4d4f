"""Everything the main window needs for backups, in one object: the Place menu's action, the status-bar warning,
the daily backup while the window runs, and the restore that closes the window once done."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from telecentre_desk.backup import service
from telecentre_desk.ui import dialogs
from telecentre_desk.ui.backup.daily import DailyBackup
from telecentre_desk.ui.backup.restore_dialog import RestoreDialog
from telecentre_desk.ui.backup.settings_dialog import BackupSettingsDialog
from telecentre_desk.ui.operations import Runner


class WarningLabel(QLabel):
    """The status bar's backup warning: a few words (the window may be 1024 px wide, beside the database's
    path), the whole sentence in its tooltip, and a click opens Place > Backups."""

    clicked = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("backup_warning")
        self.setStyleSheet("color: #b00020; font-weight: bold;")
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class BackupHook(QObject):
    restored = Signal()

    def __init__(self, window: QMainWindow, db_path: Path, secret_files: dict[str, Path], runner: Runner) -> None:
        super().__init__(window)
        self._window = window
        self._db = db_path
        self._secret_files = secret_files
        self.action = QAction(self.tr("&Backups…"), window)
        self.action.triggered.connect(self.open_settings)
        self.warning_label = WarningLabel(window)
        self.warning_label.clicked.connect(self.open_settings)
        self.warning_label.hide()
        self.daily = DailyBackup(db_path, secret_files, runner, self)
        self.daily.warning_changed.connect(self._on_warning_changed)
        self.daily.refresh_warning()

    def start(self) -> None:
        self.daily.start()

    def stop(self) -> None:
        self.daily.stop()

    def short_warning(self, kind: str) -> str:
        shorts = {service.NO_FOLDER: self.tr("⚠ No backup folder"),
                  service.UNREACHABLE: self.tr("⚠ Backup folder unreachable"),
                  service.STALE: self.tr("⚠ No backup for 2 days")}
        return shorts.get(kind, self.tr("⚠ Backups: a problem"))

    @Slot(str, str)
    def _on_warning_changed(self, text: str, kind: str) -> None:
        self.warning_label.setText(self.short_warning(kind) if text else "")
        self.warning_label.setToolTip(text + "\n" + self.tr("Click to open Place > Backups.") if text else "")
        self.warning_label.setAccessibleName(text)
        self.warning_label.setVisible(bool(text))

    @Slot()
    def open_settings(self) -> BackupSettingsDialog:
        dialog = BackupSettingsDialog(self._db, self._secret_files, self._window)
        dialog.setObjectName("backup_settings")
        dialog.backed_up.connect(lambda _info: self.daily.refresh_warning())
        dialog.accepted.connect(self.daily.refresh_warning)
        dialog.restore_requested.connect(self.open_restore)
        dialog.open()
        return dialog

    @Slot()
    def open_restore(self) -> RestoreDialog:
        dialog = RestoreDialog(self._db, self._secret_files, self._window)
        dialog.restored.connect(self._on_restored)
        dialog.open()
        return dialog

    @Slot(object, object)
    def _on_restored(self, info: object, kept: object) -> None:
        text = self.tr("The backup of %1 is restored; the previous database is kept as %2. The window closes now: "
                       "start Télécentre Desk again.").replace("%1", str(getattr(info, "created_at", "")))
        dialogs.show_about(self._window, self.tr("Restored"), text.replace("%2", str(kept or "-")))
        self.restored.emit()
        self._window.close()
