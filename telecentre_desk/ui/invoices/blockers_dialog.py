"""Before any "Issue?" question: what stops the drafts from being lawful invoices, each with its fix.

The place's missing mentions open Place › Edit place details at the first one; each member without an
address, or a business without its SIREN, opens that member's dialog. Nothing is numbered meanwhile;
the host issues again once it is fixed.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from telecentre_desk.billing.lawful import Blockers
from telecentre_desk.ui.store import Store


class BlockersDialog(QDialog):
    fixed = Signal()  # a fix dialog saved something: the caller may check again

    def __init__(self, store: Store, blockers: Blockers, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._blockers = blockers
        self.setWindowTitle(self.tr("These invoices cannot be issued yet"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("An invoice must show the seller's and the customer's legal details. Complete "
                               "what is listed below, then issue again: nothing was numbered."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.member_buttons: dict[str, QPushButton] = {}
        self.place_button: QPushButton | None = None
        grid = QGridLayout()
        row = 0
        if blockers.place:
            items = "".join(f"<li>{html.escape(gap.label)}</li>" for gap in blockers.place)
            label = QLabel(self.tr("<b>The place</b> lacks:") + f"<ul style='margin:0'>{items}</ul>", self)
            label.setWordWrap(True)
            self.place_button = QPushButton(self.tr("Complete the place…"), self)
            self.place_button.setAutoDefault(False)
            self.place_button.clicked.connect(self._on_place_button_clicked)
            grid.addWidget(label, row, 0)
            grid.addWidget(self.place_button, row, 1)
            row += 1
        for member in blockers.members:
            label = QLabel(f"<b>{html.escape(member.name)}</b> ({html.escape(member.number)}): "
                           + html.escape(", ".join(member.problems)), self)
            label.setWordWrap(True)
            button = QPushButton(self.tr("Edit %1…").replace("%1", member.number), self)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, uid=member.member_id: self._edit_member(uid))
            self.member_buttons[member.member_id] = button
            grid.addWidget(label, row, 0)
            grid.addWidget(button, row, 1)
            row += 1
        layout.addLayout(grid)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @Slot()
    def _on_place_button_clicked(self) -> None:
        from telecentre_desk.ui.places.place_dialog import PlaceDialog

        place = self._store.place.place
        if place is None:
            return
        dialog = PlaceDialog(self._store, place=place, parent=self)
        dialog.focus_field(self._blockers.place[0].field)
        dialog.accepted.connect(self.fixed)
        self.place_dialog = dialog
        dialog.open()

    def _edit_member(self, uid: str) -> None:
        from telecentre_desk.members import service as members
        from telecentre_desk.ui.members.member_dialog import MemberDialog

        info = self._store.query(lambda session: members.get_member(session, uid), parent_widget=self)
        if info is None:
            return
        dialog = MemberDialog(self._store, member=info, parent=self)
        dialog.accepted.connect(self.fixed)
        self.member_dialog = dialog
        dialog.open()
