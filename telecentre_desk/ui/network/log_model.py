"""The sync log, newest first: what was applied, every conflict (amber) and every refused export (red)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from telecentre_desk.sync.status import LogEntry
from telecentre_desk.ui.network.times import LocalTimeRowsModel, local_text
from telecentre_desk.ui.rows_model import AnyIndex

_CONTEXT = "SyncLogModel"
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the LogEntry itself, for the detail dialog


class LogColumn(IntEnum):
    AT = 0
    PLACE = 1
    KIND = 2
    WHERE = 3
    MESSAGE = 4


_HEADERS = {
    LogColumn.AT: QT_TRANSLATE_NOOP("SyncLogModel", "Date"),
    LogColumn.PLACE: QT_TRANSLATE_NOOP("SyncLogModel", "Place"),
    LogColumn.KIND: QT_TRANSLATE_NOOP("SyncLogModel", "What"),
    LogColumn.WHERE: QT_TRANSLATE_NOOP("SyncLogModel", "File:line"),
    LogColumn.MESSAGE: QT_TRANSLATE_NOOP("SyncLogModel", "Message"),
}
# The kinds the sync core writes (sync/store.py), as the host reads them.
KIND_LABELS = {
    "applied": QT_TRANSLATE_NOOP("SyncLogModel", "applied"),
    "conflict": QT_TRANSLATE_NOOP("SyncLogModel", "conflict"),
    "rejected": QT_TRANSLATE_NOOP("SyncLogModel", "refused"),
    "exported": QT_TRANSLATE_NOOP("SyncLogModel", "exported"),
    "restored": QT_TRANSLATE_NOOP("SyncLogModel", "restored"),
}
# (text, background): amber and red tints light enough for black text, dark enough to stand out.
KIND_COLORS = {
    "conflict": (QColor("#6b4500"), QColor("#ffe9b3")),
    "rejected": (QColor("#b3261e"), QColor("#fbdcd9")),
}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate(_CONTEXT, KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def where_text(entry: LogEntry) -> str:
    if not entry.file:
        return ""
    return f"{entry.file}:{entry.line}" if entry.line else entry.file


class SyncLogModel(LocalTimeRowsModel[LogEntry]):
    CONTEXT = _CONTEXT
    HEADERS = _HEADERS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.valid(index):
            return None
        entry = self._rows[index.row()]
        column = LogColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == LogColumn.AT:
                return local_text(entry.at, self._tz)
            if column == LogColumn.PLACE:
                return entry.place_code
            if column == LogColumn.KIND:
                return kind_label(entry.kind)
            if column == LogColumn.WHERE:
                return where_text(entry)
            return " ".join(entry.message.split())  # one line in the table; the dialog shows it whole
        if role == Qt.ItemDataRole.ForegroundRole and entry.kind in KIND_COLORS:
            return KIND_COLORS[entry.kind][0]
        if role == Qt.ItemDataRole.BackgroundRole and entry.kind in KIND_COLORS:
            return KIND_COLORS[entry.kind][1]
        if role == Qt.ItemDataRole.ToolTipRole and column == LogColumn.MESSAGE:
            return entry.message
        if role == ENTRY_ROLE:
            return entry
        return None
