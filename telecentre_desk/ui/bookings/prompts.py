"""The Bookings screen's question to the host, in one module so that tests can patch it.

Callers must use ``prompts.ask_cancel(...)``, never ``from ... import ask_cancel``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

ONE, SERIES = "one", "series"
TITLE = QT_TRANSLATE_NOOP("BookingPrompts", "Cancel booking")
QUESTION = QT_TRANSLATE_NOOP("BookingPrompts", "Cancel this booking?\n\n%1")
ONE_OF_SERIES = QT_TRANSLATE_NOOP("BookingPrompts", "Cancel this one")
THE_ONE = QT_TRANSLATE_NOOP("BookingPrompts", "Cancel the booking")
THE_REST = QT_TRANSLATE_NOOP("BookingPrompts", "Cancel this one and the following weeks")
KEEP = QT_TRANSLATE_NOOP("BookingPrompts", "Keep it")


def _tr(text: str) -> str:
    return QCoreApplication.translate("BookingPrompts", text)


def ask_cancel(parent: QWidget | None, description: str, *, series: bool) -> str | None:
    """Cancel this booking: ONE, SERIES (this one and the weeks after it) or None (keep it)."""
    box = QMessageBox(QMessageBox.Icon.Question, _tr(TITLE),
                      _tr(QUESTION).replace("%1", description), parent=parent)
    one = box.addButton(_tr(ONE_OF_SERIES) if series else _tr(THE_ONE),
                        QMessageBox.ButtonRole.DestructiveRole)
    whole = box.addButton(_tr(THE_REST),
                          QMessageBox.ButtonRole.DestructiveRole) if series else None
    keep = box.addButton(_tr(KEEP), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is one:
        return ONE
    if whole is not None and clicked is whole:
        return SERIES
    return None
