"""Add or edit a room, add or rename a desk, choose a desk's resident: each one unit of work through the Store.

Loaded by the plan's slots (the services bring SQLAlchemy), never at start.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from telecentre_desk.members.info import MemberInfo
from telecentre_desk.spaces import service as spaces
from telecentre_desk.spaces.info import DeskInfo, SpaceInfo
from telecentre_desk.ui.floorplan.states import kinds
from telecentre_desk.ui.focus import order_form
from telecentre_desk.ui.form_errors import FormErrors, error_label
from telecentre_desk.ui.frontdesk.member_search import MemberSearch, entry_text
from telecentre_desk.ui.operations.changes import OpChanges
from telecentre_desk.ui.store import ACTOR, Store


class _FormDialog(QDialog):
    """A small form whose OK saves through the Store and stays open, the error shown, when refused."""

    saved = Signal(str)  # the uid of the room or desk saved

    def __init__(self, store: Store, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._store = store
        self.setWindowTitle(title)
        self.setMinimumWidth(380)
        self.general_error = error_label(self)
        self.errors = FormErrors(self.general_error)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _save(self, fn: Callable[[Session], str]) -> None:
        self.errors.clear()
        result = self._store.run(fn, parent_widget=self, on_failure=self.errors.show,
                                  changes=OpChanges(spaces=True))
        if result.ok and result.value is not None:
            self.saved.emit(result.value)
            super().accept()


class RoomDialog(_FormDialog):
    """A new room placed at ``rect`` (x, y, w, h in cm) when ``room`` is None, else that room edited."""

    def __init__(self, store: Store, *, room: SpaceInfo | None = None,
                 rect: tuple[float, float, float, float] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(store, self.tr("New room") if room is None else self.tr("Edit room"), parent)
        self._room, self._rect = room, rect
        self.name = QLineEdit(room.name if room else "", self)
        self.name.setMaxLength(80)
        self.kind = QComboBox(self)
        for code, label in kinds():
            self.kind.addItem(label, code)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(1, spaces.MAX_CAPACITY)
        self.capacity.setValue(room.capacity if room else 4)
        if room is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(room.kind)))
        row = self.errors.field_row
        self.form.addRow(self.tr("Name *"), row("name", self.name))
        self.form.addRow(self.tr("Kind"), row("kind", self.kind))
        self.form.addRow(self.tr("Capacity (desks or seats)"), row("capacity", self.capacity))
        self.name.textChanged.connect(self._update_ok)
        self._update_ok()
        order_form(self.name, self.kind, self.capacity, buttons=self.buttons)

    @Slot()
    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.name.text().strip()))

    def accept(self) -> None:
        fields: dict[str, Any] = {"name": self.name.text(), "kind": self.kind.currentData(),
                                  "capacity": self.capacity.value()}
        room, rect = self._room, self._rect

        def save(session: Session) -> str:
            if room is not None:
                return spaces.edit_space(session, room.id, actor=ACTOR, **fields).id
            added = spaces.add_space(session, actor=ACTOR, **fields)
            if rect is not None:
                x, y, w, h = rect
                spaces.set_space_geometry(session, added.id, x=x, y=y, w=w, h=h)
            return added.id

        self._save(save)


class DeskDialog(_FormDialog):
    """A new desk in ``room`` at ``position`` (cm, relative to the room), or ``desk`` renamed."""

    def __init__(self, store: Store, *, room: SpaceInfo | None = None, desk: DeskInfo | None = None,
                 position: tuple[float, float] | None = None, parent: QWidget | None = None,
                 room_rect: tuple[float, float, float, float] | None = None) -> None:
        super().__init__(store, self.tr("New desk") if desk is None else self.tr("Rename desk"), parent)
        self._room, self._desk, self._position = room, desk, position
        self._room_rect = room_rect  # the room grown to make a free cell for the new desk
        where = QLabel(desk.space_name if desk else room.name if room else "", self)
        self.name = QLineEdit(desk.name if desk else "", self)
        self.name.setMaxLength(40)
        self.name.setPlaceholderText(self.tr("e.g. OS-11"))
        self.form.addRow(self.tr("Room"), where)
        self.form.addRow(self.tr("Name *"), self.errors.field_row("name", self.name))
        self.errors.alias("space", "name")
        self.name.textChanged.connect(self._update_ok)
        self._update_ok()
        order_form(self.name, buttons=self.buttons)

    @Slot()
    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.name.text().strip()))

    def accept(self) -> None:
        name, room, desk, position, grown = self.name.text(), self._room, self._desk, self._position, self._room_rect

        def save(session: Session) -> str:
            if desk is not None:
                return spaces.rename_desk(session, desk.id, name=name, actor=ACTOR).id
            assert room is not None
            added = spaces.add_desk(session, space=room.id, name=name, actor=ACTOR)
            if grown is not None:
                x, y, w, h = grown
                spaces.set_space_geometry(session, room.id, x=x, y=y, w=w, h=h)
            if position is not None:
                spaces.set_desk(session, added.id, position=position, actor=ACTOR)
            return added.id

        self._save(save)


class ResidentDialog(_FormDialog):
    """Give a desk to one member for good (resident plans): they get it at every check-in."""

    def __init__(self, store: Store, *, desk: DeskInfo, members: Sequence[MemberInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(store, self.tr("Resident of desk %1").replace("%1", desk.name), parent)
        self._desk = desk
        self._entries = {m.id: entry_text(m) for m in members}
        self.chosen: str | None = None
        self.search = MemberSearch(self)
        self.search.set_members(members)
        self.search.setPlaceholderText(self.tr("Name or number…"))
        self.form.addRow(self.tr("Member"), self.errors.field_row("member", self.search))
        self.errors.alias("fixed_member", "member")
        self.search.textChanged.connect(self._on_search_text_changed)
        # Enter in the search clears it and names the member; the dialog's OK comes right after.
        self.search.member_chosen.connect(self._on_search_member_chosen)
        self._on_search_text_changed()

    @Slot()
    def _on_search_text_changed(self) -> None:
        self.chosen = self.search.chosen_uid()
        self.ok_button.setEnabled(self.chosen is not None)

    @Slot(str)
    def _on_search_member_chosen(self, uid: str) -> None:
        self.search.setText(self._entries.get(uid, ""))
        self.chosen = uid
        self.ok_button.setEnabled(True)

    def accept(self) -> None:
        uid, desk = self.chosen, self._desk
        if uid is not None:
            self._save(lambda session: spaces.set_desk(session, desk.id, fixed_member=uid, actor=ACTOR).id)
