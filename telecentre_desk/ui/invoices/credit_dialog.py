"""Issue a credit note on an issued invoice: the whole of it, or an amount VAT included, with its reason."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from telecentre_desk.common.errors import ValidationError
from telecentre_desk.ui import dialogs
from telecentre_desk.ui.form_errors import FormErrors, error_label
from telecentre_desk.ui.invoices import labels
from telecentre_desk.ui.operations.changes import OpChanges
from telecentre_desk.ui.store import ACTOR, Store


class CreditDialog(QDialog):
    credited = Signal(str)  # the credit note's number

    def __init__(self, store: Store, *, number: str, caption: str, total_cents: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._number = number
        self.setWindowTitle(self.tr("Credit note"))
        self.setMinimumWidth(440)
        self.general_error = error_label(self)
        self.errors = FormErrors(self.general_error)
        self.whole = QRadioButton(self.tr("The whole invoice (%1)").replace("%1", labels.money_text(total_cents)),
                                  self)
        self.partial = QRadioButton(self.tr("Part of it, VAT included:"), self)
        self.whole.setChecked(True)
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("euros, e.g. 36,00"))
        self.amount.setEnabled(False)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(300)
        self.reason.setPlaceholderText(self.tr("e.g. billed twice in November"))
        form = QFormLayout()
        row = self.errors.field_row
        form.addRow(self.whole)
        form.addRow(self.partial, row("amount", self.amount))
        form.addRow(self.tr("Reason"), row("reason", self.reason))
        warning = QLabel(self.tr("A credit note is issued at once with its own number; it cannot be undone."), self)
        warning.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        # Enter never issues a credit note: Cancel is the default, OK waits for a reason, then asks again.
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Issue the credit note…"))
        self.ok_button.setAutoDefault(False)
        self.ok_button.setDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.ok_button.setEnabled(False)
        self.reason.textChanged.connect(self._on_reason_text_changed)
        self._caption = caption
        self._total_cents = total_cents
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(caption, self))
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.partial.toggled.connect(self._on_partial_toggled)

    @Slot(str)
    def _on_reason_text_changed(self, text: str) -> None:
        self.ok_button.setEnabled(bool(text.strip()))

    @Slot(bool)
    def _on_partial_toggled(self, checked: bool) -> None:
        self.amount.setEnabled(checked)
        if checked:
            self.amount.setFocus()

    def accept(self) -> None:
        from telecentre_desk.billing import corrections

        self.errors.clear()
        number, reason = self._number, self.reason.text()
        if not reason.strip():
            self.errors.show(ValidationError(self.tr("a credit note needs its reason"), field="reason"))
            return
        amount = self.amount.text() if self.partial.isChecked() else None
        what = (self.tr("the whole invoice (%1)").replace("%1", labels.money_text(self._total_cents)) if amount is None
                else self.tr("%1 € VAT included").replace("%1", amount.strip()))
        question = self.tr("Issue a credit note of %1 on %2?\n\nReason: %3\n\nIt gets its own number for good and "
                           "cannot be undone.").replace("%1", what).replace("%2", self._caption).replace("%3", reason)
        if not dialogs.ask(self, self.tr("Issue a credit note"), question):
            return
        result = self._store.run(
            lambda s: corrections.credit(s, number, reason=reason, amount=amount, actor=ACTOR).number,
            parent_widget=self, on_failure=self.errors.show, changes=OpChanges(invoices=True))
        if result.ok and result.value:
            self.credited.emit(result.value)
            super().accept()
