"""The host's PIN: typed to leave kiosk mode, chosen (twice) before the first kiosk session.

Callers use ``pin_dialog.ask_pin(...)`` and ``pin_dialog.choose_pin(...)`` through the module, so
that tests can patch them (as ``ui/dialogs.py`` does for message boxes).
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

MIN_DIGITS, MAX_DIGITS = 4, 8  # as desk.kiosk.set_pin checks


def is_valid_pin(text: str) -> bool:
    return text.isascii() and text.isdigit() and MIN_DIGITS <= len(text) <= MAX_DIGITS


class PinDialog(QDialog):
    """One PIN field, or two (new and again) with ``choose``; OK only once the PIN is 4-8 digits."""

    def __init__(self, *, choose: bool, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose the host's PIN") if choose else self.tr("Host's PIN"))
        self.setModal(True)
        digits = self.tr("%1 to %2 digits.").replace("%1", str(MIN_DIGITS)).replace("%2", str(MAX_DIGITS))
        explanation = QLabel(f"{text}\n{digits}", self)
        explanation.setWordWrap(True)
        validator = QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{MAX_DIGITS}}}"), self)
        self.pin_edit = self._pin_field(validator)
        self.again_edit = self._pin_field(validator) if choose else None
        self.error = QLabel(self)
        self.error.setObjectName("form_error")
        self.error.setStyleSheet("color: #b3261e;")
        form = QFormLayout()
        form.addRow(self.tr("New PIN") if choose else self.tr("PIN"), self.pin_edit)
        if self.again_edit is not None:
            form.addRow(self.tr("Again"), self.again_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._on_pin_text_edited()

    def _pin_field(self, validator: QRegularExpressionValidator) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setValidator(validator)
        edit.setMaxLength(MAX_DIGITS)
        edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        edit.textEdited.connect(self._on_pin_text_edited)
        return edit

    @property
    def pin(self) -> str:
        return self.pin_edit.text()

    @Slot()
    def _on_pin_text_edited(self) -> None:
        pin = self.pin_edit.text()
        again = self.again_edit.text() if self.again_edit is not None else None
        # Said once the second PIN is as long as the first: not at every digit typed.
        differ = again is not None and len(again) >= len(pin) > 0 and again != pin
        self.error.setText(self.tr("The two PINs differ.") if differ else "")
        ok = is_valid_pin(pin) and (self.again_edit is None or self.again_edit.text() == pin)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


def ask_pin(parent: QWidget | None, text: str) -> str | None:
    """The PIN typed, or None when the dialog was cancelled."""
    dialog = PinDialog(choose=False, text=text, parent=parent)
    return dialog.pin if dialog.exec() == QDialog.DialogCode.Accepted else None


def choose_pin(parent: QWidget | None, text: str) -> str | None:
    """A new PIN typed twice alike, or None when the dialog was cancelled."""
    dialog = PinDialog(choose=True, text=text, parent=parent)
    return dialog.pin if dialog.exec() == QDialog.DialogCode.Accepted else None
