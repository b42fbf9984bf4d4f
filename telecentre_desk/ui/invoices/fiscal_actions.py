"""Invoices screen: cancel a payment (a reversing, journaled entry) and export the FEC for the accountant.

Kept apart from actions.py: both go through ``Store.run`` (one unit of work, errors shown in one place).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from telecentre_desk.ui import dialogs, file_prompts
from telecentre_desk.ui.form_errors import FormErrors, error_label
from telecentre_desk.ui.invoices import labels
from telecentre_desk.ui.operations.changes import OpChanges
from telecentre_desk.ui.store import ACTOR, Store

if TYPE_CHECKING:
    from telecentre_desk.billing.listing import PaymentInfo
    from telecentre_desk.ui.invoices.screen import InvoicesScreen
    from telecentre_desk.ui.operations import Job


# What the fiscal actions touch: payments, closed months and their records, the journal of invoices.
INVOICES = OpChanges(invoices=True)


class CancelPaymentDialog(QDialog):
    """Choose one of the invoice's payments, give the reason, confirm: a reversing entry is recorded."""

    def __init__(self, store: Store, *, caption: str, payments: list[PaymentInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.cancelled_text = ""
        self.setWindowTitle(self.tr("Cancel a payment"))
        self.setMinimumWidth(460)
        self.general_error = error_label(self)
        self.errors = FormErrors(self.general_error)
        self.payment = QComboBox(self)
        for p in payments:
            self.payment.addItem(self.tr("%1: %2 by %3").replace("%1", labels.date_text(p.paid_on)).replace(
                "%2", labels.money_text(p.amount_cents)).replace("%3", labels.method_label(p.method).lower()), p.uid)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(120)
        self.reason.setPlaceholderText(self.tr("e.g. cheque returned unpaid"))
        form = QFormLayout()
        form.addRow(self.tr("Payment"), self.errors.field_row("payment", self.payment))
        form.addRow(self.tr("Reason"), self.errors.field_row("reason", self.reason))
        note = QLabel(self.tr("The payment stays in the records; a reversing entry cancels it, with your reason, "
                              "in the journal of sensitive events."), self)
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Cancel the payment…"))
        self.ok_button.setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(caption, self))
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        from telecentre_desk.billing import corrections

        self.errors.clear()
        uid, reason = self.payment.currentData(), self.reason.text()
        if uid is None:
            return
        if not dialogs.ask(self, self.tr("Cancel a payment"),
                           self.tr("Cancel the payment %1?\n\nReason: %2").replace(
                               "%1", self.payment.currentText()).replace("%2", reason.strip() or "—")):
            return
        result = self._store.run(lambda s: corrections.cancel_payment(s, uid, reason=reason, actor=ACTOR).amount_cents,
                                 parent_widget=self, on_failure=self.errors.show, changes=INVOICES)
        if result.ok:
            self.cancelled_text = self.tr("Payment cancelled: %1").replace("%1", self.payment.currentText())
            super().accept()


class FecDialog(QDialog):
    """The period of the FEC export: from the first of the year to today by default."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the FEC"))
        self.start = QDateEdit(QDate(today.year, 1, 1), self)
        self.end = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Sales (411 / 706 / 44571) and receipts (512, 530) journals in the FEC "
                                   "layout, for the accountant."), self))
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def period(self) -> tuple[dt.date, dt.date]:
        return self.start.date().toPython(), self.end.date().toPython()


class FiscalActions(QObject):
    def __init__(self, screen: InvoicesScreen, store: Store, say) -> None:
        super().__init__(screen)
        self._screen, self._store, self._say = screen, store, say
        self.archive_job: Job | None = None  # the last archive written (tests wait on it)
        self.cancel_payment_action = QAction(self.tr("Cancel a payment…"), self)
        self.cancel_payment_action.setStatusTip(self.tr("Cancel a payment of the selected invoice by a reversing "
                                                        "entry, with its reason"))
        self.cancel_payment_action.triggered.connect(self._on_cancel_payment_action_triggered)
        self.fec_action = QAction(self.tr("Export the FEC for the accountant…"), self)
        self.fec_action.setStatusTip(self.tr("Sales and receipts journals in the legal FEC layout"))
        self.fec_action.triggered.connect(self._on_fec_action_triggered)

        self.close_action = QAction(self.tr("Close the month…"), self)
        self.close_action.setStatusTip(self.tr("Close the month shown for good: its totals join the perpetual "
                                               "totals and nothing can be issued or paid inside it any more"))
        self.close_action.triggered.connect(self._on_close_action_triggered)
        self.archive_action = QAction(self.tr("Archive the closed month…"), self)
        self.archive_action.setStatusTip(self.tr("A file with the month's documents, journal and footprints, "
                                                 "checkable on any computer"))
        self.archive_action.triggered.connect(self._on_archive_action_triggered)
        self.verify_action = QAction(self.tr("Check the invoices' integrity"), self)
        self.verify_action.setStatusTip(self.tr("Check the footprint chain of every invoice, credit note and "
                                                "payment"))
        self.verify_action.triggered.connect(self._on_verify_action_triggered)

    def actions(self) -> list[QAction]:
        return [self.fec_action, self.close_action, self.archive_action, self.verify_action]

    def update_for_selection(self, one_issued_invoice: bool, idle: bool) -> None:
        self.cancel_payment_action.setEnabled(one_issued_invoice)
        month = self._screen.month is not None
        for action in (self.fec_action, self.verify_action):
            action.setEnabled(idle)
        for action in (self.close_action, self.archive_action):
            action.setEnabled(idle and month)

    @Slot()
    def _on_close_action_triggered(self) -> None:
        from telecentre_desk.billing import closing
        from telecentre_desk.ui.invoices import labels as invoice_labels

        month = self._screen.month
        if month is None:
            return
        name = invoice_labels.month_text(month.first)
        if not dialogs.ask(self._screen, self.tr("Close the month"), self.tr(
                "Close %1 for good?\n\nIts totals join the perpetual totals; no invoice, credit note or payment "
                "can be dated inside it any more.").replace("%1", name)):
            return
        result = self._store.run(lambda s: closing.close_month(s, str(month), actor=ACTOR), parent_widget=self._screen,
                                 changes=INVOICES)
        if result.ok:
            info = result.value
            self._say(self.tr("%1 closed: %2 sales, %3 received; perpetual total %4.").replace("%1", name).replace(
                "%2", labels.money_text(info.total_incl_vat_cents)).replace(
                "%3", labels.money_text(info.payments_cents)).replace(
                "%4", labels.money_text(info.perpetual_total_cents)))

    @Slot()
    def _on_archive_action_triggered(self) -> None:
        from telecentre_desk import transactions
        from telecentre_desk.billing import archive
        from telecentre_desk.ui.operations import Operation

        month = self._screen.month
        if month is None:
            return
        path = file_prompts.save_file(self._screen, self.tr("Archive the closed month"),
                                      Path.home() / f"archive-{month}.zip", self.tr("ZIP archive (*.zip)"))
        if path is None:
            return
        # Every PDF of the month, zipped and journalled: seconds on a big month, on the window's runner.
        engine, said = self._store.engine, self.tr("Archive of %1 saved to %2").replace(
            "%1", str(month)).replace("%2", str(path))
        self.archive_job = self._store.runner.submit(Operation(
            "files", self.tr("Writing %1…").replace("%1", path.name),
            lambda _ticket: transactions.write(engine, lambda s: archive.write_archive(s, str(month), path,
                                                                                         actor=ACTOR)),
            changes=INVOICES, on_success=lambda _result: self._say(said), owner=self, cancellable=False))

    @Slot()
    def _on_verify_action_triggered(self) -> None:
        from telecentre_desk.billing.verify import verify

        result = self._store.read(verify, parent_widget=self._screen)
        if result is None:
            return
        if result.ok:
            self._say(self.tr("Integrity checked: %1 documents, the chain is intact.").replace(
                "%1", str(result.documents)))
            return
        where = result.first_broken or ", ".join(result.missing_triggers)
        dialogs.show_error(self._screen, self.tr("Integrity check failed"), self.tr(
            "The records were changed outside Télécentre Desk, first at %1. Keep this database as it is and "
            "call your support.").replace("%1", where))

    @Slot()
    def _on_cancel_payment_action_triggered(self) -> None:
        from telecentre_desk.billing.listing import read_detail

        row = self._screen.current_row()
        if row is None or row.number is None:
            return
        detail = self._store.read(lambda conn: read_detail(conn, row.id), parent_widget=self._screen)
        payments = [p for p in (detail.payments if detail else []) if p.cancellable]
        if not payments:
            self._say(self.tr("%1 has no payment to cancel.").replace("%1", row.number))
            return
        dialog = CancelPaymentDialog(self._store, caption=row.number, payments=payments, parent=self._screen)
        dialog.accepted.connect(lambda: self._say(dialog.cancelled_text))
        self.dialog = dialog
        dialog.open()

    @Slot()
    def _on_fec_action_triggered(self) -> None:
        dialog = FecDialog(self._screen.today, self._screen)
        self.fec_dialog = dialog
        dialog.accepted.connect(lambda: self.export_fec(*dialog.period()))
        dialog.open()

    def export_fec(self, start: dt.date, end: dt.date, path: Path | None = None) -> Job | None:
        """Write the FEC (0600) on the window's runner: a year of entries takes a moment, the desk keeps
        answering. Progress in the status bar; a refusal (an open period, a disk error) in one line there."""
        from telecentre_desk import transactions
        from telecentre_desk.billing import fec
        from telecentre_desk.places.service import local_place_row
        from telecentre_desk.ui.operations import Operation

        path = path or file_prompts.save_file(self._screen, self.tr("Export the FEC"),
                                              Path.home() / f"FEC-{start:%Y%m%d}-{end:%Y%m%d}.txt",
                                              self.tr("FEC text (*.txt)"))
        if path is None:
            return None
        engine = self._store.engine

        def write(session) -> int:  # type: ignore[no-untyped-def]
            return fec.export(session, local_place_row(session).id, start, end, path, actor=ACTOR)

        def written(rows: int) -> None:
            self._say(self.tr("%1 FEC rows saved to %2").replace("%1", str(rows)).replace("%2", str(path)))

        # One unit of work (the export is journalled); nothing a screen shows changes: no change set.
        return self._store.runner.submit(Operation(
            "files", self.tr("Writing %1…").replace("%1", path.name), lambda _ticket: transactions.write(engine, write),
            on_success=written, owner=self, cancellable=False))
