"""The places of the network as this database knows them: which export of each was applied, and when."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor

from telecentre_desk.sync.status import PeerStatus
from telecentre_desk.ui.network.times import LocalTimeRowsModel, local_text
from telecentre_desk.ui.rows_model import AnyIndex

ERROR_COLOR = QColor("#b3261e")  # the forms' error red
_CONTEXT = "PeersTableModel"


class PeerColumn(IntEnum):
    CODE = 0
    NAME = 1
    CITY = 2
    EXPORT = 3
    APPLIED_AT = 4
    MEMBERS = 5
    WAITING = 6
    LAST_ERROR = 7


_HEADERS = {
    PeerColumn.CODE: QT_TRANSLATE_NOOP("PeersTableModel", "Place"),
    PeerColumn.NAME: QT_TRANSLATE_NOOP("PeersTableModel", "Name"),
    PeerColumn.CITY: QT_TRANSLATE_NOOP("PeersTableModel", "City"),
    PeerColumn.EXPORT: QT_TRANSLATE_NOOP("PeersTableModel", "Export applied"),
    PeerColumn.APPLIED_AT: QT_TRANSLATE_NOOP("PeersTableModel", "Applied at"),
    PeerColumn.MEMBERS: QT_TRANSLATE_NOOP("PeersTableModel", "Members known"),
    PeerColumn.WAITING: QT_TRANSLATE_NOOP("PeersTableModel", "Waiting"),
    PeerColumn.LAST_ERROR: QT_TRANSLATE_NOOP("PeersTableModel", "Last error"),
}
_WAITING = QT_TRANSLATE_NOOP("PeersTableModel", "waiting")
_WAITING_TIP = QT_TRANSLATE_NOOP("PeersTableModel", "Some rows of this export name members whose home place "
                                                    "was not read yet: they are read again at the next sync.")
_NEVER = QT_TRANSLATE_NOOP("PeersTableModel", "never")
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_NUMERIC = (PeerColumn.EXPORT, PeerColumn.MEMBERS)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class PeersTableModel(LocalTimeRowsModel[PeerStatus]):
    CONTEXT = _CONTEXT
    HEADERS = _HEADERS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.valid(index):
            return None
        peer = self._rows[index.row()]
        column = PeerColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(peer, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == PeerColumn.LAST_ERROR and peer.last_error:
            return ERROR_COLOR
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == PeerColumn.LAST_ERROR and peer.last_error:
                return peer.last_error
            if column == PeerColumn.WAITING and peer.pending:
                return _tr(_WAITING_TIP)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return _RIGHT
        return None

    def _display(self, peer: PeerStatus, column: PeerColumn) -> str:
        if column == PeerColumn.CODE:
            return peer.code
        if column == PeerColumn.NAME:
            return peer.name or ""
        if column == PeerColumn.CITY:
            return peer.city or ""
        if column == PeerColumn.EXPORT:
            return QLocale().toString(peer.last_sequence) if peer.last_sequence else "—"
        if column == PeerColumn.APPLIED_AT:
            return local_text(peer.applied_at, self._tz) or _tr(_NEVER)
        if column == PeerColumn.MEMBERS:
            return QLocale().toString(peer.members)
        if column == PeerColumn.WAITING:
            return _tr(_WAITING) if peer.pending else ""
        return peer.last_error or ""

    def header_alignment(self, column: int) -> int | None:
        return _RIGHT if column in _NUMERIC else None
