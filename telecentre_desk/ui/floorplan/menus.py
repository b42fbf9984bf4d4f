"""What the host does to rooms and desks from the plan: context menus, add, rename, resident, out of service,
move a desk to another room, remove it, delete an empty room (all three undone by Ctrl+Z), the layout file.
Every change is one unit of work through the Store; dialogs load lazily."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu

from telecentre_desk.members import listing
from telecentre_desk.spaces.info import DeskInfo, SpaceInfo
from telecentre_desk.ui import dialogs
from telecentre_desk.ui import file_prompts as prompts
from telecentre_desk.ui.floorplan.geometry import DEFAULT_EMPTY, Rect, next_room_spot, spot_for_new_desk
from telecentre_desk.ui.floorplan.items import DeskItem
from telecentre_desk.ui.floorplan.room_item import RoomItem
from telecentre_desk.ui.operations.changes import OpChanges
from telecentre_desk.ui.store import ACTOR, Store
from telecentre_desk.ui.undo import DoneCommand

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlmodel import Session

    from telecentre_desk.ui.floorplan.screen import FloorPlanScreen

# What every write of the plan touches: rooms and desks, their places, residents and states of service.
SPACES = OpChanges(spaces=True)

LAYOUT_FILTER = "JSON (*.json)"


def _spot(desk: DeskInfo) -> tuple[float, float] | None:
    return None if desk.plan_x is None or desk.plan_y is None else (desk.plan_x, desk.plan_y)


class FloorMenus(QObject):
    def __init__(self, screen: FloorPlanScreen, store: Store) -> None:
        super().__init__(screen)
        self._store = store
        self.add_room_action = QAction(self.tr("Add room…"), self)
        self.add_desk_action = QAction(self.tr("Add desk…"), self)
        self.add_desk_action.setToolTip(self.tr("Adds a desk to the selected room"))
        self.export_action = QAction(self.tr("Export layout…"), self)
        self.import_action = QAction(self.tr("Import layout…"), self)
        self.add_room_action.triggered.connect(self._on_add_room_action_triggered)
        self.add_desk_action.triggered.connect(self._on_add_desk_action_triggered)
        self.export_action.triggered.connect(self._on_export_action_triggered)
        self.import_action.triggered.connect(self._on_import_action_triggered)
        self.last_dialog: QDialog | None = None  # the dialog opened last, for tests

    @property
    def _screen(self) -> FloorPlanScreen:
        # Through the Qt parent, not an attribute: a Python reference cycle with the screen would let the
        # garbage collector destroy the screen at a random moment, even in the middle of its paint.
        return self.parent()  # type: ignore[return-value]

    def _space(self, uid: str) -> SpaceInfo | None:
        return next((s for s in self._screen.spaces if s.id == uid), None)

    def _desk(self, uid: str) -> DeskInfo | None:
        return next((d for d in self._screen.desks if d.id == uid), None)

    def selected_room(self) -> SpaceInfo | None:
        for item in self._screen.scene.selectedItems():
            if isinstance(item, RoomItem):
                return self._space(item.uid)
            if isinstance(item, DeskItem):
                return self._space(item.info.space_id)
        return None

    @Slot()
    def update_actions(self) -> None:
        if not hasattr(self._screen, "scene"):
            return  # the screen is being destroyed: its scene says the selection went with the items
        self.add_desk_action.setEnabled(self.selected_room() is not None)

    def menu_for(self, kind: str, uid: str) -> QMenu | None:
        """The context menu of a desk, a room, or the empty plan."""
        menu = QMenu(self._screen)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if kind == "desk" and (desk := self._desk(uid)) is not None:
            menu.addAction(self.tr("Rename…"), lambda: self.rename_desk(uid))
            out = menu.addAction(self.tr("Out of service"))
            out.setCheckable(True)
            out.setChecked(desk.out_of_service)
            out.toggled.connect(lambda checked: self.set_out_of_service(uid, checked))
            menu.addSeparator()
            menu.addAction(self.tr("Set resident…"), lambda: self.choose_resident(uid))
            if desk.fixed_member:
                menu.addAction(self.tr("Remove resident %1").replace("%1", desk.fixed_member_name or ""),
                               lambda: self.remove_resident(uid))
            menu.addSeparator()
            rooms = menu.addMenu(self.tr("Move to room"))
            for room in self._screen.spaces:
                if room.id != desk.space_id:
                    rooms.addAction(room.name, lambda target=room.id: self.move_desk(uid, target))
            rooms.setEnabled(not rooms.isEmpty())
            menu.addAction(self.tr("Remove desk…"), lambda: self.remove_desk(uid))
        elif kind == "room" and self._space(uid) is not None:
            menu.addAction(self.tr("Edit room…"), lambda: self.edit_room(uid))
            menu.addAction(self.tr("Add desk…"), lambda: self.add_desk(uid))
            menu.addSeparator()
            menu.addAction(self.tr("Delete room…"), lambda: self.delete_room(uid))
        else:
            menu.addAction(self.add_room_action)
        return menu

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    @Slot(str)
    def edit_room(self, uid: str) -> None:
        from telecentre_desk.ui.floorplan.edit_dialogs import RoomDialog  # the services: not at start

        room = self._space(uid)
        if room is not None:
            self._open(RoomDialog(self._store, room=room, parent=self._screen))

    @Slot(str)
    def rename_desk(self, uid: str) -> None:
        from telecentre_desk.ui.floorplan.edit_dialogs import DeskDialog

        desk = self._desk(uid)
        if desk is not None:
            self._open(DeskDialog(self._store, desk=desk, parent=self._screen))

    def add_room(self) -> None:
        from telecentre_desk.ui.floorplan.edit_dialogs import RoomDialog

        drawn = [Rect(r.geometry().x(), r.geometry().y(), r.geometry().width(), r.geometry().height())
                 for r in self._screen.scene.rooms.values()]
        x, y = next_room_spot(drawn)
        self._open(RoomDialog(self._store, rect=(x, y, *DEFAULT_EMPTY), parent=self._screen))

    def add_desk(self, room_uid: str) -> None:
        from telecentre_desk.ui.floorplan.edit_dialogs import DeskDialog

        room, item = self._space(room_uid), self._screen.scene.rooms.get(room_uid)
        if room is None or item is None:
            return
        taken = [(d.pos().x(), d.pos().y()) for d in self._screen.scene.desks.values() if d.room is item]
        drawn = Rect(item.geometry().x(), item.geometry().y(), item.rect().width(), item.rect().height())
        spot, grown = spot_for_new_desk(drawn, taken)
        self._open(DeskDialog(self._store, room=room, position=spot, parent=self._screen,
                              room_rect=None if grown == drawn else (grown.x, grown.y, grown.w, grown.h)))

    def set_out_of_service(self, uid: str, out: bool) -> None:
        from telecentre_desk.spaces import service as spaces

        self._store.run(lambda s: spaces.set_desk(s, uid, out_of_service=out, actor=ACTOR), parent_widget=self._screen,
                        changes=SPACES)

    def choose_resident(self, uid: str) -> None:
        from telecentre_desk.ui.floorplan.edit_dialogs import ResidentDialog

        desk = self._desk(uid)
        members = self._store.read(listing.list_members, parent_widget=self._screen)
        if desk is not None and members is not None:
            active = [m for m in members if m.status == "active"]
            self._open(ResidentDialog(self._store, desk=desk, members=active, parent=self._screen))

    def remove_resident(self, uid: str) -> None:
        """Free a resident's desk; Ctrl+Z gives it back to them."""
        from telecentre_desk.spaces import service as spaces

        desk = self._desk(uid)
        if desk is None or desk.fixed_member is None:
            return
        holder = desk.fixed_member

        def free(session: Session) -> None:
            spaces.set_desk(session, uid, fixed_member=None, actor=ACTOR)

        def give_back(session: Session) -> None:
            spaces.set_desk(session, uid, fixed_member=holder, actor=ACTOR)

        if self._store.run(free, parent_widget=self._screen, changes=SPACES).ok:
            self._push(self.tr("Removal of resident %1 from desk %2").replace("%1", desk.fixed_member_name or holder)
                       .replace("%2", desk.name), give_back, free)

    def remove_desk(self, uid: str) -> None:
        from telecentre_desk.spaces import service as spaces

        desk = self._desk(uid)
        if desk is None:
            return
        question = self.tr("Remove desk %1 from %2?\n\nIts history is kept; it is no longer offered at check-in.")
        if not dialogs.ask(self._screen, self.tr("Remove desk"),
                           question.replace("%1", desk.name).replace("%2", desk.space_name)):
            return

        def remove(session: Session) -> None:
            spaces.remove_desk(session, uid, actor=ACTOR)

        def restore(session: Session) -> None:
            spaces.restore_desk(session, uid, actor=ACTOR)

        if self._store.run(remove, parent_widget=self._screen, changes=SPACES).ok:
            self._push(self.tr("Removal of desk %1").replace("%1", desk.name), restore, remove)

    def move_desk(self, uid: str, room_uid: str) -> None:
        """Move a desk into another room, at a free cell (the room grows if it is full); Ctrl+Z moves it back."""
        from telecentre_desk.spaces import service as spaces

        desk, room, item = self._desk(uid), self._space(room_uid), self._screen.scene.rooms.get(room_uid)
        if desk is None or room is None or item is None:
            return
        taken = [(d.pos().x(), d.pos().y()) for d in self._screen.scene.desks.values() if d.room is item]
        drawn = Rect(item.geometry().x(), item.geometry().y(), item.rect().width(), item.rect().height())
        spot, grown = spot_for_new_desk(drawn, taken)
        old_rect = (room.plan_x, room.plan_y, room.plan_w, room.plan_h)

        def there(session: Session) -> None:
            spaces.move_desk(session, uid, space=room_uid, position=spot, actor=ACTOR)
            if grown != drawn:
                spaces.set_space_geometry(session, room_uid, x=grown.x, y=grown.y, w=grown.w, h=grown.h)

        def back(session: Session) -> None:
            spaces.move_desk(session, uid, space=desk.space_id, position=_spot(desk), actor=ACTOR)
            if grown != drawn and None not in old_rect:
                x, y, w, h = old_rect
                spaces.set_space_geometry(session, room_uid, x=x, y=y, w=w, h=h)  # type: ignore[arg-type]

        if self._store.run(there, parent_widget=self._screen, changes=SPACES).ok:
            text = self.tr("Move of desk %1 to %2").replace("%1", desk.name).replace("%2", room.name)
            self._screen.message.emit(text)
            self._push(text, back, there)

    def delete_room(self, uid: str) -> None:
        """Delete an empty room after asking ("No" by default); the service refuses one with desks or bookings."""
        from telecentre_desk.spaces import service as spaces

        room = self._space(uid)
        if room is None:
            return
        question = self.tr("Delete the room %1?\n\nOnly an empty room can be deleted: no desks, no bookings to "
                           "come. Ctrl+Z brings it back.").replace("%1", room.name)
        if not dialogs.ask(self._screen, self.tr("Delete room"), question):
            return

        def remove(session: Session) -> None:
            spaces.remove_space(session, uid, actor=ACTOR)

        def restore(session: Session) -> None:
            spaces.restore_space(session, uid, actor=ACTOR)

        if self._store.run(remove, parent_widget=self._screen, changes=SPACES).ok:
            text = self.tr("Deletion of room %1").replace("%1", room.name)
            self._screen.message.emit(text)
            self._push(text, restore, remove)

    def _push(self, text: str, undo: Callable[[Session], None], redo: Callable[[Session], None]) -> None:
        store, screen = self._store, self._screen
        screen.undo_stack.push(DoneCommand(
            text, undo=lambda: store.run(undo, parent_widget=screen, changes=SPACES).ok,
            redo=lambda: store.run(redo, parent_widget=screen, changes=SPACES).ok))

    @Slot()
    def _on_add_room_action_triggered(self) -> None:
        self.add_room()

    @Slot()
    def _on_add_desk_action_triggered(self) -> None:
        room = self.selected_room()
        if room is not None:
            self.add_desk(room.id)

    @Slot()
    def _on_export_action_triggered(self) -> None:
        from telecentre_desk.spaces.layout import write_layout

        path = prompts.save_file(self._screen, self.tr("Export the floor plan layout"),
                                 Path.home() / self.tr("floor-plan.json"), LAYOUT_FILTER)
        if path is None:
            return
        # A write of a file, not of the database: read through the Store, errors shown the same way.
        count = self._store.read(lambda conn: write_layout(conn, path), parent_widget=self._screen)
        if count is not None:
            self._screen.message.emit(self.tr("Layout of %1 rooms and desks saved to %2")
                                      .replace("%1", str(count)).replace("%2", str(path)))

    @Slot()
    def _on_import_action_triggered(self) -> None:
        from telecentre_desk.spaces.layout import apply_layout, read_layout

        path = prompts.open_file(self._screen, self.tr("Import a floor plan layout"), LAYOUT_FILTER)
        if path is None:
            return
        # The file is read and checked inside the unit of work: a refused file writes nothing.
        result = self._store.run(lambda s: apply_layout(s, read_layout(path), path=path, actor=ACTOR),
                                 parent_widget=self._screen, changes=SPACES)
        if result.ok:
            self._screen.message.emit(self.tr("Layout imported from %1").replace("%1", path.name))
