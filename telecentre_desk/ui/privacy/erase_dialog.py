"""Erase a member's personal data: what will happen, the reason, an explicit confirmation.

The safe choice is the default: *Cancel* has the focus and *Erase* stays disabled until a reason is
typed and the box "this cannot be undone" is ticked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from telecentre_desk.members.info import MemberInfo
from telecentre_desk.ui.operations.changes import OpChanges
from telecentre_desk.ui.store import ACTOR, Store

# Names, contact and free texts gone from members, visits, bookings, invoices' buyers, desks' residents;
# the erasure waits in the sync's outbox. Not the plans, the place or the settings.
ERASURE = OpChanges(members=True, presence=True, bookings=True, invoices=True, spaces=True, sync=True)


class EraseDialog(QDialog):
    erased = Signal(str)  # the member's display number

    def __init__(self, store: Store, member: MemberInfo, notes: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._member = member
        self.setWindowTitle(self.tr("Erase personal data"))
        intro = QLabel(self.tr("Erase the personal data of %1 (%2)?\n\nTheir name, contact details, address, notes "
                               "and free texts are removed from every table and from the audit log. Visits, "
                               "bookings and statistics stay counted under the number only.")
                       .replace("%1", member.full_name).replace("%2", member.display_number), self)
        intro.setWordWrap(True)
        kept = QLabel("\n".join(f"• {note}" for note in notes) or self.tr("Nothing else is kept about them."), self)
        kept.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Reason (e.g. written request of 05/12/2026)"))
        self.confirm = QCheckBox(self.tr("I understand that this cannot be undone"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = self.buttons.addButton(self.tr("Erase"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setEnabled(False)
        self.erase_button.setAutoDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("What is kept, and why:"), self))
        layout.addWidget(kept)
        layout.addWidget(self.reason)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._on_inputs_changed)
        self.confirm.toggled.connect(self._on_inputs_changed)
        self.buttons.rejected.connect(self.reject)
        self.erase_button.clicked.connect(self._on_erase_button_clicked)
        cancel.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_inputs_changed(self) -> None:
        self.erase_button.setEnabled(bool(self.reason.text().strip()) and self.confirm.isChecked())

    @Slot()
    def _on_erase_button_clicked(self) -> None:
        from telecentre_desk.privacy import erasure

        uid, reason = self._member.id, self.reason.text().strip()
        result = self._store.run(lambda s: erasure.erase_member(s, uid, reason=reason, actor=ACTOR),
                                 parent_widget=self, changes=ERASURE)
        if result.ok:  # the files are scrubbed next, on the job thread (MembersPrivacyHook)
            self.erased.emit(self._member.display_number)
            self.accept()
