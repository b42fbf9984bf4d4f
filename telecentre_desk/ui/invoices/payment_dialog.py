"""Record a payment of an issued invoice: amount, method, date. An excess is kept as the member's credit."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from telecentre_desk.ui.form_errors import FormErrors, error_label
from telecentre_desk.ui.invoices import labels
from telecentre_desk.ui.operations.changes import OpChanges
from telecentre_desk.ui.store import ACTOR, Store


def amount_field_text(cents: int) -> str:
    """What the amount field starts with: the sum due without grouping (``216,00``), as the parser reads it."""
    euros, rest = divmod(max(cents, 0), 100)
    return f"{euros}{QLocale().decimalPoint()}{rest:02d}"


class PaymentDialog(QDialog):
    """After a save, ``applied_cents`` and ``credit_cents`` say what went on the invoice and what was kept."""

    payment_recorded = Signal(str)  # a sentence for the status bar

    def __init__(self, store: Store, *, number: str, caption: str, due_cents: int, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._number = number
        self.applied_cents = 0
        self.credit_cents = 0
        self.setWindowTitle(self.tr("Record a payment"))
        self.setMinimumWidth(420)
        self.general_error = error_label(self)
        self.errors = FormErrors(self.general_error)
        self.amount = QLineEdit(amount_field_text(due_cents), self)
        self.method = QComboBox(self)
        for code, label in labels.methods():
            self.method.addItem(label, code)
        self.paid_on = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.paid_on.setCalendarPopup(True)
        self.reference = QLineEdit(self)
        self.reference.setMaxLength(120)
        self.reference.setPlaceholderText(self.tr("cheque number, transfer reference… (optional)"))
        form = QFormLayout()
        row = self.errors.field_row
        form.addRow(self.tr("Amount (€)"), row("amount", self.amount))
        form.addRow(self.tr("Method"), row("method", self.method))
        form.addRow(self.tr("Date"), row("date", self.paid_on))
        form.addRow(self.tr("Reference"), row("reference", self.reference))
        due = self.tr("Due: %1").replace("%1", labels.money_text(max(due_cents, 0)))
        hint = QLabel(self.tr("More than what is due is kept as the member's credit."), self)
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{caption}\n{due}", self))
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.amount.selectAll()

    def accept(self) -> None:
        from telecentre_desk.billing import corrections

        self.errors.clear()
        number, amount, method = self._number, self.amount.text(), self.method.currentData()
        day = self.paid_on.date().toPython()
        reference = self.reference.text().strip() or None
        result = self._store.run(
            lambda s: _amounts(corrections.pay(s, number, amount=amount, method=method, on=day, reference=reference,
                                               actor=ACTOR)),
            parent_widget=self, on_failure=self.errors.show, changes=OpChanges(invoices=True))
        if not result.ok or result.value is None:
            return
        self.applied_cents, self.credit_cents = result.value
        text = self.tr("%1 recorded on %2").replace("%1", labels.money_text(self.applied_cents)).replace("%2", number)
        if self.credit_cents:
            text += self.tr("; %1 kept as the member's credit").replace("%1", labels.money_text(self.credit_cents))
        self.payment_recorded.emit(text)
        super().accept()


def _amounts(recorded: tuple) -> tuple[int, int]:
    # Plain numbers out of the unit of work: the ORM rows are detached once it ends.
    applied, extra = recorded
    return applied.amount_cents, extra.amount_cents if extra is not None else 0
