"""Add or edit a plan: price typed as 12,50 or 12.50, VAT in percent, days for a carnet only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from telecentre_desk.common import money
from telecentre_desk.plans import service as plans
from telecentre_desk.plans.info import KINDS_WITH_UNITS, PlanInfo
from telecentre_desk.ui.focus import order_form
from telecentre_desk.ui.form_errors import FormErrors, error_label
from telecentre_desk.ui.operations.changes import OpChanges
from telecentre_desk.ui.plans.labels import kinds
from telecentre_desk.ui.store import ACTOR, Store


def _decimal_text(text: str) -> str:
    """``12.50`` written with the user's decimal mark (both are accepted back)."""
    return text.replace(".", QLocale().decimalPoint())


class PlanDialog(QDialog):
    """New plan when ``plan`` is None, else edit that plan (its code is its key and stays)."""

    plan_saved = Signal(str)  # the plan's code

    def __init__(self, store: Store, *, plan: PlanInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._plan = plan
        self.saved: PlanInfo | None = None
        self.setWindowTitle(self.tr("New plan") if plan is None else self.tr("Edit plan"))
        self.setMinimumWidth(420)

        self.general_error = error_label(self)
        self.errors = FormErrors(self.general_error)
        self.code = QLineEdit(self)
        self.code.setMaxLength(32)
        self.code.setPlaceholderText(self.tr("e.g. RESIDENT"))
        self.name = QLineEdit(self)
        self.kind = QComboBox(self)
        for code, label in kinds():
            self.kind.addItem(label, code)
        self.price = QLineEdit(self)
        self.price.setPlaceholderText(_decimal_text("12.50"))
        self.vat_rate = QLineEdit(_decimal_text("20"), self)
        self.units = QSpinBox(self)
        self.units.setRange(1, 1000)
        self.units.setValue(10)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        row = self.errors.field_row
        form.addRow(self.tr("Code *"), row("code", self.code))
        form.addRow(self.tr("Name *"), row("name", self.name))
        form.addRow(self.tr("Kind"), row("kind", self.kind))
        form.addRow(self.tr("Price excl. VAT (€) *"), row("price", self.price))
        form.addRow(self.tr("VAT rate (%)"), row("vat_rate", self.vat_rate))
        form.addRow(self.tr("Days in the carnet"), row("units", self.units))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        if plan is not None:
            self._fill(plan)
        for edit in (self.code, self.name, self.price):
            edit.textChanged.connect(self._on_required_text_changed)
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self._on_required_text_changed()
        self._on_kind_current_index_changed()
        fields = (self.code, self.name, self.kind, self.price, self.vat_rate, self.units)
        order_form(*(fields if plan is None else fields[1:]), buttons=self.buttons)  # an edited code is read-only

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _fill(self, plan: PlanInfo) -> None:
        self.code.setText(plan.code)
        self.code.setReadOnly(True)
        self.name.setText(plan.name)
        self.kind.setCurrentIndex(max(self.kind.findData(plan.kind), 0))
        self.price.setText(_decimal_text(money.format_plain(plan.price_cents)))
        rate = f"{money.basis_points_to_rate(plan.vat_rate_bp).normalize():f}"
        self.vat_rate.setText(_decimal_text(rate))
        if plan.units:
            self.units.setValue(plan.units)

    def values(self) -> dict[str, Any]:
        """The fields as the services take them (text for amounts, parsed there)."""
        has_units = self.kind.currentData() in KINDS_WITH_UNITS
        return {"name": self.name.text(), "kind": self.kind.currentData(), "price": self.price.text(),
                "vat_rate": self.vat_rate.text(), "units": self.units.value() if has_units else None}

    @Slot()
    def _on_required_text_changed(self) -> None:
        self.ok_button.setEnabled(all(e.text().strip() for e in (self.code, self.name, self.price)))

    @Slot()
    def _on_kind_current_index_changed(self) -> None:
        self.units.setEnabled(self.kind.currentData() in KINDS_WITH_UNITS)

    def accept(self) -> None:
        """Save through the service; on a refused value stay open with the error shown."""
        self.errors.clear()
        fields = self.values()
        code = self.code.text().strip()
        if self._plan is None:
            def save(session: Session) -> PlanInfo:
                return plans.add_plan(session, code=code, actor=ACTOR, **fields)
        else:
            def save(session: Session) -> PlanInfo:
                return plans.edit_plan(session, code, actor=ACTOR, **fields)

        result = self._store.run(save, parent_widget=self, on_failure=self.errors.show, changes=OpChanges(plans=True))
        if not result.ok or result.value is None:
            return
        self.saved = result.value
        self.plan_saved.emit(result.value.code)
        super().accept()
