"""A month's issued invoices and credit notes as one PDF file each in a folder (``FLO-2026-0042.pdf``).

For the accountant, an archive or a mail merge: the print file (billing/printing.py) is for paper.
Each file is written under a temporary name and renamed (``pdf.write_file``), so the folder never
holds half an invoice under its real name, whatever stops the export; a file of the same name is
replaced. The folder is checked first, so a folder that cannot be written is said before any work.
The documents are read in a few queries and rendered by ``batch_pdf`` (on every core for a big month).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from telecentre_desk.billing import batch_pdf
from telecentre_desk.billing.document import load_documents
from telecentre_desk.billing.month import Month
from telecentre_desk.common import private_files
from telecentre_desk.common.errors import DeskError, NotFoundError
from telecentre_desk.common.i18n import _

Progress = Callable[[int, int], bool]  # (done, total) -> keep going? (as billing/drafts.py)
file_name = batch_pdf.file_name  # FLO-2026-0042.pdf


@dataclass
class FolderExport:
    folder: Path
    total: int
    files: list[Path] = field(default_factory=list)  # written, in order
    cancelled: bool = False

    def to_json(self) -> dict:
        return {"out_dir": str(self.folder), "total": self.total, "written": len(self.files),
                "files": [str(path) for path in self.files], "cancelled": self.cancelled}


def month_numbers(conn: sqlite3.Connection, month: Month) -> list[str]:
    """The numbers of the month's issued invoices then credit notes (by service period)."""
    return [row[0] for row in conn.execute(
        "SELECT number FROM invoice WHERE status = 'issued' AND deleted_at IS NULL AND period_start >= ? "
        "AND period_start <= ? AND place_id = (SELECT id FROM place WHERE is_local) "
        "ORDER BY kind = 'credit_note', number", (month.first.isoformat(), month.last.isoformat()))]


def check_folder(folder: Path) -> Path:
    """Create the folder if needed and prove it takes a file; a DeskError says why not."""
    if folder.exists() and not folder.is_dir():
        raise DeskError(_("{path} is a file, not a folder").format(path=folder))
    try:
        private_files.create_dirs(folder)
        handle, probe = tempfile.mkstemp(prefix=".telecentre-desk-", suffix=".probe", dir=folder)
        os.close(handle)
        os.unlink(probe)
    except OSError as exc:
        raise DeskError(_("cannot write into the folder {path} ({reason})").format(
            path=folder, reason=exc.strerror or exc)) from exc
    return folder


def export_month(conn: sqlite3.Connection, month: Month, folder: Path, *, today: dt.date, facturx: bool = False,
                 progress: Progress | None = None) -> FolderExport:
    """Write one PDF (or Factur-X PDF/A-3) per issued invoice and credit note of ``month`` into ``folder``.

    ``progress`` is asked as the files are written and may stop the export: the files already
    written stay, complete, and are listed in the result.
    """
    numbers = month_numbers(conn, month)
    if not numbers:
        raise NotFoundError(_("no issued invoice for {month}").format(month=month))
    check_folder(folder)
    docs = load_documents(conn, numbers, today=today)
    batch = batch_pdf.render_documents(docs, folder=folder, facturx=facturx, progress=progress)
    result = FolderExport(folder, len(numbers), cancelled=batch.cancelled)
    result.files = [batch.files[number] for number in numbers if number in batch.files]
    return result
