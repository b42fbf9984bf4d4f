"""File choosers, in one module so that tests can patch them (the floor plan, the statistics).

Callers must use ``file_prompts.save_file(...)``, never ``from ... import save_file``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def save_file(parent: QWidget | None, title: str, suggested: Path, file_filter: str) -> Path | None:
    """Where to save a file; None when the host cancels."""
    chosen, _selected = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    return Path(chosen) if chosen else None


def open_file(parent: QWidget | None, title: str, file_filter: str) -> Path | None:
    """Which file to read; None when the host cancels."""
    chosen, _selected = QFileDialog.getOpenFileName(parent, title, "", file_filter)
    return Path(chosen) if chosen else None
