"""Add a line to a draft by hand (an extra: printing, a locker, a discounted day...)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from telecentre_desk.ui.form_errors import FormErrors, error_label
from telecentre_desk.ui.operations.changes import OpChanges
from telecentre_desk.ui.store import ACTOR, Store

# The French VAT rates, the coworking service's first; the field takes any other too.
VAT_RATES = ("20", "10", "5,5", "2,1", "0")


class LineDialog(QDialog):
    """``vat_liable`` False (franchise, exempt): no VAT field, the line is at 0 %."""

    line_added = Signal(int)  # the draft's invoice id

    def __init__(self, store: Store, *, invoice_id: int, caption: str, vat_liable: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._invoice_id = invoice_id
        self.setWindowTitle(self.tr("Add a line"))
        self.setMinimumWidth(440)
        self.general_error = error_label(self)
        self.errors = FormErrors(self.general_error)
        self.description = QLineEdit(self)
        self.description.setMaxLength(300)
        self.description.setPlaceholderText(self.tr("e.g. Printing, 120 pages"))
        self.quantity = QLineEdit("1", self)
        self.unit_price = QLineEdit(self)
        self.unit_price.setPlaceholderText(self.tr("euros, e.g. 12,50"))
        self.vat_rate = QComboBox(self)
        self.vat_rate.setEditable(True)
        self.vat_rate.addItems(list(VAT_RATES))
        form = QFormLayout()
        row = self.errors.field_row
        form.addRow(self.tr("Description"), row("description", self.description))
        form.addRow(self.tr("Quantity"), row("quantity", self.quantity))
        form.addRow(self.tr("Unit price excl. VAT (€)"), row("unit_price", self.unit_price))
        if vat_liable:
            form.addRow(self.tr("VAT rate (%)"), row("vat_rate", self.vat_rate))
        else:
            self.vat_rate.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(caption, self))
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self._vat_liable = vat_liable

    def accept(self) -> None:
        """Save through the service; a refused value stays on screen under its field."""
        from telecentre_desk.billing import draft_edit

        self.errors.clear()
        invoice_id = self._invoice_id
        values = {"description": self.description.text(), "quantity": self.quantity.text(),
                  "unit_price": self.unit_price.text(),
                  "vat_rate": self.vat_rate.currentText() if self._vat_liable else None}
        result = self._store.run(lambda s: draft_edit.add_line(s, invoice_id, actor=ACTOR, **values),
                                 parent_widget=self, on_failure=self.errors.show,
                                 changes=OpChanges(invoices=True))
        if result.ok:
            self.line_added.emit(invoice_id)
            super().accept()
