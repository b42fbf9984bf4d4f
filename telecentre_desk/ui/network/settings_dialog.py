"""This place's network settings: its day rate for network members, and who bills their visits.

Both are business rules kept in the database (they travel to the other places in this place's export
and decide the settlement between places), changed through ``places.service`` and audited.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
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
from sqlmodel import Session

from telecentre_desk.common import money
from telecentre_desk.places import service as places
from telecentre_desk.ui.form_errors import FormErrors, error_label
from telecentre_desk.ui.store import ACTOR, Store


def _decimal_text(cents: int) -> str:
    """8.50 written with the user's decimal mark (both marks are accepted back)."""
    return money.format_plain(cents).replace(".", QLocale().decimalPoint())


class NetworkSettingsDialog(QDialog):
    saved = Signal(object)  # the NetworkSettings written

    def __init__(self, store: Store, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.setWindowTitle(self.tr("Network settings"))
        self.setMinimumWidth(560)
        current = store.read(places.read_network_settings, parent_widget=self) or places.NetworkSettings(None, "home")

        self.general_error = error_label(self)
        self.errors = FormErrors(self.general_error)
        self.rate = QLineEdit(self)
        self.rate.setPlaceholderText(self.tr("not agreed yet"))
        if current.day_rate_cents is not None:
            self.rate.setText(_decimal_text(current.day_rate_cents))
        self.billing = QComboBox(self)
        self.billing.addItem(self.tr("Their home place, at the visited place's network rate"), "home")
        self.billing.addItem(self.tr("The place they visit, itself"), "visited")
        self.billing.setCurrentIndex(max(self.billing.findData(current.billing), 0))

        intro = QLabel(self.tr(
            "A member of another place of the network may work here. The day rate is what such a day here "
            "costs, excluding VAT; it travels to the other places with this place's export. The second "
            "choice says who bills the days <i>this place's</i> members spend at other places."), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        row = self.errors.field_row
        form.addRow(self.tr("Network day rate (€ excl. VAT)"), row("network_day_rate", self.rate))
        form.addRow(self.tr("Our members' visits elsewhere are billed by"), row("network_billing", self.billing))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(intro)
        self.layout_.addLayout(form)
        self.layout_.addWidget(self.general_error)
        self.layout_.addWidget(self.buttons)

    def accept(self) -> None:
        """Save through the service; a refused amount stays on screen under its field."""
        self.errors.clear()
        rate, billing = self.rate.text(), self.billing.currentData()

        def save(session: Session) -> places.NetworkSettings:
            return places.edit_network_settings(session, day_rate=rate, billing=billing, actor=ACTOR)

        result = self._store.run(save, parent_widget=self, on_failure=self.errors.show)
        if result.ok:
            self.saved.emit(result.value)
            super().accept()
