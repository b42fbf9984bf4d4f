"""Choose the month to run ("Run the month…"): drafts are rebuilt, issued invoices never touched."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from telecentre_desk.billing.month import Month
from telecentre_desk.ui.invoices.month_filter import month_edit, month_of


class MonthDialog(QDialog):
    def __init__(self, month: Month, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Run the month"))
        self.edit = month_edit(month, self)
        text = QLabel(self.tr("Drafts every member's invoice for the month: plans prorated by day, carnets and "
                              "passes bought, days beyond the allowance, room hours. Running a month again "
                              "rebuilds its drafts and keeps the lines added by hand; issued invoices are never "
                              "touched."), self)
        text.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Month"), self.edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    @property
    def month(self) -> Month:
        return month_of(self.edit)
