"""The choosers of the Invoices screen, in one module so that tests can patch them.

Callers use ``prompts.choose_folder(...)``, never ``from ... import choose_folder``. Files are chosen
with the app's ``file_prompts.save_file``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget


def choose_folder(parent: QWidget | None, title: str, suggested: Path) -> Path | None:
    """A folder to write into; None when the host cancels."""
    chosen = QFileDialog.getExistingDirectory(parent, title, str(suggested))
    return Path(chosen) if chosen else None


def choose_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """The system print dialog on ``printer`` (printer, copies, pages...); False when cancelled."""
    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
