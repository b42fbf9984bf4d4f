"""Keyboard order of a form: the first field has the focus when the dialog opens, Tab follows the form.

Editors wrapped by ``FormErrors.field_row`` are re-parented after the button box was created, so Qt's own focus
chain put *Cancel* first (issue 15: the first letters typed were lost). ``order_form`` restates the chain.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget


def order_form(first: QWidget, *others: QWidget, buttons: QDialogButtonBox | None = None) -> None:
    """Tab goes ``first``, ``others``…, then the buttons; ``first`` takes the focus when the window shows."""
    chain = [first, *others]
    if buttons is not None:
        chain += [button for button in buttons.buttons() if button.focusPolicy() != Qt.FocusPolicy.NoFocus]
    for before, after in pairwise(chain):
        QWidget.setTabOrder(before, after)
    first.setFocus(Qt.FocusReason.OtherFocusReason)
