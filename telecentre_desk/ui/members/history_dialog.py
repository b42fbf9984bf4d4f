"""A member's visits at every place of the network, newest first: here and, once the other places'
exports have arrived, elsewhere (members/history.py)."""

from __future__ import annotations

from enum import IntEnum
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QVBoxLayout, QWidget

from telecentre_desk.members.history import Visit, member_visits
from telecentre_desk.members.info import MemberInfo
from telecentre_desk.ui.rows_model import AnyIndex, RowsTableModel
from telecentre_desk.ui.store import Store
from telecentre_desk.ui.table_view import make_table

_CONTEXT = "VisitsTableModel"
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


class VisitColumn(IntEnum):
    DAY = 0
    PLACE = 1
    ARRIVED = 2
    LEFT = 3
    DURATION = 4


_HEADERS = MappingProxyType({VisitColumn.DAY: QT_TRANSLATE_NOOP("VisitsTableModel", "Day"),
                              VisitColumn.PLACE: QT_TRANSLATE_NOOP("VisitsTableModel", "Place"),
                              VisitColumn.ARRIVED: QT_TRANSLATE_NOOP("VisitsTableModel", "In"),
                              VisitColumn.LEFT: QT_TRANSLATE_NOOP("VisitsTableModel", "Out"),
                              VisitColumn.DURATION: QT_TRANSLATE_NOOP("VisitsTableModel", "Time spent")})


class VisitsTableModel(RowsTableModel[Visit]):
    CONTEXT = _CONTEXT
    HEADERS = _HEADERS

    def __init__(self, rows: list[Visit], tz: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = rows
        self._tz = tz

    def header_alignment(self, column: int) -> int | None:
        return _RIGHT if column == VisitColumn.DURATION else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.valid(index):
            return None
        visit = self._rows[index.row()]
        column = VisitColumn(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == VisitColumn.DURATION else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        arrived = visit.arrived.astimezone(self._tz)
        if column == VisitColumn.DAY:
            return f"{arrived:%d/%m/%Y}"
        if column == VisitColumn.PLACE:
            return f"{visit.place_name} ({visit.place_code})"
        if column == VisitColumn.ARRIVED:
            return f"{arrived:%H:%M}"
        if column == VisitColumn.LEFT:
            return "" if visit.left is None else f"{visit.left.astimezone(self._tz):%H:%M}"
        minutes = visit.minutes
        return "" if minutes is None else f"{minutes // 60} h {minutes % 60:02d}"


class HistoryDialog(QDialog):
    def __init__(self, store: Store, member: MemberInfo, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Visits of %1").replace("%1", f"{member.full_name} ({member.display_number})"))
        visits = store.read(lambda conn: member_visits(conn, member.id), parent_widget=parent) or []
        self.model = VisitsTableModel(visits, tz, self)
        self.table = make_table(self.model, self)
        self.table.setSortingEnabled(False)  # newest first, as read
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(VisitColumn.PLACE, QHeaderView.ResizeMode.Stretch)
        elsewhere = sum(1 for v in visits if not v.local)
        self.summary = QLabel(self.tr("%1 visits, %2 at other places of the network")
                              .replace("%1", str(len(visits))).replace("%2", str(elsewhere)), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 420)
