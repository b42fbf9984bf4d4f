"""The app's message boxes, in one module so that tests can patch them (``monkeypatch.setattr``).

Callers must use ``dialogs.ask(...)``, never ``from ... import ask``, or a patch would not reach them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; No is the default so that Enter never confirms by accident."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user that an action failed and why."""
    QMessageBox.warning(parent, title, text)


def show_crash(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user that something unexpected happened and where the details are."""
    QMessageBox.critical(parent, title, text)


def show_about(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.about(parent, title, text)
