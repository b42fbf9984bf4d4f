"""Desk settings: each rule refuses, warns or lets in; the repeat window, half days, unpaid invoices
(business rules, in the database and audited); and this computer's scanner timings (QSettings)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QSettings, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from telecentre_desk.common.errors import DeskError
from telecentre_desk.ui.form_errors import FormErrors, error_label
from telecentre_desk.ui.frontdesk.gateway import DeskGateway
from telecentre_desk.ui.operations.changes import OpChanges
from telecentre_desk.ui.scanner import settings as scanner_settings
from telecentre_desk.ui.scanner.burst import Thresholds
from telecentre_desk.ui.store import ACTOR, Store

RULE_LABELS = {
    "inactive_member": QT_TRANSLATE_NOOP("DeskSettingsDialog", "Membership not active"),
    "no_active_plan": QT_TRANSLATE_NOOP("DeskSettingsDialog", "No plan covers the day"),
    "no_credits_left": QT_TRANSLATE_NOOP("DeskSettingsDialog", "No days left on the carnet"),
    "outside_opening_hours": QT_TRANSLATE_NOOP("DeskSettingsDialog", "Outside opening hours"),
    "unpaid": QT_TRANSLATE_NOOP("DeskSettingsDialog", "Invoice overdue"),
    "network_member": QT_TRANSLATE_NOOP("DeskSettingsDialog", "Member of another place of the network"),
}
OUTCOME_LABELS = {
    "block": QT_TRANSLATE_NOOP("DeskSettingsDialog", "Refuse"),
    "warn": QT_TRANSLATE_NOOP("DeskSettingsDialog", "Let in, warn the host"),
    "allow": QT_TRANSLATE_NOOP("DeskSettingsDialog", "Let in silently"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeskSettingsDialog", text)


def _spin(low: int, high: int, value: int, suffix: str, parent: QWidget) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setSuffix(suffix)
    return spin


class DeskSettingsDialog(QDialog):
    """Saves the rules through the Store, then has the desk read them again."""

    scanner_changed = Signal(object)  # the new Thresholds

    def __init__(self, store: Store, gateway: DeskGateway, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._gateway = gateway
        self._settings = settings
        self.setWindowTitle(self.tr("Desk settings"))
        policies = gateway.context.policies
        self.general_error = error_label(self)
        self.errors = FormErrors(self.general_error)

        rules = QFormLayout()
        self.outcomes: dict[str, QComboBox] = {}
        for rule, label in RULE_LABELS.items():
            combo = QComboBox(self)
            for code, text in OUTCOME_LABELS.items():
                combo.addItem(_tr(text), code)
            combo.setCurrentIndex(combo.findData(policies.outcome(rule).value))
            self.outcomes[rule] = combo
            rules.addRow(_tr(label), self.errors.field_row(rule, combo))
        self.repeat_window = _spin(0, 3600, policies.repeat_window_s, self.tr(" s"), self)
        self.repeat_window.setToolTip(self.tr("A second scan this soon repeats the answer instead of checking out"))
        rules.addRow(self.tr("Repeat window"), self.errors.field_row("repeat_window_s", self.repeat_window))
        self.halfday = QCheckBox(self.tr("Count a half day up to"), self)
        self.halfday_hours = QDoubleSpinBox(self)
        self.halfday_hours.setRange(0.5, 23.5)
        self.halfday_hours.setSingleStep(0.5)
        self.halfday_hours.setSuffix(self.tr(" h"))
        self.halfday_hours.setDecimals(1)  # half hours: « 4,0 h » (the window's locale gives the comma)
        self.halfday_hours.setLocale(QLocale())
        self.halfday_hours.setValue(policies.halfday_max_hours or 4.0)
        self.halfday.setChecked(policies.halfday_max_hours is not None)
        halfday_row = QHBoxLayout()
        halfday_row.addWidget(self.halfday)
        halfday_row.addWidget(self.errors.field_row("halfday_max_hours", self.halfday_hours), 1)
        rules.addRow(self.tr("Carnets"), halfday_row)
        self.unpaid_days = _spin(0, 365, policies.unpaid_after_days, self.tr(" days"), self)
        rules.addRow(self.tr("Overdue after"), self.errors.field_row("unpaid_after_days", self.unpaid_days))
        rules_box = QGroupBox(self.tr("Rules at this place"), self)
        rules_box.setLayout(rules)

        thresholds = scanner_settings.read_thresholds(settings)
        self.min_chars = _spin(2, 40, thresholds.min_chars, self.tr(" characters"), self)
        self.max_gap = _spin(5, 500, thresholds.max_gap_ms, self.tr(" ms"), self)
        self.no_suffix = _spin(5, 200, thresholds.no_suffix_chars, self.tr(" characters"), self)
        scanner = QFormLayout()
        scanner.addRow(self.tr("A scan has at least"), self.min_chars)
        scanner.addRow(self.tr("Longest gap between characters"), self.max_gap)
        scanner.addRow(self.tr("Without Enter or Tab, a scan has at least"), self.no_suffix)
        scanner_box = QGroupBox(self.tr("Barcode scanner of this computer"), self)
        scanner_box.setLayout(scanner)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        layout = QVBoxLayout(self)
        layout.addWidget(rules_box)
        layout.addWidget(scanner_box)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.halfday.toggled.connect(self.halfday_hours.setEnabled)
        self.halfday_hours.setEnabled(self.halfday.isChecked())

    def policies_data(self) -> dict[str, Any]:
        """The rules as typed, in the form the core validates (desk.policies.from_json)."""
        return {"outcomes": {rule: combo.currentData() for rule, combo in self.outcomes.items()},
                "repeat_window_s": self.repeat_window.value(),
                "halfday_max_hours": self.halfday_hours.value() if self.halfday.isChecked() else None,
                "unpaid_after_days": self.unpaid_days.value()}

    @Slot()
    def _on_buttons_accepted(self) -> None:
        from telecentre_desk.audit import service as audit
        from telecentre_desk.desk import policies as desk_policies

        data = self.policies_data()
        place_id = self._gateway.context.place_id

        def save(session) -> None:
            policies = desk_policies.from_json(data)
            desk_policies.save(session.connection(), place_id, policies)
            audit.record(session, actor=ACTOR, action="desk.policies", entity="place", details=policies.to_json())

        if not self._store.run(save, parent_widget=self, on_failure=self._show_error,
                               changes=OpChanges(settings=True)).ok:  # the desk reads them again below
            return
        self._gateway.reload()
        thresholds = Thresholds(min_chars=self.min_chars.value(), max_gap_ms=self.max_gap.value(),
                                no_suffix_chars=self.no_suffix.value())
        scanner_settings.write_thresholds(self._settings, thresholds)
        self.scanner_changed.emit(thresholds)
        self.accept()

    def _show_error(self, error: DeskError) -> bool:
        return self.errors.show(error)
