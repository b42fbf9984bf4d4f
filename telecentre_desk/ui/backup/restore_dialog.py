"""Restore: choose a backup (the chosen folder's, or a file elsewhere), see its date and contents, restore.

The core keeps the current database aside first and refuses a damaged or newer backup, or a restore while a
sync or a month run holds the database. Once done, the window closes: the host starts it again on the
restored database (nothing of the old one stays in memory).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from telecentre_desk.backup import service
from telecentre_desk.backup import settings as backup_settings
from telecentre_desk.common.errors import DeskError
from telecentre_desk.ui import dialogs, file_prompts
from telecentre_desk.ui.form_errors import error_label


class RestoreDialog(QDialog):
    restored = Signal(object, object)  # BackupInfo, the path where the previous database was kept

    def __init__(self, db_path: Path, secret_files: dict[str, Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db_path
        self._secret_files = secret_files
        self.setWindowTitle(self.tr("Restore a backup"))
        self.resize(760, 420)
        self.infos: list[service.BackupInfo] = []
        note = QLabel(self.tr("Restoring puts the chosen backup in place of the database. The current database is "
                              "kept aside first; the window then closes, start it again."), self)
        note.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([self.tr("Made (UTC)"), self.tr("Place"), self.tr("Members"),
                                              self.tr("Check-ins"), self.tr("Invoices"), self.tr("Keys")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = error_label(self)
        other = QPushButton(self.tr("Another file…"), self)
        other.clicked.connect(self._on_other_clicked)
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        row = QHBoxLayout()
        row.addWidget(other)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.error)
        layout.addLayout(row)
        layout.addWidget(close)
        folder = backup_settings.load(db_path).folder
        if folder and Path(folder).is_dir():
            self.show_backups(service.list_backups(Path(folder)))
        elif folder:
            self.error.setText(service.health(db_path).warning)

    def show_backups(self, infos: list[service.BackupInfo]) -> None:
        self.infos = infos
        self.table.setRowCount(len(infos))
        for row, info in enumerate(infos):
            cells = (info.created_at.replace("T", " ")[:16], info.place, info.counts.get("members", ""),
                     info.counts.get("check_events", ""), info.counts.get("invoices", ""), self.key_names(info.keys))
            for column, value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(str(value)))
        self.table.resizeColumnsToContents()
        if infos:
            self.table.selectRow(0)

    def key_names(self, keys: list[str]) -> str:
        """The sealed key files in the host's words (the file names are ours: AppPaths.secret_files)."""
        names = {"badge-key": self.tr("badges"), "signing-key": self.tr("network signature")}
        return ", ".join(names.get(key, key) for key in keys) or self.tr("none")

    def selected(self) -> service.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.infos[rows[0].row()] if rows else None

    @Slot()
    def _on_selection_changed(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None)
        if info is None:
            self.detail.setText("")
            return
        self.detail.setText(self.tr("%1\n%2 bytes, made by Télécentre Desk %3 (schema %4).")
                            .replace("%1", info.file).replace("%2", str(info.bytes))
                            .replace("%3", info.app_version).replace("%4", info.schema))

    @Slot()
    def _on_other_clicked(self) -> None:
        chosen = file_prompts.open_file(self, self.tr("Restore a backup"),
                                        self.tr("Backups (*.tdbackup.sqlite *.sqlite);;All files (*)"))
        if chosen is None:
            return
        try:
            self.show_backups([service.inspect(chosen)])
            self.error.setText("")
        except DeskError as exc:
            self.error.setText(exc.message)

    @Slot()
    def _on_restore_clicked(self) -> None:
        info = self.selected()
        if info is None:
            return
        question = self.tr("Put the backup of %1 in place of the current database? The current one is kept aside "
                           "first.").replace("%1", info.created_at.replace("T", " ")[:16])
        if not dialogs.ask(self, self.tr("Restore"), question):
            return
        try:
            restored, kept = service.restore(self._db, self._secret_files, Path(info.file))
        except DeskError as exc:
            self.error.setText(exc.message)
            return
        self.restored.emit(restored, kept)
        self.accept()
