"""One log entry whole, selectable and copyable: the host may mail it to the other place's host."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from telecentre_desk.sync.status import LogEntry
from telecentre_desk.ui.network.log_model import kind_label, where_text
from telecentre_desk.ui.network.times import local_text


class LogEntryDialog(QDialog):
    def __init__(self, entry: LogEntry, *, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync log entry"))
        self.resize(620, 320)
        lines = [
            self.tr("Date: %1").replace("%1", local_text(entry.at, tz)),
            self.tr("Place: %1").replace("%1", entry.place_code),
            self.tr("What: %1").replace("%1", kind_label(entry.kind)),
        ]
        if entry.file:
            lines.append(self.tr("File: %1").replace("%1", where_text(entry)))
        if entry.entity_uid:
            lines.append(self.tr("Row: %1").replace("%1", entry.entity_uid))
        lines += ["", entry.message]
        self.text = QPlainTextEdit("\n".join(lines), self)
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
