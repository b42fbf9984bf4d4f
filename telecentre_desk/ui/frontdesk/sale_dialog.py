"""Sell at the desk: a pass, a carnet or an extra, to a member or a new visitor, invoiced now or with
the month (billing/sales.py). After a sale invoiced now, the invoice can be printed or saved as PDF.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from telecentre_desk.common.errors import DeskError, ValidationError
from telecentre_desk.common.money import format_eur
from telecentre_desk.members.info import MemberInfo
from telecentre_desk.ui import dialogs, file_prompts
from telecentre_desk.ui.form_errors import FormErrors, error_label
from telecentre_desk.ui.frontdesk import sale_print
from telecentre_desk.ui.frontdesk.member_search import MemberSearch, entry_text
from telecentre_desk.ui.operations.changes import OpChanges
from telecentre_desk.ui.store import ACTOR, Store

if TYPE_CHECKING:
    from telecentre_desk.billing.sales import SaleResult
    from telecentre_desk.plans.info import PlanInfo
    from telecentre_desk.ui.operations import Job

SALE_KINDS = ("day", "halfday", "carnet", "extra")
PASS_KINDS = ("day", "halfday")
MAX_QUANTITY = {"day": 1, "halfday": 1, "carnet": 10, "extra": 999}  # as billing/sales.py checks


class SaleDialog(QDialog):
    """``visitor_registered`` carries a new visitor's uid (the desk checks them in), ``sold`` the SaleResult."""

    visitor_registered = Signal(str)
    sold = Signal(object)

    def __init__(self, store: Store, *, members: Sequence[MemberInfo], member_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.result_sale: SaleResult | None = None
        self._plans: list[PlanInfo] = []
        self._vat = True
        self.setWindowTitle(self.tr("Sell"))
        self.setMinimumWidth(500)
        self.general_error = error_label(self)
        self.errors = FormErrors(self.general_error)

        self.to_member = QRadioButton(self.tr("Member"), self)
        self.to_visitor = QRadioButton(self.tr("New visitor"), self)
        who = QButtonGroup(self)
        who.addButton(self.to_member)
        who.addButton(self.to_visitor)
        self.member = MemberSearch(self)
        self.member.setPlaceholderText(self.tr("Member's name or number"))
        self.member.set_members(members)
        chosen = next((m for m in members if m.id == member_id), None)
        if chosen is not None:
            self.member.setText(entry_text(chosen))
        self.first_name = QLineEdit(self)
        self.first_name.setPlaceholderText(self.tr("First name"))
        self.last_name = QLineEdit(self)
        self.last_name.setPlaceholderText(self.tr("Last name"))
        self.email = QLineEdit(self)
        self.email.setPlaceholderText(self.tr("Email (optional, to send the invoice)"))
        visitor_box = QWidget(self)
        visitor_row = QHBoxLayout(visitor_box)
        visitor_row.setContentsMargins(0, 0, 0, 0)
        for edit in (self.first_name, self.last_name, self.email):
            visitor_row.addWidget(edit)

        self.product = QComboBox(self)
        self.quantity = QSpinBox(self)
        self.quantity.setRange(1, 1)
        self.total = QLabel(self)
        self.total.setObjectName("sale_total")
        font = self.total.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.total.setFont(font)
        self.now = QRadioButton(self.tr("Invoice now"), self)
        self.monthly = QRadioButton(self.tr("Add to the month's invoice"), self)
        modes = QButtonGroup(self)
        modes.addButton(self.now)
        modes.addButton(self.monthly)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.now)
        mode_row.addWidget(self.monthly)
        mode_row.addStretch(1)
        self.payment = QComboBox(self)
        self.payment.addItem(self.tr("Not paid now"), None)
        self.payment.addItem(self.tr("Cash"), "cash")
        self.payment.addItem(self.tr("Card"), "card")
        self.payment.addItem(self.tr("Cheque"), "cheque")
        self.payment.addItem(self.tr("Transfer"), "transfer")
        self.no_product_hint = QLabel(self.tr("Nothing on sale at the desk: add passes, carnets or extras in the "
                                              "Plans screen."), self)
        self.no_product_hint.setWordWrap(True)

        form = QFormLayout()
        row = self.errors.field_row
        form.addRow(self.to_member, row("member", self.member))
        form.addRow(self.to_visitor, row("first_name", visitor_box))
        self.errors.alias("last_name", "first_name")
        self.errors.alias("email", "first_name")
        self.errors.alias("kind", "first_name")
        form.addRow(self.tr("Product"), row("plan", self.product))
        form.addRow("", self.no_product_hint)
        form.addRow(self.tr("Quantity"), row("quantity", self.quantity))
        form.addRow(self.tr("Invoicing"), mode_row)
        form.addRow(self.tr("Payment"), row("pay", self.payment))
        form.addRow(self.tr("Total"), self.total)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.sell_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sell_button.setText(self.tr("Sell"))
        sale_page = QWidget(self)
        sale_layout = QVBoxLayout(sale_page)
        sale_layout.setContentsMargins(0, 0, 0, 0)
        sale_layout.addLayout(form)
        sale_layout.addWidget(self.general_error)
        sale_layout.addWidget(self.buttons)

        # After a sale invoiced now: what was done, and the invoice to print or save.
        self.done_text = QLabel(self)
        self.done_text.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(self.tr("Save PDF…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        done_buttons = QHBoxLayout()
        done_buttons.addWidget(self.print_button)
        done_buttons.addWidget(self.save_button)
        done_buttons.addStretch(1)
        done_buttons.addWidget(self.close_button)
        done_page = QWidget(self)
        done_layout = QVBoxLayout(done_page)
        done_layout.addWidget(self.done_text)
        done_layout.addStretch(1)
        done_layout.addLayout(done_buttons)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(sale_page)
        self.pages.addWidget(done_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self._load()
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        who.buttonToggled.connect(self._update)
        modes.buttonToggled.connect(self._update)
        self.product.currentIndexChanged.connect(self._on_product_changed)
        self.quantity.valueChanged.connect(self._update)
        for edit in (self.member, self.first_name, self.last_name):
            edit.textChanged.connect(self._update)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.close_button.clicked.connect(self.accept)
        self.to_member.setChecked(True)
        self._on_product_changed()

    def _load(self) -> None:
        from telecentre_desk.billing import sales
        from telecentre_desk.places.service import local_place_row
        from telecentre_desk.plans import service as plans

        def read(session):
            place = local_place_row(session)
            return (plans.list_plans(session, include_inactive=False), sales.load_mode(session, place.id),
                    place.vat_regime == "standard")

        loaded = self._store.query(read, parent_widget=self)
        rows, mode, self._vat = loaded or ([], "immediate", True)
        self._plans = [plan for plan in rows if plan.kind in SALE_KINDS]
        for plan in self._plans:
            self.product.addItem(f"{plan.name} — {format_eur(plan.price_cents)}"
                                 + (self.tr(" excl. VAT") if self._vat else ""), plan.code)
        self.no_product_hint.setVisible(not self._plans)
        (self.monthly if mode == "monthly" else self.now).setChecked(True)

    def _plan(self) -> PlanInfo | None:
        index = self.product.currentIndex()
        return self._plans[index] if 0 <= index < len(self._plans) else None

    @Slot()
    def _on_product_changed(self) -> None:
        plan = self._plan()
        self.quantity.setRange(1, MAX_QUANTITY.get(plan.kind, 1) if plan else 1)
        self._update()

    def total_cents(self) -> tuple[int, int, int]:
        """(excl. VAT, VAT, incl. VAT) of the sale as it stands in the form."""
        from telecentre_desk.billing.amounts import LineAmount, totals

        plan = self._plan()
        if plan is None:
            return 0, 0, 0
        rate = plan.vat_rate_bp if self._vat else 0
        result = totals([LineAmount(Decimal(self.quantity.value()), plan.price_cents, rate)])
        return result.total_excl_vat_cents, result.vat_cents, result.total_incl_vat_cents

    @Slot()
    def _update(self) -> None:
        plan = self._plan()
        visitor = self.to_visitor.isChecked()
        self.member.setEnabled(not visitor)
        for edit in (self.first_name, self.last_name, self.email):
            edit.setEnabled(visitor)
        self.payment.setEnabled(self.now.isChecked())
        if not self.now.isChecked():
            self.payment.setCurrentIndex(0)
        excl, vat, incl = self.total_cents()
        if self._vat:
            self.total.setText(self.tr("%1 incl. VAT (%2 + VAT %3)").replace("%1", format_eur(incl))
                               .replace("%2", format_eur(excl)).replace("%3", format_eur(vat)))
        else:
            self.total.setText(format_eur(incl))
        who = (bool(self.first_name.text().strip() and self.last_name.text().strip()) if visitor
               else bool(self.member.text().strip()))
        self.sell_button.setEnabled(plan is not None and who)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        from telecentre_desk.billing import sales

        plan, quantity = self._plan(), self.quantity.value()
        if plan is None:
            return
        mode = sales.IMMEDIATE if self.now.isChecked() else sales.MONTHLY
        pay = self.payment.currentData()
        if self.to_visitor.isChecked():
            first, last, email = self.first_name.text(), self.last_name.text(), self.email.text().strip() or None

            def sell(session):
                return sales.sell_to_visitor(session, first_name=first, last_name=last, email=email, plan=plan.code,
                                             mode=mode, pay=pay, actor=ACTOR)
        else:
            member = self.member.chosen_uid()
            if member is None:
                self.errors.show(ValidationError(self.tr("Choose the member in the list."), field="member"))
                return

            def sell(session):
                return sales.sell(session, member=member, plan=plan.code, quantity=quantity, mode=mode, pay=pay,
                                  actor=ACTOR)

        result = self._store.run(sell, parent_widget=self, on_failure=self.errors.show,
                                 changes=OpChanges(invoices=True, members=True))  # a bill, a plan or a carnet
        if not result.ok or result.value is None:
            return
        sale = result.value
        self.result_sale = sale
        self.sold.emit(sale)
        if self.to_visitor.isChecked():
            self.visitor_registered.emit(sale.member_id)
        if sale.invoice_number is None:
            self.accept()  # on the month's draft: nothing to print now
            return
        self._show_done(sale)

    def _show_done(self, sale: SaleResult) -> None:
        paid = (self.tr("paid: %1").replace("%1", format_eur(sale.paid_cents)) if sale.paid_cents
                else self.tr("not paid yet"))
        self.done_text.setText(self.tr("<b>Invoice %1 issued</b> for %2<br>%5 × %6<br>Total: %3 — %4")
                               .replace("%1", sale.invoice_number or "").replace("%2", sale.member_name)
                               .replace("%3", format_eur(sale.total_incl_vat_cents)).replace("%4", paid)
                               .replace("%5", str(sale.quantity)).replace("%6", sale.description))
        self.pages.setCurrentIndex(1)
        self.setWindowTitle(self.tr("Sold"))
        self.print_button.setFocus()

    def render_invoice(self, *, facturx: bool, path: Path | None = None,
                       then: Callable[[bytes], None] | None = None) -> Job | None:
        """The sold invoice's PDF (Factur-X for a file, plain for paper), read and drawn on the window's runner
        (0.3–0.6 s the first time: the PDF libraries load), written 0600 to ``path`` when given. A failure is
        said on the dialog, in one line."""
        from telecentre_desk import transactions
        from telecentre_desk.ui.operations import Operation

        sale = self.result_sale
        if sale is None or sale.invoice_number is None:
            return None
        number, today, engine = sale.invoice_number, self._store.place.today(), self._store.engine

        def render(_ticket: object) -> bytes:
            from telecentre_desk.billing.document import load_document

            doc = transactions.read_rows(engine, lambda conn: load_document(conn, number, today=today))
            if facturx:
                from telecentre_desk.billing.facturx import render_facturx

                data = render_facturx(doc)
            else:
                from telecentre_desk.billing.pdf import render_pdf

                data = render_pdf(doc)
            if path is not None:
                from telecentre_desk.billing.pdf import write_file

                write_file(path, data)
            return data

        def failed(error: DeskError) -> bool:
            self.done_text.setText(self.done_text.text() + "<br>" + self.tr("Not done: %1").replace(
                "%1", error.message))
            return True

        label = self.tr("Writing %1…").replace("%1", path.name) if path else self.tr("Preparing invoice %1…").replace(
            "%1", number)
        return self._store.runner.submit(Operation(
            "files", label, render, on_success=then, on_failure=failed, owner=self, cancellable=False))

    @Slot()
    def _on_print_button_clicked(self) -> None:
        self.render_invoice(facturx=False, then=self._print)

    def _print(self, data: bytes) -> None:
        printer = sale_print.ask_printer(self)
        if printer is None:
            return
        try:
            sale_print.print_pdf(printer, data)
        except DeskError as exc:
            dialogs.show_error(self, self.tr("Not printed"), exc.message)

    @Slot()
    def _on_save_button_clicked(self) -> None:
        sale = self.result_sale
        if sale is None or sale.invoice_number is None:
            return
        suggested = Path.home() / f"Facture-{sale.invoice_number}.pdf"
        path = file_prompts.save_file(self, self.tr("Save the invoice"), suggested, self.tr("PDF files (*.pdf)"))
        if path is None:
            return
        self.render_invoice(facturx=True, path=path, then=lambda _data: self.done_text.setText(
            self.done_text.text() + "<br>" + self.tr("Saved: %1").replace("%1", str(path))))
