"""Place > Backups: where the backups go, the recovery passphrase, "Back up now", and the state of the last one."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from telecentre_desk.backup import service
from telecentre_desk.backup import settings as backup_settings
from telecentre_desk.common.errors import DeskError
from telecentre_desk.ui.form_errors import error_label


def choose_folder(parent: QWidget | None, title: str, start: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title, start)


class BackupSettingsDialog(QDialog):
    """Saves the folder (and the passphrase's derived key) on OK; "Back up now" saves first, then backs up."""

    backed_up = Signal(object)  # the BackupInfo
    restore_requested = Signal()

    def __init__(self, db_path: Path, secret_files: dict[str, Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db_path
        self._secret_files = secret_files
        self.setWindowTitle(self.tr("Backups"))
        self.setMinimumWidth(560)
        current = backup_settings.load(db_path)
        intro = QLabel(self.tr("Every day, while the window is open, the database is copied into this folder "
                               "(a USB stick or a network drive, not this computer's disk), checked, and the "
                               "copies are kept 7 days, 4 weeks and 12 months."), self)
        intro.setWordWrap(True)
        self.folder = QLineEdit(current.folder, self)
        self.folder.setPlaceholderText(self.tr("e.g. /media/usb-stick"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._on_browse_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("(set)") if current.seals_keys else self.tr("at least 8 characters"))
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        keys_note = QLabel(self.tr("The badge key goes into each backup sealed with this passphrase: write it down "
                                   "and keep it away from the computer. Without it, a new computer cannot reprint "
                                   "the badges."), self)
        keys_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Backup folder"), folder_row)
        form.addRow(self.tr("Recovery passphrase"), self.passphrase)
        form.addRow(self.tr("Passphrase again"), self.again)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.error = error_label(self)
        self.backup_button = QPushButton(self.tr("Back up now"), self)
        self.backup_button.clicked.connect(self._on_backup_clicked)
        self.restore_button = QPushButton(self.tr("Restore a backup…"), self)
        self.restore_button.clicked.connect(self.restore_requested)
        actions = QHBoxLayout()
        actions.addWidget(self.backup_button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(keys_note)
        layout.addLayout(actions)
        layout.addWidget(self.state)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._show_state()

    def _show_state(self) -> None:
        current = backup_settings.load(self._db)
        health = service.health(self._db)
        last = current.last_ok.replace("T", " ")[:16] if current.last_ok else self.tr("never")
        text = self.tr("Last good backup: %1 (UTC).").replace("%1", last)
        if health.warning:
            text += " " + health.warning
        self.state.setText(text)

    @Slot()
    def _on_browse_clicked(self) -> None:
        chosen = choose_folder(self, self.tr("Backup folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def save(self) -> bool:
        """Write what the form says; False (and the reason shown) when it cannot be saved."""
        self.error.setText("")
        current = backup_settings.load(self._db)
        folder = self.folder.text().strip()
        try:
            if folder and not Path(folder).is_dir():
                raise DeskError(self.tr("The folder %1 cannot be reached: is the USB stick or the network drive "
                                        "connected?").replace("%1", folder))
            if self.passphrase.text() or self.again.text():
                if self.passphrase.text() != self.again.text():
                    raise DeskError(self.tr("The two passphrases differ."))
                current = backup_settings.with_passphrase(current, self.passphrase.text())
            backup_settings.save(self._db, replace(current, folder=str(Path(folder).absolute()) if folder else ""))
        except DeskError as exc:
            self.error.setText(exc.message)
            return False
        return True

    @Slot()
    def _on_backup_clicked(self) -> None:
        if not self.save():
            return
        try:
            info = service.backup_now(self._db, self._secret_files)
        except DeskError as exc:
            self.error.setText(exc.message)
            self._show_state()
            return
        self._show_state()
        self.backed_up.emit(info)

    def accept(self) -> None:
        if self.save():
            super().accept()
