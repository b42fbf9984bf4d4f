"""What the manager does on the Invoices screen: run the month, review and issue drafts, record payments,
credit, save, print and export. Toolbar, context menu and shortcuts share these QActions.

Short changes go through ``Store.run`` (one unit of work, errors shown in one place). Long work (the
month's run, issuing many drafts, the print file, a folder of PDFs, printing) runs on the window's one
background runner (ui/operations/, jobs.py), its progress and Cancel in the status bar, never taking the
keyboard; the screen then says what was done.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from telecentre_desk.billing.month import Month
from telecentre_desk.common.errors import DeskError
from telecentre_desk.ui import dialogs, file_prompts
from telecentre_desk.ui.invoices import jobs, labels, outcomes, prompts
from telecentre_desk.ui.operations import Job, OpChanges, Operation
from telecentre_desk.ui.store import ACTOR, Store

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from telecentre_desk.billing.listing import InvoiceRow
    from telecentre_desk.ui.invoices.screen import InvoicesScreen


JOB_KIND = "invoices"  # the runner runs one invoice job at a time


def _is_issued_invoice(row: InvoiceRow) -> bool:
    return row.number is not None and row.kind == "invoice"


class InvoiceActions(QObject):
    def __init__(self, screen: InvoicesScreen, store: Store) -> None:
        super().__init__(screen)
        self._screen = screen
        self._store = store
        self._printer = None  # the QPrinter of the print job running (kept alive until it ends)
        self._job_kind = ""
        self.runner = store.runner
        self._outcomes = outcomes.InvoiceOutcomes(self)

        def action(text: str, slot, shortcut: QKeySequence | str | None = None, tip: str | None = None) -> QAction:
            made = QAction(text, self)
            if shortcut is not None:
                made.setShortcut(QKeySequence(shortcut))
                made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            if tip:
                made.setToolTip(tip)
                made.setStatusTip(tip)
            made.triggered.connect(slot)
            return made

        self.run_month_action = action(self.tr("Run the month…"), self._on_run_month_action_triggered, "Ctrl+R",
                                       self.tr("Draft every member's invoice for a month"))
        self.issue_action = action(self.tr("Issue…"), self._on_issue_action_triggered, "Ctrl+I",
                                   self.tr("Give the selected drafts their numbers, for good"))
        self.issue_all_action = action(self.tr("Issue all drafts…"), self._on_issue_all_action_triggered,
                                       "Ctrl+Shift+I", self.tr("Issue every draft of the month shown"))
        self.add_line_action = action(self.tr("Add a line…"), self._on_add_line_action_triggered, "Ctrl+L",
                                      self.tr("Add a line by hand to the selected draft"))
        self.delete_line_action = action(self.tr("Delete the line"), self._on_delete_line_action_triggered, None,
                                         self.tr("Delete the line added by hand that is selected in the detail"))
        self.delete_line_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_line_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        screen.detail.lines.addAction(self.delete_line_action)
        self.discard_action = action(self.tr("Discard the draft…"), self._on_discard_action_triggered, None,
                                     self.tr("Delete the selected drafts (running the month again redrafts them)"))
        self.discard_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.discard_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        screen.table.addAction(self.discard_action)
        self.pay_action = action(self.tr("Record a payment…"), self._on_pay_action_triggered, "Ctrl+Shift+P",
                                 self.tr("Cash, cheque, transfer or card, on the selected invoice"))
        self.credit_action = action(self.tr("Credit note…"), self._on_credit_action_triggered, "Ctrl+Shift+A",
                                    self.tr("Credit the selected invoice, wholly or in part"))
        self.save_pdf_action = action(self.tr("Save as PDF…"), self._on_save_pdf_action_triggered,
                                      QKeySequence.StandardKey.Save)
        self.save_facturx_action = action(self.tr("Save as Factur-X…"), self._on_save_facturx_action_triggered,
                                          "Ctrl+Shift+X", self.tr("PDF/A-3 with its EN 16931 XML, for e-invoicing"))
        self.print_action = action(self.tr("Print…"), self._on_print_action_triggered, QKeySequence.StandardKey.Print,
                                   self.tr("Print the selected invoices with the system's print dialog"))
        self.journal_action = action(self.tr("Export the month's journal (CSV)…"),
                                     self._on_journal_action_triggered, None,
                                     self.tr("The sales journal for the accountant, opened by French Excel"))
        self.list_action = action(self.tr("Export the month's list (CSV)…"), self._on_list_action_triggered, None,
                                  self.tr("The month's invoices and credit notes with their status, for French Excel"))
        self.print_file_action = action(self.tr("Save the month's print file (PDF)…"),
                                        self._on_print_file_action_triggered, None,
                                        self.tr("All the month's issued invoices in one PDF, to print"))
        self.folder_action = action(self.tr("Export the month's PDFs to a folder…"), self._on_folder_action_triggered,
                                    None, self.tr("One PDF per issued invoice and credit note"))
        self.folder_facturx_action = action(self.tr("Export the month's Factur-X to a folder…"),
                                            self._on_folder_facturx_action_triggered)
        self.refresh_action = action(self.tr("Refresh"), self._on_refresh_action_triggered,
                                     QKeySequence.StandardKey.Refresh)
        from telecentre_desk.ui.invoices.fiscal_actions import FiscalActions

        self.fiscal = FiscalActions(screen, store, self._say)

    # --- where the actions show ------------------------------------------------------------------
    def toolbar_actions(self) -> list[QAction]:
        """The month's work, on the screen's first toolbar."""
        return [self.run_month_action, self.issue_action, self.issue_all_action, self.add_line_action,
                self.pay_action, self.credit_action]

    def output_actions(self) -> list[QAction]:
        """On the second toolbar, before "More"."""
        return [self.print_action]

    def _menu_actions(self) -> list[QAction | None]:
        return [self.save_pdf_action, self.save_facturx_action, None, self.journal_action, self.list_action,
                self.print_file_action, self.folder_action, self.folder_facturx_action, None, *self.fiscal.actions(),
                None, self.fiscal.cancel_payment_action, self.delete_line_action, self.discard_action, None,
                self.refresh_action]

    def more_button(self, parent: QWidget) -> QToolButton:
        button = QToolButton(parent)
        button.setText(self.tr("More"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        for item in self._menu_actions():
            menu.addSeparator() if item is None else menu.addAction(item)
        button.setMenu(menu)
        return button

    def context_actions(self) -> list[QAction]:
        return [self.add_line_action, self.discard_action, self.issue_action, self.pay_action, self.credit_action,
                self.save_pdf_action, self.save_facturx_action, self.print_action]

    def all_actions(self) -> list[QAction]:
        """The actions whose shortcut works anywhere on the screen (Delete is the tables' own)."""
        return [a for a in self.toolbar_actions() + self.output_actions() + [x for x in self._menu_actions()
                                                                             if x is not None]
                if a not in (self.delete_line_action, self.discard_action)]

    def update_for_selection(self) -> None:
        screen = self._screen
        rows = screen.selected_rows()
        one = rows[0] if len(rows) == 1 else None
        idle = not self.busy
        month = screen.month is not None
        drafts = [row for row in rows if row.number is None]
        self.run_month_action.setEnabled(idle)
        self.issue_action.setEnabled(idle and bool(drafts))
        self.issue_all_action.setEnabled(idle and month)
        self.add_line_action.setEnabled(one is not None and one.number is None)
        line = screen.detail.selected_line()
        self.delete_line_action.setEnabled(one is not None and one.number is None and line is not None
                                           and line.manual)
        self.discard_action.setEnabled(idle and bool(drafts) and len(drafts) == len(rows))
        self.pay_action.setEnabled(one is not None and _is_issued_invoice(one) and one.status != "paid")
        self.credit_action.setEnabled(one is not None and _is_issued_invoice(one))
        issued = one is not None and one.number is not None
        self.save_pdf_action.setEnabled(issued)
        self.save_facturx_action.setEnabled(issued)
        self.print_action.setEnabled(idle and any(row.number is not None for row in rows))
        for action in (self.journal_action, self.list_action, self.print_file_action, self.folder_action,
                       self.folder_facturx_action):
            action.setEnabled(idle and month)
        self.fiscal.update_for_selection(one is not None and _is_issued_invoice(one), idle)

    # --- helpers ---------------------------------------------------------------------------------
    def _engine(self) -> Engine | None:
        try:
            return self._store.engine
        except DeskError as exc:
            dialogs.show_error(self._screen, self.tr("Cannot open the database"), exc.message)
            return None

    def _caption(self, row: InvoiceRow) -> str:
        what = row.number or self.tr("Draft of %1").replace("%1", labels.period_text(row.period_start, row.period_end))
        return f"{what} — {self._screen.model.member_text(row)}"

    def _say(self, text: str) -> None:
        self._screen.outcome_label.setText(text)
        self._screen.message.emit(text)

    @property
    def busy(self) -> bool:
        return self.runner.busy(JOB_KIND)

    def _start(self, kind: str, job, *, label: str) -> Job | None:
        """Run ``job`` on the runner (one invoice job at a time: a second one is refused, said in the bar)."""
        writes = kind in ("run", "issue")
        started = self.runner.submit(Operation(
            JOB_KIND, label, job, changes=OpChanges(invoices=True) if writes else OpChanges(),
            on_success=lambda result: self._on_job_succeeded(kind, result),
            on_failure=self._on_job_failed, on_done=self._on_job_done, owner=self,
            stopping_text=self.tr("Stopping after the current invoice…")))
        if started is not None:
            self._job_kind = kind
        self.update_for_selection()
        return started

    def _month_or_none(self) -> Month | None:
        return self._screen.month

    # --- the month's run and issuing -------------------------------------------------------------
    @Slot()
    def _on_run_month_action_triggered(self) -> None:
        from telecentre_desk.ui.invoices.month_dialog import MonthDialog

        dialog = MonthDialog(self._screen.month_filter.month, self._screen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.run_month(dialog.month))
        dialog.open()

    def run_month(self, month: Month) -> Job | None:
        engine = self._engine()
        if engine is None:
            return None
        self._screen.month_filter.set_month(month)
        return self._start("run", jobs.run_month(engine, month),
                           label=self.tr("Drafting the invoices of %1…").replace("%1", labels.month_text(month.first)))

    def _issue(self, ids: list[int], question: str) -> Job | None:
        if not ids or not self._lawful(ids) or not dialogs.ask(self._screen, self.tr("Issue invoices"), question):
            return None
        engine = self._engine()
        if engine is None:
            return None
        return self._start("issue", jobs.issue_drafts(engine, ids),
                           label=self.tr("Issuing %1 invoices…").replace("%1", str(len(ids))))

    def _lawful(self, ids: list[int]) -> bool:
        """Check the place and the members before the question; list what to fix when something is missing."""
        from telecentre_desk.billing import lawful
        from telecentre_desk.ui.invoices.blockers_dialog import BlockersDialog

        found = self._store.query(lambda session: lawful.draft_blockers(session, ids), parent_widget=self._screen)
        if found is None:
            return False
        if found.ok:
            return True
        dialog = BlockersDialog(self._store, found, parent=self._screen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.blockers_dialog = dialog
        dialog.open()
        return False

    def _final(self) -> str:
        return self.tr("Each gets the next number of the series for good: an issued invoice can never be changed "
                       "nor deleted, only corrected by a credit note.")

    @Slot()
    def _on_issue_action_triggered(self) -> None:
        members = self._screen.model
        drafts = sorted((row for row in self._screen.selected_rows() if row.number is None),
                        key=lambda r: (r.period_start or "", members.member_text(r)))
        if len(drafts) == 1:
            question = self.tr("Issue the draft %1?").replace("%1", self._caption(drafts[0]))
        else:
            question = self.tr("Issue the %1 selected drafts?").replace("%1", str(len(drafts)))
        self._issue([row.id for row in drafts], question + "\n\n" + self._final())

    @Slot()
    def _on_issue_all_action_triggered(self) -> None:
        from telecentre_desk.billing.listing import month_draft_ids

        month = self._month_or_none()
        if month is None:
            return
        ids = self._store.read(lambda conn: month_draft_ids(conn, month), parent_widget=self._screen)
        if ids is None:
            return
        name = labels.month_text(month.first)
        if not ids:
            self._say(self.tr("No draft to issue for %1.").replace("%1", name))
            return
        question = self.tr("Issue the %1 drafts of %2?").replace("%1", str(len(ids))).replace("%2", name)
        self._issue(ids, question + "\n\n" + self._final())

    # --- drafts ----------------------------------------------------------------------------------
    @Slot()
    def _on_add_line_action_triggered(self) -> None:
        from telecentre_desk.ui.invoices.line_dialog import LineDialog

        row = self._screen.current_row()
        if row is None or row.number is not None:
            return
        place = self._screen.place
        dialog = LineDialog(self._store, invoice_id=row.id, caption=self._caption(row),
                            vat_liable=place is None or place.vat_regime == "standard", parent=self._screen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.line_added.connect(self._screen.select_invoice)
        dialog.open()

    @Slot()
    def _on_delete_line_action_triggered(self) -> None:
        from telecentre_desk.billing import draft_edit

        row, line = self._screen.current_row(), self._screen.detail.selected_line()
        if row is None or line is None or row.number is not None or not line.manual:
            return
        question = self.tr("Delete the line “%1” from the draft?").replace("%1", line.description)
        if dialogs.ask(self._screen, self.tr("Delete the line"), question):
            invoice_id, position = row.id, line.position
            self._store.run(lambda s: draft_edit.delete_line(s, invoice_id, position, actor=ACTOR),
                            parent_widget=self._screen, changes=OpChanges(invoices=True))

    @Slot()
    def _on_discard_action_triggered(self) -> None:
        from telecentre_desk.billing import draft_edit

        rows = self._screen.selected_rows()
        ids = [row.id for row in rows if row.number is None]
        if not ids or len(ids) != len(rows):
            return
        question = (self.tr("Discard the draft %1?").replace("%1", self._caption(rows[0])) if len(ids) == 1
                    else self.tr("Discard the %1 selected drafts?").replace("%1", str(len(ids))))
        question += "\n\n" + self.tr("Running the month again drafts them anew from the members' plans.")
        if dialogs.ask(self._screen, self.tr("Discard drafts"), question):
            result = self._store.run(lambda s: [draft_edit.discard_draft(s, i, actor=ACTOR) for i in ids],
                                     parent_widget=self._screen, changes=OpChanges(invoices=True))
            if result.ok:
                self._say(self.tr("Draft discarded.") if len(ids) == 1
                          else self.tr("%1 drafts discarded.").replace("%1", str(len(ids))))

    # --- payments and credit notes ---------------------------------------------------------------
    @Slot()
    def _on_pay_action_triggered(self) -> None:
        from telecentre_desk.ui.invoices.payment_dialog import PaymentDialog

        row = self._screen.current_row()
        if row is None or not _is_issued_invoice(row) or row.number is None:
            return
        dialog = PaymentDialog(self._store, number=row.number, caption=self._caption(row),
                               due_cents=row.balance_cents, today=self._screen.today, parent=self._screen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.payment_recorded.connect(self._say)
        dialog.open()

    @Slot()
    def _on_credit_action_triggered(self) -> None:
        from telecentre_desk.ui.invoices.credit_dialog import CreditDialog

        row = self._screen.current_row()
        if row is None or not _is_issued_invoice(row) or row.number is None:
            return
        dialog = CreditDialog(self._store, number=row.number, caption=self._caption(row),
                              total_cents=row.total_incl_vat_cents, parent=self._screen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.credited.connect(self._on_dialog_credited)
        dialog.open()

    @Slot(str)
    def _on_dialog_credited(self, number: str) -> None:
        self._say(self.tr("Credit note %1 issued.").replace("%1", number))
        found = next((row for row in self._screen.model.visible_rows() if row.number == number), None)
        if found is not None:
            self._screen.select_invoice(found.id)

    # --- files -----------------------------------------------------------------------------------
    def _save_one(self, *, facturx: bool) -> None:
        row = self._screen.current_row()
        if row is None or row.number is None:
            return
        number, today = row.number, self._screen.today
        title = self.tr("Save %1 as Factur-X") if facturx else self.tr("Save %1 as PDF")
        path = file_prompts.save_file(self._screen, title.replace("%1", number),
                                      Path.home() / f"{number}.pdf", self.tr("PDF (*.pdf)"))
        if path is None:
            return
        from telecentre_desk.billing import pdf
        from telecentre_desk.billing.document import load_document

        doc = self._store.read(lambda conn: load_document(conn, number, today=today), parent_widget=self._screen)
        if doc is None:
            return
        try:
            if facturx:
                from telecentre_desk.billing.facturx import write_facturx

                write_facturx(doc, path)
            else:
                pdf.write_invoice_pdf(doc, path)
        except DeskError as exc:
            dialogs.show_error(self._screen, self.tr("Not saved"), exc.message)
            return
        self._say(self.tr("Saved to %1").replace("%1", str(path)))

    @Slot()
    def _on_save_pdf_action_triggered(self) -> None:
        self._save_one(facturx=False)

    @Slot()
    def _on_save_facturx_action_triggered(self) -> None:
        self._save_one(facturx=True)

    @Slot()
    def _on_journal_action_triggered(self) -> None:
        from telecentre_desk.billing import journal

        month = self._month_or_none()
        if month is None:
            return
        path = file_prompts.save_file(self._screen, self.tr("Export the month's journal"),
                                      Path.home() / f"journal-{month}.csv", self.tr("CSV (*.csv)"))
        if path is None:
            return
        count = self._store.read(lambda conn: journal.write_journal(conn, month, path), parent_widget=self._screen)
        if count is not None:
            self._say(self.tr("%1 rows saved to %2").replace("%1", str(count)).replace("%2", str(path)))

    @Slot()
    def _on_list_action_triggered(self) -> None:
        from telecentre_desk.billing.invoice_list_csv import write_month_list

        month = self._month_or_none()
        if month is None:
            return
        path = file_prompts.save_file(self._screen, self.tr("Export the month's list of invoices"),
                                      Path.home() / f"factures-{month}.csv", self.tr("CSV (*.csv)"))
        if path is None:
            return
        count = self._store.read(lambda conn: write_month_list(conn, month, path), parent_widget=self._screen)
        if count is not None:
            self._say(self.tr("%1 rows saved to %2").replace("%1", str(count)).replace("%2", str(path)))

    @Slot()
    def _on_print_file_action_triggered(self) -> None:
        month, engine = self._month_or_none(), None
        if month is None:
            return
        path = file_prompts.save_file(self._screen, self.tr("Save the month's print file"),
                                      Path.home() / f"invoices-{month}.pdf", self.tr("PDF (*.pdf)"))
        if path is None or (engine := self._engine()) is None:
            return
        self.save_print_file(engine, month, path)

    def save_print_file(self, engine: Engine, month: Month, path: Path) -> Job | None:
        return self._start("print_file", jobs.print_file(engine, month, path, self._screen.today),
                           label=self.tr("Building the print file…"))

    def _folder(self, *, facturx: bool) -> None:
        month = self._month_or_none()
        if month is None:
            return
        folder = prompts.choose_folder(self._screen, self.tr("Export the month's invoices into a folder"),
                                       Path.home())
        engine = self._engine() if folder is not None else None
        if folder is not None and engine is not None:
            self.export_folder(engine, month, folder, facturx=facturx)

    def export_folder(self, engine: Engine, month: Month, folder: Path, *, facturx: bool) -> Job | None:
        return self._start("folder", jobs.export_folder(engine, month, folder, self._screen.today, facturx=facturx),
                           label=self.tr("Writing one PDF per invoice…"))

    @Slot()
    def _on_folder_action_triggered(self) -> None:
        self._folder(facturx=False)

    @Slot()
    def _on_folder_facturx_action_triggered(self) -> None:
        self._folder(facturx=True)

    @Slot()
    def _on_print_action_triggered(self) -> None:
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if prompts.choose_printer(self._screen, printer):
            self.print_selected(printer)

    def print_selected(self, printer) -> Job | None:
        """Print the selected issued invoices and credit notes on ``printer`` (already set up)."""
        numbers = [row.number for row in self._screen.selected_rows() if row.number is not None]
        engine = self._engine() if numbers else None
        if engine is None:
            return None
        self._printer = printer
        return self._start("print", jobs.print_documents(engine, numbers, printer, self._screen.today),
                           label=self.tr("Printing %1 invoices…").replace(
                               "%1", str(len(numbers))))

    @Slot()
    def _on_refresh_action_triggered(self) -> None:
        self._screen.refresh()

    # --- when a job ends (the runner calls these on the UI thread) -------------------------------
    def _on_job_succeeded(self, kind: str, result: object) -> None:
        if result is not None:
            self._say(self._outcomes.say(kind, result))

    def _on_job_failed(self, error: DeskError) -> bool:
        issued = error.details.get("issued") or []
        text = error.message
        if issued:
            text += "\n\n" + self.tr("%1 invoices were issued before the stop: %2").replace(
                "%1", str(len(issued))).replace("%2", outcomes.span(issued))
        dialogs.show_error(self._screen, self.tr("Not done"), text)  # the host is waiting on it
        self._say(self.tr("Stopped: %1").replace("%1", error.message))
        return True

    def _on_job_done(self) -> None:
        self._job_kind, self._printer = "", None
        self.update_for_selection()
