"""The members table: one row per MemberInfo, columns as constants, extra data through custom roles."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from telecentre_desk.common.enums import MemberStatus
from telecentre_desk.common.text import fold
from telecentre_desk.members.info import MemberInfo
from telecentre_desk.ui.members.labels import category_label, status_label
from telecentre_desk.ui.rows_model import RowsTableModel

AnyIndex = QModelIndex | QPersistentModelIndex


class MemberColumn(IntEnum):
    NUMBER = 0
    LAST_NAME = 1
    FIRST_NAME = 2
    CATEGORY = 3
    PLAN = 4
    STATUS = 5
    EMAIL = 6
    PHONE = 7


_HEADERS = {
    MemberColumn.NUMBER: QT_TRANSLATE_NOOP("MembersTableModel", "Number"),
    MemberColumn.LAST_NAME: QT_TRANSLATE_NOOP("MembersTableModel", "Last name"),
    MemberColumn.FIRST_NAME: QT_TRANSLATE_NOOP("MembersTableModel", "First name"),
    MemberColumn.CATEGORY: QT_TRANSLATE_NOOP("MembersTableModel", "Category"),
    MemberColumn.PLAN: QT_TRANSLATE_NOOP("MembersTableModel", "Plan"),
    MemberColumn.STATUS: QT_TRANSLATE_NOOP("MembersTableModel", "Status"),
    MemberColumn.EMAIL: QT_TRANSLATE_NOOP("MembersTableModel", "Email"),
    MemberColumn.PHONE: QT_TRANSLATE_NOOP("MembersTableModel", "Phone"),
}

MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the member's uid
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # numbers sort as numbers, the rest as text
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # folded text the search box matches
STATUS_ROLE = Qt.ItemDataRole.UserRole + 4  # status code: active, inactive
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 5  # category code: freelancer, ...


def _search_text(m: MemberInfo) -> str:
    parts = (m.first_name, m.last_name, f"{m.first_name} {m.last_name}", f"{m.last_name} {m.first_name}",
             m.email or "", m.company_name or "", m.display_number, str(m.number))
    return fold("\n".join(parts))


class MembersTableModel(RowsTableModel["MemberInfo"]):
    """Read-only rows; ``set_rows`` replaces them all (300 members refresh in well under a frame)."""

    CONTEXT = "MembersTableModel"
    HEADERS = _HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MemberInfo] = []
        self._search: list[str] = []

    def set_rows(self, rows: Sequence[MemberInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search = [_search_text(m) for m in self._rows]
        self.endResetModel()

    def member_at(self, row: int) -> MemberInfo:
        return self._rows[row]

    def row_of(self, member_id: str) -> int | None:
        """The row of the member with this uid, if listed."""
        return next((i for i, m in enumerate(self._rows) if m.id == member_id), None)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        member = self._rows[index.row()]
        column = MemberColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(member, column)
        if role == SORT_ROLE:
            # Folded text: "Élie" sorts with the E's whatever the system locale (C on many desks).
            return member.number if column == MemberColumn.NUMBER else fold(self._display(member, column))
        if role == MEMBER_ID_ROLE:
            return member.id
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        if role == STATUS_ROLE:
            return member.status
        if role == CATEGORY_ROLE:
            return member.category
        if role == Qt.ItemDataRole.ForegroundRole and member.status != MemberStatus.ACTIVE.value:
            # Inactive members stay listed but recede, like disabled text.
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.ToolTipRole and column == MemberColumn.LAST_NAME and member.company_name:
            return member.company_name
        return None

    @staticmethod
    def _display(member: MemberInfo, column: MemberColumn) -> str:
        if column == MemberColumn.NUMBER:
            return member.display_number
        if column == MemberColumn.LAST_NAME:
            return member.last_name
        if column == MemberColumn.FIRST_NAME:
            return member.first_name
        if column == MemberColumn.CATEGORY:
            return category_label(member.category)
        if column == MemberColumn.PLAN:
            return member.plan_name or ""
        if column == MemberColumn.STATUS:
            return status_label(member.status)
        if column == MemberColumn.EMAIL:
            return member.email or ""
        return member.phone or ""
