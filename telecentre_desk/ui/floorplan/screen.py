"""The Floor plan screen: the place drawn as rooms and desks, each desk live, and the host's arranging.

Live: every desk is coloured by ``spaces.state.floor_state`` (a few ms on 1M events), read again on
every scan (the front desk's ``presence_changed``, wired by the main window), on a change set touching
presence, each minute (bookings start and end) and when the screen comes back into view.
Two modes, so that a click at the desk never moves furniture: live (drag an occupied desk onto a
free one to move its member) and arranging (drag and resize rooms, drag desks; one unit of work
per drag).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QShowEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QToolBar, QVBoxLayout, QWidget

from telecentre_desk.spaces.info import DeskInfo, SpaceInfo, read_desks, read_spaces
from telecentre_desk.spaces.state import FloorDirectory, floor_state
from telecentre_desk.ui.floorplan.geometry import Rect, auto_layout
from telecentre_desk.ui.floorplan.legend import Legend
from telecentre_desk.ui.floorplan.menus import SPACES, FloorMenus
from telecentre_desk.ui.floorplan.scene import FloorScene, GeometryChange
from telecentre_desk.ui.floorplan.undo import GeometryCommand, placed_before
from telecentre_desk.ui.floorplan.view import FloorView
from telecentre_desk.ui.operations.changes import OpChanges
from telecentre_desk.ui.operations.watch import ChangeWatch
from telecentre_desk.ui.store import ACTOR, Store
from telecentre_desk.ui.tool_rows import ToolRows
from telecentre_desk.ui.undo import UndoActions

if TYPE_CHECKING:
    from sqlmodel import Session


logger = logging.getLogger(__name__)
MINUTE_MS = 60_000
# What the plan reads: rooms and desks (with their residents' names), who is there (the colours), the place.
STRUCTURE_READS = ("spaces", "members", "bookings", "place")
PLAN_READS = (*STRUCTURE_READS, "presence")


class FloorPlanScreen(QWidget):
    message = Signal(str)  # what just happened, for the status bar

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._loaded = False
        self.spaces: list[SpaceInfo] = []
        self.desks: list[DeskInfo] = []
        self._layout_tried: set[str] = set()  # uids whose automatic placement was saved (or tried) once
        self._directory: FloorDirectory | None = None  # desks and names, read again by reload()

        self.scene = FloorScene(self)
        self.view = FloorView(self.scene, self)
        self.legend = Legend(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.empty_label = QLabel(self.tr("No rooms yet: use “Add room…” to draw the place."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.menus = FloorMenus(self, store)

        self.arrange_action = QAction(self.tr("Arrange the plan"), self)
        self.arrange_action.setCheckable(True)
        self.arrange_action.setToolTip(self.tr("Drag and resize rooms, drag desks, double-click to rename"))
        self.undo_stack = QUndoStack(self)
        self.undo_actions = UndoActions(self.undo_stack, self)  # Ctrl+Z / Ctrl+Shift+Z on this screen
        self.undo_action, self.redo_action = self.undo_actions.undo_action, self.undo_actions.redo_action
        self.fit_action = QAction(self.tr("Fit"), self)
        self.zoom_in_action = QAction(self.tr("Zoom in"), self)
        self.zoom_out_action = QAction(self.tr("Zoom out"), self)
        toolbar = QToolBar(self)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.arrange_action)
        toolbar.addSeparator()
        toolbar.addActions([self.menus.add_room_action, self.menus.add_desk_action])
        toolbar.addActions([self.undo_action, self.redo_action])
        view_bar = QToolBar(self)  # beside the first, or under it on a narrow window (never behind "»")
        view_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        view_bar.addActions([self.fit_action, self.zoom_in_action, self.zoom_out_action])
        view_bar.addSeparator()
        view_bar.addActions([self.menus.export_action, self.menus.import_action])
        layout = QVBoxLayout(self)
        layout.addWidget(ToolRows([toolbar, view_bar], self))
        layout.addWidget(self.legend)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.hint)

        self._minute = QTimer(self)
        self._minute.setInterval(MINUTE_MS)
        self._minute.timeout.connect(self._on_minute_timeout)
        self.arrange_action.toggled.connect(self._on_arrange_action_toggled)
        self.fit_action.triggered.connect(self.view.fit)
        self.zoom_in_action.triggered.connect(self._on_zoom_in_action_triggered)
        self.zoom_out_action.triggered.connect(self._on_zoom_out_action_triggered)
        self.scene.geometry_edited.connect(self._on_scene_geometry_edited)
        self.scene.member_dropped.connect(self._on_scene_member_dropped)
        self.scene.room_activated.connect(self.menus.edit_room)
        self.scene.desk_activated.connect(self.menus.rename_desk)
        self.scene.context_requested.connect(self._on_scene_context_requested)
        self.scene.selectionChanged.connect(self.menus.update_actions)
        # Rooms, desks, their residents and the place: the plan is rebuilt; presence alone: the colours.
        self.watch = ChangeWatch(store, self, PLAN_READS, self._on_store_changed)
        self._on_arrange_action_toggled(False)

    @property
    def loaded(self) -> bool:
        return self._loaded

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()
        else:
            self.refresh_states()  # a kiosk session or a long absence: catch up at once
        self._minute.start()

    def reload(self) -> None:
        """Read the rooms and desks again, place the ones never drawn, rebuild the plan, paint the states."""
        read = self._store.read(lambda conn: (read_spaces(conn), read_desks(conn),
                                              FloorDirectory(conn)), parent_widget=self)
        if read is None:
            return
        self._loaded = True
        self.spaces, self.desks, self._directory = read
        rooms, positions = auto_layout(self.spaces, self.desks)
        untried = (rooms.keys() | positions.keys()) - self._layout_tried
        if untried:
            # Saved once, so the plan stays put when rooms are added later; the save's change set
            # (spaces) brings us back here with everything drawn.
            self._layout_tried |= untried
            if self._save_layout(rooms, positions):
                return
        self.scene.build(self.spaces, self.desks, rooms=rooms, positions=positions)
        has_rooms = bool(self.spaces)
        self.view.setVisible(has_rooms)
        self.empty_label.setVisible(not has_rooms)
        if self.view.fitting:
            self.view.fit()
        self.menus.update_actions()
        self.refresh_states()

    def _save_layout(self, rooms: dict[str, Rect], positions: dict[str, tuple[float, float]]) -> bool:
        from telecentre_desk.spaces import service as spaces

        def save(session: Session) -> None:
            for uid, rect in rooms.items():
                spaces.set_space_geometry(session, uid, x=rect.x, y=rect.y, w=rect.w, h=rect.h)
            for uid, spot in positions.items():
                spaces.set_desk(session, uid, position=spot, actor=ACTOR)

        return self._store.run(save, parent_widget=self, changes=SPACES).ok

    def refresh_states(self) -> None:
        """Colour every desk by who is there now (cheap: run on every scan)."""
        if not self._loaded:
            return
        directory = self._directory
        statuses = self._store.read(lambda conn: floor_state(conn, directory=directory), parent_widget=self)
        if statuses is not None:
            self.legend.set_counts(self.scene.apply_states(statuses, self._store.place.tz))

    def _on_store_changed(self, changes: OpChanges) -> None:
        if not self._loaded:
            return  # read whole when first shown
        if changes.touches(*STRUCTURE_READS):
            self.reload()
        else:
            self.refresh_states()

    @Slot()
    def _on_minute_timeout(self) -> None:
        if self.isVisible():
            self.refresh_states()

    @Slot(bool)
    def _on_arrange_action_toggled(self, arranging: bool) -> None:
        self.scene.set_editing(arranging)
        self.hint.setText(self.tr("Arranging: drag rooms and desks, resize a room by its corner, double-click to "
                                  "rename, right-click for more. Each drag is saved when you let go.")
                          if arranging else
                          self.tr("Live: each desk shows who is there. Drag an occupied desk onto a free one to "
                                  "move its member; right-click a desk for more."))

    @Slot()
    def _on_zoom_in_action_triggered(self) -> None:
        self.view.zoom(1.25)

    @Slot()
    def _on_zoom_out_action_triggered(self) -> None:
        self.view.zoom(0.8)

    @Slot(object)
    def _on_scene_geometry_edited(self, changes: list[GeometryChange]) -> None:
        before = placed_before(changes, self.spaces, self.desks)
        if self.save_geometry(changes) and before is not None:
            text = self.tr("Move of %1").replace("%1", ", ".join(self._name_of(c) for c in changes))
            self.undo_stack.push(GeometryCommand(text, self.save_geometry, before, list(changes)))

    def _name_of(self, change: GeometryChange) -> str:
        found = next((i.name for i in (*self.spaces, *self.desks) if i.id == change.uid), "")
        return found or change.uid

    def save_geometry(self, changes: list[GeometryChange]) -> bool:
        """Save rooms' and desks' places as one unit of work; back to what is stored when refused."""
        from telecentre_desk.spaces import service as spaces

        def save(session: Session) -> None:
            for c in changes:
                if c.kind == "room":
                    spaces.set_space_geometry(session, c.uid, x=c.x, y=c.y, w=c.w, h=c.h)
                else:
                    spaces.set_desk(session, c.uid, position=(c.x, c.y), actor=ACTOR)

        if not self._store.run(save, parent_widget=self, changes=SPACES).ok:
            self.reload()  # back to what is stored
            return False
        return True

    @Slot(str, str)
    def _on_scene_member_dropped(self, from_desk: str, to_desk: str) -> None:
        from telecentre_desk.desk.moves import move_from_desk

        result = self._store.run(lambda session: move_from_desk(session, from_desk, to_desk, actor=ACTOR),
                                 parent_widget=self, changes=OpChanges(presence=True))
        if result.ok and result.value is not None:
            done = result.value
            self.message.emit(self.tr("%1 moved from %2 to %3").replace("%1", done.member_name)
                              .replace("%2", done.from_desk or "—").replace("%3", done.to_desk))

    @Slot(str, str, QPoint)
    def _on_scene_context_requested(self, kind: str, uid: str, pos: QPoint) -> None:
        menu = self.menus.menu_for(kind, uid)
        if menu is not None:
            menu.popup(pos)
