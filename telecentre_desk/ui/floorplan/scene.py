"""The plan's scene: builds the items from the read models, paints the live states, and turns the host's
gestures into signals (a drag ended, a member dropped on a desk, a double-click, a context menu)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QPen, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
)

from telecentre_desk.spaces.info import DeskInfo, SpaceInfo
from telecentre_desk.spaces.state import DeskState, DeskStatus
from telecentre_desk.ui.floorplan import states
from telecentre_desk.ui.floorplan.geometry import Rect
from telecentre_desk.ui.floorplan.items import TEXT_PX, DeskItem, plan_font
from telecentre_desk.ui.floorplan.room_item import RoomItem


@dataclass(frozen=True, slots=True)
class GeometryChange:
    """A room (x, y, w, h) or a desk (x, y relative to its room) placed by the host, in cm."""

    kind: str  # "room" or "desk"
    uid: str
    x: float
    y: float
    w: float | None = None
    h: float | None = None


class FloorScene(QGraphicsScene):
    geometry_edited = Signal(object)  # list[GeometryChange] of one drag: saved as one unit of work
    member_dropped = Signal(str, str)  # the occupied desk's uid, the desk it was dropped on
    room_activated = Signal(str)  # double-click on a room: edit it
    desk_activated = Signal(str)  # double-click on a desk: rename it
    context_requested = Signal(str, str, QPoint)  # "room", "desk" or "plan"; uid ("" for the plan); screen pos

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rooms: dict[str, RoomItem] = {}
        self.desks: dict[str, DeskItem] = {}
        self.editing = False
        self._ghost: QGraphicsRectItem | None = None
        self._target: DeskItem | None = None

    def build(self, spaces: Sequence[SpaceInfo], desks: Sequence[DeskInfo], *, rooms: dict[str, Rect],
              positions: dict[str, tuple[float, float]]) -> None:
        """Rebuild every item; ``rooms`` and ``positions`` give the geometry of those not drawn yet."""
        selected = {item.uid for item in self.selectedItems() if isinstance(item, RoomItem | DeskItem)}
        self._drop_ghost()
        self.clear()
        self.rooms, self.desks = {}, {}
        for space in spaces:
            drawn = rooms.get(space.id) or Rect(space.plan_x or 0.0, space.plan_y or 0.0, space.plan_w or 300.0,
                                                space.plan_h or 200.0)
            room = RoomItem(space, QRectF(drawn.x, drawn.y, drawn.w, drawn.h))
            self.addItem(room)
            self.rooms[space.id] = room
        for desk in desks:
            room = self.rooms.get(desk.space_id)
            if room is None:
                continue
            x, y = positions.get(desk.id) or (desk.plan_x or 0.0, desk.plan_y or 0.0)
            self.desks[desk.id] = DeskItem(desk, QPointF(x, y), room)
        for item in (*self.rooms.values(), *self.desks.values()):
            item.set_editable(self.editing)
            item.setSelected(item.uid in selected)
        bounds = self.itemsBoundingRect().adjusted(-60, -60, 60, 60)
        self.setSceneRect(bounds if not bounds.isEmpty() else QRectF(0, 0, 1000, 600))

    def apply_states(self, statuses: Iterable[DeskStatus], tz: ZoneInfo) -> Counter[DeskState]:
        """Colour every desk by its state now; returns how many desks are in each state."""
        by_desk = {s.desk_id: s for s in statuses}
        for uid, item in self.desks.items():
            item.apply(by_desk.get(uid), tz)
        return Counter(item.state for item in self.desks.values())

    def set_editing(self, editing: bool) -> None:
        self.editing = editing
        for item in (*self.rooms.values(), *self.desks.values()):
            item.set_editable(editing)

    def pending_changes(self) -> list[GeometryChange]:
        """Rooms and desks whose geometry differs from what is stored."""
        changes = []
        for uid, room in self.rooms.items():
            if room.geometry() != room.saved:
                g = room.geometry()
                changes.append(GeometryChange("room", uid, g.x(), g.y(), g.width(), g.height()))
        for uid, desk in self.desks.items():
            if desk.pos() != desk.saved:
                changes.append(GeometryChange("desk", uid, desk.pos().x(), desk.pos().y()))
        return changes

    def mark_saved(self) -> None:
        for room in self.rooms.values():
            room.saved = room.geometry()
        for desk in self.desks.values():
            desk.saved = QPointF(desk.pos())

    def _item_at(self, pos: QPointF) -> RoomItem | DeskItem | None:
        for item in self.items(pos, Qt.ItemSelectionMode.IntersectsItemShape, Qt.SortOrder.DescendingOrder,
                               QTransform()):
            if isinstance(item, DeskItem | RoomItem) and item is not self._ghost:
                return item
        return None

    def desk_at(self, pos: QPointF) -> DeskItem | None:
        found = self._item_at(pos)
        return found if isinstance(found, DeskItem) else None

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self.editing and event.button() == Qt.MouseButton.LeftButton:
            changes = self.pending_changes()
            if changes:
                self.mark_saved()
                self.geometry_edited.emit(changes)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        found = self._item_at(event.scenePos())
        if isinstance(found, DeskItem):
            self.desk_activated.emit(found.uid)
        elif isinstance(found, RoomItem):
            self.room_activated.emit(found.uid)
        event.accept()

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        found = self._item_at(event.scenePos())
        kind = "desk" if isinstance(found, DeskItem) else "room" if isinstance(found, RoomItem) else "plan"
        if found is not None:
            self.clearSelection()
            found.setSelected(True)
        self.context_requested.emit(kind, found.uid if found is not None else "", event.screenPos())
        event.accept()

    # A member dragged from an occupied desk: a label follows the pointer, the desk under it is outlined.
    def drag_member(self, source: DeskItem, pos: QPointF) -> None:
        if self._ghost is None:
            self._ghost = QGraphicsRectItem()
            self._ghost.setZValue(10)
            self._ghost.setOpacity(0.85)
            self._ghost.setBrush(states.LOOKS[DeskState.OCCUPIED].fill)
            self._ghost.setPen(QPen(states.LOOKS[DeskState.OCCUPIED].border, 3))
            text = QGraphicsSimpleTextItem(source.status.member_name if source.status else "", self._ghost)
            text.setFont(plan_font(TEXT_PX, bold=True))
            text.setPos(10, 8)
            self._ghost.setRect(text.boundingRect().adjusted(0, 0, 20, 16))
            self._ghost.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
            self.addItem(self._ghost)
        self._ghost.setPos(pos + QPointF(12, 12))
        target = self.desk_at(pos)
        self._target = None if target is source else target
        self._outline(self._target)

    def _outline(self, target: DeskItem | None) -> None:
        if self._ghost is None:
            return
        ok = target is not None and target.state == DeskState.FREE
        colour = states.DROP_OK if ok else states.DROP_REFUSED
        self._ghost.setPen(QPen(colour, 5, Qt.PenStyle.SolidLine if ok else Qt.PenStyle.DashLine))
        self._ghost.setBrush(QBrush(states.LOOKS[DeskState.FREE if ok else DeskState.OCCUPIED].fill))

    def drop_member(self, source: DeskItem, pos: QPointF) -> None:
        target = self.desk_at(pos)
        self._drop_ghost()
        if target is not None and target is not source:
            self.member_dropped.emit(source.uid, target.uid)

    def _drop_ghost(self) -> None:
        if self._ghost is not None:
            self.removeItem(self._ghost)
            self._ghost = None
        self._target = None
