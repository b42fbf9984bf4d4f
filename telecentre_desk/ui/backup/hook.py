"""Everything the main window needs for backups, in one object: the Place menu's action, the status-bar warning,
the daily backup while the window runs, and the restore that closes the window once done."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow

from telecentre_desk.ui import dialogs
from telecentre_desk.ui.backup.daily import DailyBackup
from telecentre_desk.ui.backup.restore_dialog import RestoreDialog
from telecentre_desk.ui.backup.settings_dialog import BackupSettingsDialog
from telecentre_desk.ui.operations import Runner


class BackupHook(QObject):
    restored = Signal()

    def __init__(self, window: QMainWindow, db_path: Path, secret_files: dict[str, Path], runner: Runner) -> None:
        super().__init__(window)
        self._window = window
        self._db = db_path
        self._secret_files = secret_files
        self.action = QAction(self.tr("&Backups…"), window)
        self.action.triggered.connect(self.open_settings)
        self.warning_label = QLabel(window)
        self.warning_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.warning_label.hide()
        self.daily = DailyBackup(db_path, secret_files, runner, self)
        self.daily.warning_changed.connect(self._on_warning_changed)
        self.daily.refresh_warning()

    def start(self) -> None:
        self.daily.start()

    def stop(self) -> None:
        self.daily.stop()

    @Slot(str)
    def _on_warning_changed(self, text: str) -> None:
        self.warning_label.setText(text)
        self.warning_label.setToolTip(text)
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
