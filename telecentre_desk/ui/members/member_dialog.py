"""Add or edit a member; the services validate, errors show under the field they name."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from telecentre_desk.common import plausibility
from telecentre_desk.members import service as members
from telecentre_desk.members.info import MemberInfo
from telecentre_desk.plans import service as plans
from telecentre_desk.plans.info import PlanInfo
from telecentre_desk.ui.focus import order_form
from telecentre_desk.ui.form_errors import FormErrors, error_label
from telecentre_desk.ui.members.labels import categories, status_label
from telecentre_desk.ui.operations.changes import OpChanges
from telecentre_desk.ui.store import ACTOR, Store

# Line edits of the form, by the service's field names.
_TEXT_FIELDS = ("first_name", "last_name", "email", "phone", "company_name", "siren", "vat_number", "address",
                "postcode", "city")


class MemberDialog(QDialog):
    """New member when ``member`` is None, else edit that member."""

    member_saved = Signal(str)  # the member's uid

    def __init__(self, store: Store, *, member: MemberInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._member = member
        self.saved: MemberInfo | None = None
        self.setWindowTitle(self.tr("New member") if member is None else self.tr("Edit member"))
        self.setMinimumWidth(460)

        self.general_error = error_label(self)
        self.errors = FormErrors(self.general_error)
        self.edits: dict[str, QLineEdit] = {name: QLineEdit(self) for name in _TEXT_FIELDS}
        self.edits["postcode"].setMaxLength(10)
        self.edits["siren"].setMaxLength(11)  # 9 digits, maybe spaced
        self.edits["siren"].setPlaceholderText(self.tr("9 digits, for a business customer"))
        self.category = QComboBox(self)
        for code, label in categories():
            self.category.addItem(label, code)
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(64)
        self.notes.setTabChangesFocus(True)
        self.plan = QComboBox(self)
        self.start = QDateEdit(self)
        self.start.setCalendarPopup(True)
        # The core's floor (common/plausibility.DATE_FLOOR): the calendar offers no day it would refuse.
        floor = plausibility.DATE_FLOOR
        self.start.setMinimumDate(QDate(floor.year, floor.month, floor.day))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        row = self.errors.field_row
        form.addRow(self.tr("First name *"), row("first_name", self.edits["first_name"]))
        form.addRow(self.tr("Last name *"), row("last_name", self.edits["last_name"]))
        form.addRow(self.tr("Email"), row("email", self.edits["email"]))
        form.addRow(self.tr("Phone"), row("phone", self.edits["phone"]))
        form.addRow(self.tr("Category"), row("category", self.category))
        form.addRow(self.tr("Company"), row("company_name", self.edits["company_name"]))
        form.addRow(self.tr("SIREN"), row("siren", self.edits["siren"]))
        form.addRow(self.tr("VAT number"), row("vat_number", self.edits["vat_number"]))
        form.addRow(self.tr("Address"), row("address", self.edits["address"]))
        form.addRow(self.tr("Postcode"), row("postcode", self.edits["postcode"]))
        form.addRow(self.tr("City"), row("city", self.edits["city"]))
        form.addRow(self.tr("Notes"), row("notes", self.notes))
        if member is None:
            form.addRow(self.tr("Plan"), row("plan", self.plan))
            form.addRow(self.tr("Starting on"), row("start", self.start))
            self._load_plans()
        else:
            self.plan.hide()
            self.start.hide()
            self._fill(member)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if member is not None:
            layout.addWidget(self._caption(member))
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        for name in ("first_name", "last_name"):
            self.edits[name].textChanged.connect(self._on_name_text_changed)
        self.plan.currentIndexChanged.connect(self._on_plan_current_index_changed)
        self._on_name_text_changed()
        self._on_plan_current_index_changed()
        order_form(*(self.edits[name] for name in ("first_name", "last_name", "email", "phone")), self.category,
                   *(self.edits[name] for name in ("company_name", "siren", "address", "postcode", "city")),
                   self.notes, self.plan, self.start, buttons=self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _caption(self, member: MemberInfo) -> QLabel:
        """Who is being edited: number, status, plan and since when, at a glance."""
        parts = [f"<b>{html.escape(member.display_number)}</b>", status_label(member.status)]
        if member.plan_name:
            parts.append(html.escape(member.plan_name))
        if member.joined_on:
            since = QLocale().toString(member.joined_on, QLocale.FormatType.ShortFormat)
            parts.append(self.tr("member since %1").replace("%1", since))
        caption = QLabel(" · ".join(parts), self)
        caption.setTextFormat(Qt.TextFormat.RichText)
        return caption

    def _load_plans(self) -> None:
        self.plan.addItem(self.tr("No plan for now"), None)
        on_sale: list[PlanInfo] = self._store.query(
            lambda s: plans.list_plans(s, include_inactive=False), parent_widget=self) or []
        for info in on_sale:
            self.plan.addItem(f"{info.name} ({info.code})", info.code)
        today = self._store.place.today()
        self.start.setDate(QDate(today.year, today.month, today.day))

    def _fill(self, member: MemberInfo) -> None:
        for name, edit in self.edits.items():
            edit.setText(getattr(member, name) or "")
        index = self.category.findData(member.category)
        self.category.setCurrentIndex(max(index, 0))
        self.notes.setPlainText(member.notes or "")

    def values(self) -> dict[str, Any]:
        """The member's fields as typed; empty text clears an optional field."""
        fields: dict[str, Any] = {name: edit.text().strip() or None for name, edit in self.edits.items()}
        fields["category"] = self.category.currentData()
        fields["notes"] = self.notes.toPlainText().strip() or None
        return fields

    @Slot()
    def _on_name_text_changed(self) -> None:
        names_given = all(self.edits[n].text().strip() for n in ("first_name", "last_name"))
        self.ok_button.setEnabled(names_given)

    @Slot()
    def _on_plan_current_index_changed(self) -> None:
        self.start.setEnabled(self.plan.currentData() is not None)

    def accept(self) -> None:
        """Save through the service; on a refused value stay open with the error shown."""
        self.errors.clear()
        fields = self.values()
        if self._member is None:
            plan_code = self.plan.currentData()
            start = self.start.date().toPython() if plan_code else None

            def save(session: Session) -> MemberInfo:
                return members.add_member(session, actor=ACTOR, plan_code=plan_code, start=start, **fields)
        else:
            member_id = self._member.id

            def save(session: Session) -> MemberInfo:
                return members.edit_member(session, member_id, actor=ACTOR, **fields)

        result = self._store.run(save, parent_widget=self, on_failure=self.errors.show,
                                 changes=OpChanges(members=True))  # the member and a first plan
        if not result.ok or result.value is None:
            return
        self.saved = result.value
        self.member_saved.emit(result.value.id)
        super().accept()
