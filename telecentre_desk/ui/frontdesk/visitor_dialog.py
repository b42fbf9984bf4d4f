"""Sign in a visitor: a name and a day or half-day pass, or a member's guest. The desk then checks them in."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from telecentre_desk.common.errors import DeskError
from telecentre_desk.members.info import MemberInfo
from telecentre_desk.ui.form_errors import FormErrors, error_label
from telecentre_desk.ui.frontdesk.member_search import MemberSearch
from telecentre_desk.ui.operations.changes import OpChanges
from telecentre_desk.ui.store import ACTOR, Store

PASS_KINDS = ("day", "halfday")


class VisitorDialog(QDialog):
    """Registers the visitor through the Store; ``visitor_registered`` carries the new uid."""

    visitor_registered = Signal(str)

    def __init__(self, store: Store, *, members: Sequence[MemberInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.setWindowTitle(self.tr("Sign in a visitor"))
        self.setMinimumWidth(440)
        self.general_error = error_label(self)
        self.errors = FormErrors(self.general_error)
        self.first_name = QLineEdit(self)
        self.last_name = QLineEdit(self)
        self.day_pass = QRadioButton(self.tr("Day pass"), self)
        self.guest = QRadioButton(self.tr("Guest of a member"), self)
        kinds = QButtonGroup(self)
        kinds.addButton(self.day_pass)
        kinds.addButton(self.guest)
        self.pass_plan = QComboBox(self)
        self.host_member = MemberSearch(self)
        self.host_member.setPlaceholderText(self.tr("Member's name or number"))
        self.host_member.set_members(members)
        self.no_pass_hint = QLabel(self.tr("No day or half-day pass on sale: add one in the Plans screen."), self)
        self.no_pass_hint.setWordWrap(True)
        self._load_passes()

        form = QFormLayout()
        row = self.errors.field_row
        form.addRow(self.tr("First name *"), row("first_name", self.first_name))
        form.addRow(self.tr("Last name *"), row("last_name", self.last_name))
        form.addRow(self.day_pass, row("pass", self.pass_plan))
        form.addRow("", self.no_pass_hint)
        form.addRow(self.guest, row("guest_of", self.host_member))
        self.errors.alias("kind", "pass")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Sign in"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        kinds.buttonToggled.connect(self._update)
        for edit in (self.first_name, self.last_name, self.host_member):
            edit.textChanged.connect(self._update)
        (self.day_pass if self.pass_plan.count() else self.guest).setChecked(True)
        self._update()

    def _load_passes(self) -> None:
        from telecentre_desk.plans import service as plans

        rows = self._store.query(lambda s: plans.list_plans(s, include_inactive=False), parent_widget=self) or []
        for plan in rows:
            if plan.kind in PASS_KINDS:
                self.pass_plan.addItem(plan.name, plan.code)
        has_passes = self.pass_plan.count() > 0
        self.day_pass.setEnabled(has_passes)
        self.no_pass_hint.setVisible(not has_passes)

    @Slot()
    def _update(self) -> None:
        self.pass_plan.setEnabled(self.day_pass.isChecked())
        self.host_member.setEnabled(self.guest.isChecked())
        named = bool(self.first_name.text().strip() and self.last_name.text().strip())
        chosen = self.day_pass.isChecked() or bool(self.host_member.text().strip())
        self.ok_button.setEnabled(named and chosen)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        from telecentre_desk.common.errors import ValidationError
        from telecentre_desk.members.visitors import register_visitor

        first, last = self.first_name.text(), self.last_name.text()
        pass_code = self.pass_plan.currentData() if self.day_pass.isChecked() else None
        guest_of = None
        if self.guest.isChecked():
            guest_of = self.host_member.chosen_uid()
            if guest_of is None:
                message = self.tr("Choose the inviting member in the list.")
                self.errors.show(ValidationError(message, field="guest_of"))
                return

        today = self._store.place.today()

        def register(session):
            return register_visitor(session, first_name=first, last_name=last, day=today,
                                    pass_code=pass_code, guest_of=guest_of, actor=ACTOR)

        result = self._store.run(register, parent_widget=self, on_failure=self._show_error,
                                 changes=OpChanges(presence=True))
        if result.ok and result.value is not None:
            self.visitor_registered.emit(result.value.id)
            self.accept()

    def _show_error(self, error: DeskError) -> bool:
        return self.errors.show(error)
