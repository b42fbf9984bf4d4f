"""This place's network settings: its day rate for network members, who bills their visits, and whether
the desk lets members of other places in (the desk rule ``network_member``).

All are business rules kept in the database and audited: the rate and the billing rule travel to the
other places in this place's export and decide the settlement between places; the desk rule is the
same one the desk settings show, saved the same way.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QLocale, Signal
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

from telecentre_desk.audit import service as audit
from telecentre_desk.common import money
from telecentre_desk.desk import policies as desk_policies
from telecentre_desk.places import service as places
from telecentre_desk.ui.accessibility import make_help_text
from telecentre_desk.ui.form_errors import FormErrors, error_label
from telecentre_desk.ui.frontdesk.settings_dialog import OUTCOME_LABELS, RULE_LABELS
from telecentre_desk.ui.operations.changes import OpChanges
from telecentre_desk.ui.store import ACTOR, Store

NETWORK_RULE = "network_member"
# What else the desk checks for a member of another place (their entitlement is the plan they hold at home).
_ALSO_CHECKED = ("no_active_plan", "inactive_member", "outside_opening_hours")


def _read_policies(session: Session) -> desk_policies.DeskPolicies:
    return desk_policies.load(session.connection(), places.local_place_row(session).id)


def _desk_tr(text: str) -> str:
    """The desk settings' own words for the rules and outcomes, so both dialogs say the same."""
    return QCoreApplication.translate("DeskSettingsDialog", text)


def _decimal_text(cents: int) -> str:
    """8.50 written with the user's decimal mark (both marks are accepted back)."""
    return money.format_plain(cents).replace(".", QLocale().decimalPoint())


class NetworkSettingsDialog(QDialog):
    saved = Signal(object)  # the NetworkSettings written

    def __init__(self, store: Store, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.setWindowTitle(self.tr("Network settings"))
        self.setMinimumWidth(640)
        current = store.read(places.read_network_settings, parent_widget=self) or places.NetworkSettings(None, "home")

        self.general_error = error_label(self)
        self.errors = FormErrors(self.general_error)
        self.rate = QLineEdit(self)
        self.rate.setPlaceholderText(self.tr("not agreed yet"))
        if current.day_rate_cents is not None:
            self.rate.setText(_decimal_text(current.day_rate_cents))
        self.billing = QComboBox(self)
        self.billing.addItem(self.tr("This place, their home place"), "home")
        self.billing.addItem(self.tr("The place they visit"), "visited")
        self.billing.setCurrentIndex(max(self.billing.findData(current.billing), 0))
        self.policies = store.query(_read_policies, parent_widget=self) or desk_policies.DeskPolicies()
        self.welcome = QComboBox(self)
        for outcome in ("allow", "warn", "block"):
            self.welcome.addItem(_desk_tr(OUTCOME_LABELS[outcome]), outcome)
        self.welcome.setCurrentIndex(max(self.welcome.findData(self.policies.outcome(NETWORK_RULE).value), 0))
        outcomes = self.policies.outcomes
        also = "\n".join(f"• {_desk_tr(RULE_LABELS[rule])} — {_desk_tr(OUTCOME_LABELS[outcomes[rule].value])}"
                         for rule in _ALSO_CHECKED)
        self.policy_summary = QLabel(self.tr(
            "Their right to a day is the plan they hold at home; carnets and unpaid invoices stay their home "
            "place's business. As for this place's members, the desk also checks (Place ▸ Desk settings):")
            + "\n" + also, self)
        self.policy_summary.setWordWrap(True)
        make_help_text(self.policy_summary)  # quieter, still 7:1 (a disabled label read 2.6:1)

        intro = QLabel(self.tr(
            "A member of another place of the network may work here. The day rate is what such a day here "
            "costs, excluding VAT; it travels to the other places with this place's export. When this place "
            "bills its own members for their days elsewhere, it owes the visited place that place's rate for "
            "each day (the Settlements tab adds it up)."), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        row = self.errors.field_row
        form.addRow(self.tr("Network day rate (€ excl. VAT)"), row("network_day_rate", self.rate))
        form.addRow(self.tr("Our members' days elsewhere billed by"), row("network_billing", self.billing))
        form.addRow(self.tr("Members of other places here"), row(NETWORK_RULE, self.welcome))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(intro)
        self.layout_.addLayout(form)
        self.layout_.addWidget(self.policy_summary)
        self.layout_.addWidget(self.general_error)
        self.layout_.addWidget(self.buttons)

    def accept(self) -> None:
        """Save through the service; a refused amount stays on screen under its field."""
        self.errors.clear()
        rate, billing = self.rate.text(), self.billing.currentData()
        welcome = desk_policies.Outcome(self.welcome.currentData())

        def save(session: Session) -> places.NetworkSettings:
            settings = places.edit_network_settings(session, day_rate=rate, billing=billing, actor=ACTOR)
            current = _read_policies(session)
            if current.outcome(NETWORK_RULE) != welcome:
                changed = dataclasses.replace(current, outcomes={**current.outcomes, NETWORK_RULE: welcome})
                desk_policies.save(session.connection(), places.local_place_row(session).id, changed)
                audit.record(session, actor=ACTOR, action="desk.policies", entity="place", details=changed.to_json())
            return settings

        result = self._store.run(save, parent_widget=self, on_failure=self.errors.show,
                                 changes=OpChanges(sync=True, settings=True))
        if result.ok:
            self.saved.emit(result.value)
            super().accept()
