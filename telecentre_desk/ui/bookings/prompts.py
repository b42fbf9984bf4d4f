"""The Bookings screen's question to the host, in one module so that tests can patch it.

Callers must use ``prompts.ask_cancel(...)``, never ``from ... import ask_cancel``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

ONE, SERIES = "one", "series"


def _tr(text: str) -> str:
    return QCoreApplication.translate("BookingPrompts", text)


def ask_cancel(parent: QWidget | None, description: str, *, series: bool) -> str | None:
    """Cancel this booking: ONE, SERIES (this one and the weeks after it) or None (keep it)."""
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Cancel booking"),
                      _tr("Cancel this booking?\n\n%1").replace("%1", description), parent=parent)
    one = box.addButton(_tr("Cancel this one") if series else _tr("Cancel the booking"),
                        QMessageBox.ButtonRole.DestructiveRole)
    whole = box.addButton(_tr("Cancel this one and the following weeks"),
                          QMessageBox.ButtonRole.DestructiveRole) if series else None
    keep = box.addButton(_tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is one:
        return ONE
    if whole is not None and clicked is whole:
        return SERIES
    return None
