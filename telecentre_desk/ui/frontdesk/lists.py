"""The front desk's two lists, side by side: who is in now (with Check out), and the day's last scans."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QSplitter, QVBoxLayout, QWidget

from telecentre_desk.desk.result import Decision, ScanResult
from telecentre_desk.ui.frontdesk.presence_model import SORT_ROLE, PresenceColumn, PresenceTableModel
from telecentre_desk.ui.frontdesk.recent_model import RecentScansModel, from_event, from_refusal
from telecentre_desk.ui.table_view import fit_columns, make_table

if TYPE_CHECKING:
    from telecentre_desk.desk.presence import PresenceRow, RecentEvent



def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class DeskLists(QSplitter):
    """``check_out_requested`` carries the uid of the member the host picked in the list."""

    check_out_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presence = PresenceTableModel(self)
        self.presence_proxy = QSortFilterProxyModel(self)
        self.presence_proxy.setSourceModel(self.presence)
        self.presence_proxy.setSortRole(SORT_ROLE)
        self.presence_table = make_table(self.presence_proxy, self)
        self.presence_table.sortByColumn(PresenceColumn.ARRIVAL, Qt.SortOrder.AscendingOrder)
        self.presence_title = _bold(QLabel(self))
        self.check_out_button = QPushButton(self.tr("Check out"), self)
        self.recent = RecentScansModel(self)
        self.recent_list = QListView(self)
        self.recent_list.setModel(self.recent)
        self.recent_list.setUniformItemSizes(True)
        self.recent_title = _bold(QLabel(self.tr("Last scans today"), self))
        self._columns_fitted = False

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.presence_title)
        left_layout.addWidget(self.presence_table, 1)
        self._buttons = QHBoxLayout()
        self._buttons.addWidget(self.check_out_button)
        self._buttons.addStretch(1)
        left_layout.addLayout(self._buttons)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.recent_title)
        right_layout.addWidget(self.recent_list, 1)
        self.addWidget(left)
        self.addWidget(right)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)

        self.check_out_button.clicked.connect(self._on_check_out_button_clicked)
        self.presence_table.doubleClicked.connect(self._on_check_out_button_clicked)
        self.presence_table.selectionModel().selectionChanged.connect(self._update_button)
        self.presence_proxy.modelReset.connect(self._update_button)
        self._update_button()

    def add_button(self, button: QPushButton) -> None:
        """Another action on the member list, beside Check out."""
        self._buttons.insertWidget(self._buttons.count() - 1, button)

    def set_presence(self, rows: Sequence[PresenceRow], tz: ZoneInfo) -> None:
        self.presence.set_rows(rows, tz)
        self._update_title()
        self._fit_names()

    def apply_scan(self, result: ScanResult, tz: ZoneInfo, *, source: str) -> None:
        """The change set of one answered scan: a row in or out of who is in, a line on top of the last scans.

        What a scan touched is known from its answer, so nothing is read again (a refresh after every scan
        cost a frame and more on a busy day: docs/architecture.md, "Change sets").
        """
        from telecentre_desk.desk.presence import PresenceRow, RecentEvent  # loaded by the scan already

        if result.decision == Decision.DENIED:
            self.recent.add_refusal(result)
            self.recent.prepend(from_refusal(result))
            return
        if not result.recorded or result.at is None or result.member_id is None:
            return  # a repeated scan: nothing changed
        if result.decision == Decision.IN:
            row = PresenceRow(result.member_id, result.display_number or "", result.first_name or "",
                              result.last_name or "", "", result.kind or "member", result.at, result.plan_name,
                              result.desk, result.guest_of)
            self.presence.put_row(row, tz)
            self._update_title()
            self._fit_names(self.presence.rowCount() - 1)  # put_row appends
        else:
            self.presence.remove_member(result.member_id)
            self._update_title()
        self.recent.prepend(from_event(RecentEvent(result.at, result.decision.value, source,
                                                   result.display_number or "", result.name or "")))

    def _update_title(self) -> None:
        count = self.presence.rowCount()
        self.presence_title.setText(self.tr("Who is in: nobody") if count == 0
                                    else self.tr("Who is in: %n", "", count))
        if not self._columns_fitted and count:
            # Fit once, to the first real rows; later the host's own widths are kept, except that names are
            # what the host reads: always whole (at 1024 px too). The plan gives up the width instead, elided
            # with its whole text in a tooltip.
            fit_columns(self.presence_table, stretch=PresenceColumn.PLAN)
            self._columns_fitted = True

    def _fit_names(self, source_row: int | None = None) -> None:
        """Widen the Name column to a longer name: the new row's (one measure: a scan's change set), or all."""
        if not self._columns_fitted:
            return
        table = self.presence_table
        if source_row is None:
            need = table.sizeHintForColumn(PresenceColumn.NAME)
        else:
            need = table.sizeHintForIndex(self.presence_proxy.mapFromSource(
                self.presence.index(source_row, PresenceColumn.NAME))).width()
        header = table.horizontalHeader()
        if need > header.sectionSize(PresenceColumn.NAME):
            header.resizeSection(PresenceColumn.NAME, need)

    def set_recent(self, events: Sequence[RecentEvent], tz: ZoneInfo, *, since: dt.datetime) -> None:
        self.recent.set_events(events, tz, since=since)

    def selected_member_id(self) -> str | None:
        rows = self.presence_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.presence.member_id_at(self.presence_proxy.mapToSource(rows[0]).row())

    def select_member(self, member_id: str) -> None:
        for row in range(self.presence.rowCount()):
            if self.presence.member_id_at(row) == member_id:
                index = self.presence_proxy.mapFromSource(self.presence.index(row, 0))
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                self.presence_table.selectionModel().setCurrentIndex(index, flags)

    @Slot()
    def _update_button(self) -> None:
        self.check_out_button.setEnabled(self.selected_member_id() is not None)

    @Slot()
    def _on_check_out_button_clicked(self) -> None:
        member_id = self.selected_member_id()
        if member_id is not None:
            self.check_out_requested.emit(member_id)
