"""The badge actions' questions to the host, in one module so that tests can patch them.

Callers must use ``prompts.ask_reason(...)``, never ``from ... import ask_reason``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QWidget


def ask_reason(parent: QWidget | None, title: str, text: str) -> str | None:
    """A confirmation that takes a short reason (may be empty); None when the host cancels."""
    reason, ok = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Normal, "")
    return reason.strip() if ok else None


def save_file(parent: QWidget | None, title: str, suggested: Path, file_filter: str) -> Path | None:
    """Where to save a file; None when the host cancels."""
    chosen, _selected = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    return Path(chosen) if chosen else None
