"""The Invoices screen's long work, as jobs for the window's runner (ui/operations/): each opens its own
unit of work through ``telecentre_desk.transactions``.

Writes (the month's run, issuing) take the write lock as any unit of work does; reads that render
PDFs are deferred reads (``transactions.read_rows``) so the front desk can record scans meanwhile. What a stop leaves:
- the month's run is one transaction: a stop rolls it back whole (the drafts stay as they were);
- issuing: one transaction per invoice (billing/batch.py), so a stop keeps those issued, numbered;
- files: each written whole under its name or not at all (temporary name, then rename).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from telecentre_desk import transactions
from telecentre_desk.billing.month import Month
from telecentre_desk.ui.operations.runner import Progress
from telecentre_desk.ui.store import ACTOR

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from sqlalchemy import Engine

    from telecentre_desk.billing.drafts import RunSummary

Job = Callable[[Progress], Any]  # a job for Operation.work: it gets the runner's ticket as its progress


class _RunStoppedError(Exception):
    """Raised inside the unit of work to roll the month's run back; carries its summary out."""

    def __init__(self, summary: RunSummary) -> None:
        super().__init__("stopped")
        self.summary = summary


def run_month(engine: Engine, month: Month) -> Job:
    def job(progress: Progress) -> RunSummary:
        from telecentre_desk.backup import busy
        from telecentre_desk.billing import drafts

        def run(session) -> RunSummary:
            summary = drafts.run_month(session, month, actor=ACTOR, progress=progress)
            if summary.cancelled:
                raise _RunStoppedError(summary)  # rolls the unit of work back whole
            return summary

        try:
            with busy.hold_engine(engine, "month"):
                return transactions.write(engine, run)
        except _RunStoppedError as stop:
            return stop.summary

    return job


def issue_drafts(engine: Engine, invoice_ids: Sequence[int]) -> Job:
    ids = list(invoice_ids)

    def job(progress: Progress):  # -> billing.batch.BatchResult
        from telecentre_desk.billing import batch

        return batch.issue_each(engine, ids, actor=ACTOR, progress=progress)

    return job


@dataclass(frozen=True, slots=True)
class FileWritten:
    path: Path
    invoices: int
    cancelled: bool = False


def _documents(engine: Engine, numbers: Sequence[str], today: dt.date) -> list:
    from telecentre_desk.billing.document import load_document

    return transactions.read_rows(engine, lambda conn: [load_document(conn, number, today=today)
                                                        for number in numbers])


def print_file(engine: Engine, month: Month, path: Path, today: dt.date) -> Job:
    """The month's print file (billing/printing.py): one document, the font stored once.

    Rendering is one step that cannot be cut; a stop asked meanwhile writes nothing.
    """

    def job(progress: Progress) -> FileWritten:
        from telecentre_desk.billing import pdf, printing
        from telecentre_desk.common.errors import NotFoundError
        from telecentre_desk.common.i18n import _

        progress(0, 2)
        docs = transactions.read_rows(engine, lambda conn: printing.month_documents(conn, month, today=today))
        if not docs:
            raise NotFoundError(_("no issued invoice for {month}").format(month=month))
        if not progress(1, 2):
            return FileWritten(path, 0, cancelled=True)
        data = printing.render_merged(docs)
        if not progress(2, 2):
            return FileWritten(path, 0, cancelled=True)
        pdf.write_file(path, data)
        return FileWritten(path, len(docs))

    return job


def export_folder(engine: Engine, month: Month, folder: Path, today: dt.date, *, facturx: bool) -> Job:
    def job(progress: Progress):  # -> billing.export_folder.FolderExport
        from telecentre_desk.billing import export_folder as folder_export

        return transactions.read_rows(engine, lambda conn: folder_export.export_month(
            conn, month, folder, today=today, facturx=facturx, progress=progress))

    return job


def print_documents(engine: Engine, numbers: Sequence[str], printer: QPrinter, today: dt.date) -> Job:
    """The chosen invoices as one PDF, then its pages on the printer (billing/printing.py, printer.py)."""
    wanted = list(numbers)

    def job(progress: Progress):  # -> printer.Printed
        from telecentre_desk.billing import printing
        from telecentre_desk.ui.invoices.printer import print_pdf

        data = printing.render_merged(_documents(engine, wanted, today))
        return print_pdf(data, printer, progress=progress)

    return job
