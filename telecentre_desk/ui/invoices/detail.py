"""The panel beside the list: the current invoice's lines, totals, payments, credit notes and note."""

from __future__ import annotations

import html
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from telecentre_desk.billing.info import LineInfo
from telecentre_desk.billing.listing import InvoiceDetail, InvoiceRow
from telecentre_desk.common.money import format_rate
from telecentre_desk.ui.invoices import labels
from telecentre_desk.ui.invoices.table_model import signed, status_of
from telecentre_desk.ui.rows_model import RowsTableModel
from telecentre_desk.ui.table_view import make_table

AnyIndex = QModelIndex | QPersistentModelIndex


class LineColumn(IntEnum):
    DESCRIPTION = 0
    QUANTITY = 1
    UNIT_PRICE = 2
    VAT_RATE = 3
    AMOUNT = 4


_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


_HEADERS = {
    LineColumn.DESCRIPTION: QT_TRANSLATE_NOOP("InvoiceLinesModel", "Description"),
    LineColumn.QUANTITY: QT_TRANSLATE_NOOP("InvoiceLinesModel", "Qty"),
    LineColumn.UNIT_PRICE: QT_TRANSLATE_NOOP("InvoiceLinesModel", "Unit price"),
    LineColumn.VAT_RATE: QT_TRANSLATE_NOOP("InvoiceLinesModel", "VAT"),
    LineColumn.AMOUNT: QT_TRANSLATE_NOOP("InvoiceLinesModel", "Excl. VAT"),
}


class LinesModel(RowsTableModel[LineInfo]):
    CONTEXT = "InvoiceLinesModel"
    HEADERS = _HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_lines(self, lines: Sequence[LineInfo]) -> None:
        self.beginResetModel()
        self._rows = list(lines)
        self.endResetModel()

    def header_alignment(self, column: int) -> int | None:
        return None if column == LineColumn.DESCRIPTION else _RIGHT

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.valid(index):
            return None
        line = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case LineColumn.DESCRIPTION:
                    return line.description
                case LineColumn.QUANTITY:
                    return f"{line.quantity.normalize():f}".replace(".", QLocale().decimalPoint())  # 1,5
                case LineColumn.UNIT_PRICE:
                    return labels.money_text(line.unit_price_cents)
                case LineColumn.VAT_RATE:
                    return format_rate(line.vat_rate_bp)
                case _:
                    return labels.money_text(line.total_excl_vat_cents)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return None if column == LineColumn.DESCRIPTION else _RIGHT
        if role == Qt.ItemDataRole.FontRole and line.manual:
            return self._italic
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self.tr("Added by hand: kept when the month is run again") if line.manual
                    else self.tr("From the member's plans and usage"))
        return None


class DetailPanel(QWidget):
    """``show_invoice(row, detail, member)``; ``selected_line()`` is the line picked in its table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.lines_model = LinesModel(self)
        self.lines: QTableView = make_table(self.lines_model, self)
        self.lines.setSortingEnabled(False)  # the invoice's own order
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(LineColumn.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column in (LineColumn.QUANTITY, LineColumn.UNIT_PRICE, LineColumn.VAT_RATE, LineColumn.AMOUNT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.totals = QLabel(self)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.payments = QLabel(self)
        self.payments.setWordWrap(True)
        self.payments.setTextFormat(Qt.TextFormat.RichText)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #4b5563;")
        # Under the list, the full width: the facts and the money on the left, the lines on the right.
        facts = QVBoxLayout()
        facts.addWidget(self.title)
        facts.addWidget(self.facts)
        facts.addWidget(self.payments)
        facts.addWidget(self.note)
        facts.addStretch(1)
        lines = QVBoxLayout()
        lines.addWidget(self.lines, 1)
        lines.addWidget(self.totals)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(facts, 2)
        layout.addLayout(lines, 3)
        self.show_invoice(None, None, "")

    def selected_line(self) -> LineInfo | None:
        rows = self.lines.selectionModel().selectedRows()
        return self.lines_model.row_at(rows[0].row()) if rows else None

    def show_invoice(self, row: InvoiceRow | None, detail: InvoiceDetail | None, member: str) -> None:
        if row is None or detail is None:
            nothing = self.tr("No invoice selected")
            self.title.setText(f"<b>{html.escape(nothing)}</b>")
            self.facts.setText(html.escape(self.tr("Select an invoice to see its lines and payments.")))
            self.lines_model.set_lines([])
            for label in (self.totals, self.payments, self.note):
                label.clear()
            return
        status = status_of(row)
        colour = labels.STATUS_COLOURS.get(status, "#000")
        if row.number is None:  # the status would only repeat "draft"
            what = self.tr("Draft of %1").replace("%1", labels.period_text(row.period_start, row.period_end))
            self.title.setText(f"<b style='font-size:large; color:{colour}'>{html.escape(what)}</b>")
        else:
            self.title.setText(f"<b style='font-size:large'>{html.escape(row.number)}</b> &nbsp; "
                               f"<span style='color:{colour}'>● {html.escape(labels.status_label(status))}</span>")
        facts = [html.escape(member), html.escape(self.tr("Period: %1").replace(
            "%1", labels.period_text(row.period_start, row.period_end)))]
        if row.issue_date:
            facts.append(html.escape(self.tr("Issued on %1").replace("%1", labels.date_text(row.issue_date))))
        if detail.due_date and row.kind != labels.CREDIT_NOTE:
            facts.append(html.escape(self.tr("Due on %1").replace("%1", labels.date_text(detail.due_date))))
        if detail.credited_number:
            facts.append(html.escape(self.tr("Credits invoice %1").replace("%1", detail.credited_number)))
        self.facts.setText("<br>".join(facts))
        self.lines_model.set_lines(detail.lines)
        money = labels.money_text
        totals = [self.tr("Excl. VAT: %1").replace("%1", money(signed(row, row.total_excl_vat_cents))),
                  self.tr("VAT: %1").replace("%1", money(signed(row, row.vat_cents))),
                  "<b>" + html.escape(self.tr("Total: %1").replace("%1", money(signed(row, row.total_incl_vat_cents))))
                  + "</b>"]
        if row.number is not None and row.kind != labels.CREDIT_NOTE:
            # Overpaid after a credit note: the place owes the member, said as such, never "-7,20 € due".
            balance = (self.tr("Credit to refund: %1").replace("%1", money(-row.balance_cents))
                       if row.balance_cents < 0 else self.tr("Balance due: %1").replace("%1", money(row.balance_cents)))
            totals.append("<b>" + html.escape(balance) + "</b>")
        self.totals.setText("<br>".join(t if t.startswith("<b>") else html.escape(t) for t in totals))
        paid = [self.tr("%1: %2 by %3").replace("%1", labels.date_text(p.paid_on)).replace(
            "%2", money(p.amount_cents)).replace("%3", labels.method_label(p.method).lower())
            + (f" ({p.reference})" if p.reference else "") for p in detail.payments]
        paid += [self.tr("Credit note %1: %2").replace("%1", number_).replace("%2", money(amount))
                 for number_, amount in detail.credit_notes]
        if paid:
            heading = self.tr("Payments and credits")
            self.payments.setText(f"<b>{html.escape(heading)}</b><br>"
                                  + "<br>".join(html.escape(p) for p in paid))
        elif row.number is not None and row.kind != labels.CREDIT_NOTE:
            self.payments.setText(html.escape(self.tr("No payment recorded yet.")))
        else:
            self.payments.clear()
        self.note.setText(detail.note or "")
