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


EDIT_TITLE = QT_TRANSLATE_NOOP("BookingPrompts", "Change a weekly booking")
EDIT_QUESTION = QT_TRANSLATE_NOOP("BookingPrompts", "This booking repeats every week. Change only this one, or "
                                                    "this one and the following weeks alike?\n\n%1")
EDIT_ONE = QT_TRANSLATE_NOOP("BookingPrompts", "Only this one")
EDIT_REST = QT_TRANSLATE_NOOP("BookingPrompts", "This one and the following weeks")
BACK = QT_TRANSLATE_NOOP("BookingPrompts", "Back")


def ask_series_edit(parent: QWidget | None, description: str) -> str | None:
    """Move or edit a booking of a weekly series: ONE, SERIES (the following weeks alike) or None (back, the
    default: nothing is changed by a stray Enter)."""
    box = QMessageBox(QMessageBox.Icon.Question, _tr(EDIT_TITLE), _tr(EDIT_QUESTION).replace("%1", description),
                      parent=parent)
    one = box.addButton(_tr(EDIT_ONE), QMessageBox.ButtonRole.AcceptRole)
    whole = box.addButton(_tr(EDIT_REST), QMessageBox.ButtonRole.AcceptRole)
    back = box.addButton(_tr(BACK), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.exec()
    clicked = box.clickedButton()
    return ONE if clicked is one else SERIES if clicked is whole else None
