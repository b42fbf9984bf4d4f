"""The invoices table: up to 36,000 rows, filtered and sorted in the model itself.

A QSortFilterProxyModel would sort by calling ``data()`` from C++ for every comparison: over a
million Python calls for ten years of invoices (seconds). Here each column has a key computed from
the row tuple and Python's ``sort`` orders the rows (a few milliseconds); the status and search
filters are list comprehensions. Cells are formatted when painted, never ahead: only the visible
rows cost anything. Sorting keeps the selection (persistent indexes are moved with their rows).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from telecentre_desk.billing.listing import InvoiceRow, MemberBrief
from telecentre_desk.common.text import fold
from telecentre_desk.members.info import display_number
from telecentre_desk.ui.invoices import labels
from telecentre_desk.ui.rows_model import RowsTableModel

AnyIndex = QModelIndex | QPersistentModelIndex


class InvoiceColumn(IntEnum):
    NUMBER = 0
    DATE = 1
    MEMBER = 2
    PERIOD = 3
    EXCL_VAT = 4
    VAT = 5
    INCL_VAT = 6
    STATUS = 7
    BALANCE = 8


_HEADERS = {
    InvoiceColumn.NUMBER: QT_TRANSLATE_NOOP("InvoicesTableModel", "Number"),
    InvoiceColumn.DATE: QT_TRANSLATE_NOOP("InvoicesTableModel", "Date"),
    InvoiceColumn.MEMBER: QT_TRANSLATE_NOOP("InvoicesTableModel", "Member"),
    InvoiceColumn.PERIOD: QT_TRANSLATE_NOOP("InvoicesTableModel", "Period"),
    InvoiceColumn.EXCL_VAT: QT_TRANSLATE_NOOP("InvoicesTableModel", "Excl. VAT"),
    InvoiceColumn.VAT: QT_TRANSLATE_NOOP("InvoicesTableModel", "VAT"),
    InvoiceColumn.INCL_VAT: QT_TRANSLATE_NOOP("InvoicesTableModel", "Incl. VAT"),
    InvoiceColumn.STATUS: QT_TRANSLATE_NOOP("InvoicesTableModel", "Status"),
    InvoiceColumn.BALANCE: QT_TRANSLATE_NOOP("InvoicesTableModel", "Balance due"),
}
_AMOUNTS = (InvoiceColumn.EXCL_VAT, InvoiceColumn.VAT, InvoiceColumn.INCL_VAT, InvoiceColumn.BALANCE)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_STATUS_ORDER = {code: rank for rank, code in enumerate(labels.STATUSES)}

INVOICE_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # invoice.id, the local key
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # draft | issued | paid | overdue | credit_note


def status_of(row: InvoiceRow) -> str:
    """The status as the screen shows it: a credit note is one, whatever its stored status."""
    return labels.CREDIT_NOTE if row.kind == labels.CREDIT_NOTE else row.status


def signed(row: InvoiceRow, cents: int) -> int:
    """Credit notes count negative, as in the journal."""
    return -cents if row.kind == labels.CREDIT_NOTE else cents


class InvoicesTableModel(RowsTableModel[InvoiceRow]):
    """``set_rows`` replaces the month's (or all) rows; ``set_filter`` and ``sort`` reorder what is shown."""

    CONTEXT = "InvoicesTableModel"
    HEADERS = _HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[InvoiceRow] = []
        self._members: Mapping[int, MemberBrief] = {}
        self._place_code = ""
        self._status: str | None = None
        self._needle: list[str] = []
        self._haystacks: dict[int, str] = {}  # built at the first search only
        self._sort_column = int(InvoiceColumn.NUMBER)
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._italic = QFont()
        self._italic.setItalic(True)
        self._colours = {code: QColor(value) for code, value in labels.STATUS_COLOURS.items()}

    # --- content -------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[InvoiceRow], *, members: Mapping[int, MemberBrief], place_code: str) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._members = members
        self._place_code = place_code
        self._haystacks = {}
        self._rows = self._arranged()
        self.endResetModel()

    def set_filter(self, *, status: str | None, search: str) -> None:
        """Keep the rows of ``status`` (None: all) whose number or member holds every word of ``search``."""
        needle = fold(search).split()
        if status == self._status and needle == self._needle:
            return
        self.beginResetModel()
        self._status, self._needle = status, needle
        self._rows = self._arranged()
        self.endResetModel()

    @property
    def total_count(self) -> int:
        """Rows read, before the filters."""
        return len(self._all)

    def visible_rows(self) -> list[InvoiceRow]:
        return list(self._rows)

    def row_of(self, invoice_id: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.id == invoice_id), None)

    def member_text(self, row: InvoiceRow) -> str:
        member = self._members.get(row.member_id)
        if member is None:
            return ""
        return f"{display_number(self._place_code, member.number)} {member.name}"

    # --- filtering and sorting -----------------------------------------------------------------
    def _haystack(self, row: InvoiceRow) -> str:
        text = self._haystacks.get(row.id)
        if text is None:
            member = self._members.get(row.member_id)
            parts = [row.number or "", self.member_text(row)]
            if member is not None:
                parts += [str(member.number), member.company or ""]
            text = self._haystacks[row.id] = fold(" ".join(parts))
        return text

    def _arranged(self) -> list[InvoiceRow]:
        rows = self._all
        if self._status is not None:
            rows = [row for row in rows if status_of(row) == self._status]
        if self._needle:
            rows = [row for row in rows if all(word in self._haystack(row) for word in self._needle)]
        return sorted(rows, key=self._key(self._sort_column),
                      reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def _key(self, column: int) -> Callable[[InvoiceRow], Any]:
        members = self._members

        def member_number(row: InvoiceRow) -> int:
            member = members.get(row.member_id)
            return member.number if member is not None else 0

        match column:
            case InvoiceColumn.NUMBER:  # drafts first (the work to do), then by number
                return lambda r: (r.number is not None, r.number or "", member_number(r))
            case InvoiceColumn.DATE:
                return lambda r: (r.issue_date or "", r.number or "")
            case InvoiceColumn.MEMBER:
                return lambda r: (member_number(r), r.period_start or "", r.number or "")
            case InvoiceColumn.PERIOD:
                return lambda r: (r.period_start or "", member_number(r), r.number or "")
            case InvoiceColumn.EXCL_VAT:
                return lambda r: signed(r, r.total_excl_vat_cents)
            case InvoiceColumn.VAT:
                return lambda r: signed(r, r.vat_cents)
            case InvoiceColumn.INCL_VAT:
                return lambda r: signed(r, r.total_incl_vat_cents)
            case InvoiceColumn.STATUS:
                return lambda r: (_STATUS_ORDER.get(status_of(r), 9), r.number or "")
            case _:
                return lambda r: r.balance_cents

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(_HEADERS):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort_column, self._sort_order = column, order
        before = self._rows
        self._rows = self._arranged()
        after = {row.id: number for number, row in enumerate(self._rows)}
        old = self.persistentIndexList()
        moved = [self.index(after[before[index.row()].id], index.column()) for index in old]
        self.changePersistentIndexList(old, moved)
        self.layoutChanged.emit()

    # --- cells ---------------------------------------------------------------------------------
    def header_alignment(self, column: int) -> int | None:
        return _RIGHT if column in _AMOUNTS else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.valid(index):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in _AMOUNTS else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == InvoiceColumn.STATUS or (column == InvoiceColumn.NUMBER and row.number is None):
                return self._colours[status_of(row)]
            if column == InvoiceColumn.BALANCE and row.status == "overdue":
                return self._colours["overdue"]
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == InvoiceColumn.STATUS:
            return labels.status_icon(status_of(row))
        if role == Qt.ItemDataRole.FontRole and column == InvoiceColumn.NUMBER and row.number is None:
            return self._italic
        if role == Qt.ItemDataRole.ToolTipRole and column == InvoiceColumn.MEMBER:
            member = self._members.get(row.member_id)
            return member.company if member is not None and member.company else None
        if role == INVOICE_ID_ROLE:
            return row.id
        if role == STATUS_ROLE:
            return status_of(row)
        return None

    def _display(self, row: InvoiceRow, column: int) -> str:
        match column:
            case InvoiceColumn.NUMBER:
                return row.number or labels.draft_label()
            case InvoiceColumn.DATE:
                return labels.date_text(row.issue_date)
            case InvoiceColumn.MEMBER:
                return self.member_text(row)
            case InvoiceColumn.PERIOD:
                return labels.period_text(row.period_start, row.period_end)
            case InvoiceColumn.EXCL_VAT:
                return labels.money_text(signed(row, row.total_excl_vat_cents))
            case InvoiceColumn.VAT:
                return labels.money_text(signed(row, row.vat_cents))
            case InvoiceColumn.INCL_VAT:
                return labels.money_text(signed(row, row.total_incl_vat_cents))
            case InvoiceColumn.STATUS:
                return labels.status_label(status_of(row))
            case _:
                issued_invoice = row.number is not None and row.kind != labels.CREDIT_NOTE
                if issued_invoice and row.balance_cents < 0:  # overpaid: a credit to refund, not a negative due
                    return self.tr("to refund %1").replace("%1", labels.money_text(-row.balance_cents))
                return labels.money_text(row.balance_cents) if issued_invoice else ""
