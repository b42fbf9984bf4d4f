"""The front desk's questions to the host, in one module so that tests can patch them.

Callers must use ``prompts.ask_override(...)``, never ``from ... import ask_override``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True, slots=True)
class Override:
    host: str
    reason: str


class OverrideDialog(QDialog):
    """The host's name and reason, both required: they go to the audit log with the check-in."""

    def __init__(self, who: str, refusal: str, *, host: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Let in anyway"))
        self.setMinimumWidth(460)  # the title and the refusal read whole (it was 258 px)
        intro = QLabel(self.tr("%1 was refused: %2.\nChecking them in anyway is recorded in the audit log "
                               "with your name and reason.").replace("%1", who).replace("%2", refusal), self)
        intro.setWordWrap(True)
        self.host = QLineEdit(host, self)
        self.host.setPlaceholderText(self.tr("Your name"))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("e.g. will pay for a day pass at noon"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Let in"))
        form = QFormLayout()
        form.addRow(self.tr("Host"), self.host)
        form.addRow(self.tr("Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.host.textChanged.connect(self._update_ok)
        self.reason.textChanged.connect(self._update_ok)
        self._update_ok()
        (self.reason if host else self.host).setFocus()

    def _update_ok(self) -> None:
        ok = bool(self.host.text().strip() and self.reason.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


def ask_override(parent: QWidget | None, who: str, refusal: str, *, host: str = "") -> Override | None:
    """Ask who overrides a refusal and why; None when the host cancels."""
    dialog = OverrideDialog(who, refusal, host=host, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return Override(dialog.host.text().strip(), dialog.reason.text().strip())
