"""The plan's desks (small rectangles coloured by state, inside their room) and what the plan's items share.

Scene units are centimetres. Desks are children of their room, so a room drags its desks along and a
desk's position is relative to its room, as stored. Items never touch the database: they report
to their FloorScene, which the screen listens to.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLineF, QPointF, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from telecentre_desk.spaces.info import DeskInfo
from telecentre_desk.spaces.state import DeskState, DeskStatus
from telecentre_desk.ui.floorplan import states
from telecentre_desk.ui.floorplan.geometry import DESK_H, DESK_W, TITLE_H

if TYPE_CHECKING:
    from telecentre_desk.ui.floorplan.room_item import RoomItem

HANDLE = 36.0  # the resize grip in a room's bottom-right corner, in cm
MIN_ROOM = 120.0
TEXT_PX = 23.0  # desk text height in cm: readable at the zoom that fits a whole place on a screen
TITLE_PX = 30.0
# Written on the desks and in their tooltips (constants, so that lupdate finds them).
SINCE = QT_TRANSLATE_NOOP("FloorPlan", "since %1")
ARRIVED = QT_TRANSLATE_NOOP("FloorPlan", "arrived at %1")
UNTIL = QT_TRANSLATE_NOOP("FloorPlan", "until %1")  # the colour says booked
BOOKED_BY = QT_TRANSLATE_NOOP("FloorPlan", "Booked by %1 until %2")
RESIDENT_FREE = QT_TRANSLATE_NOOP("FloorPlan", "Free, resident's desk")
RESIDENT_OF = QT_TRANSLATE_NOOP("FloorPlan", "Resident desk of %1 (%2)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("FloorPlan", text)


def plan_font(pixels: float, *, bold: bool = False) -> QFont:
    font = QFont(QApplication.font())
    font.setPixelSize(round(pixels))
    font.setBold(bold)
    return font


class DeskItem(QGraphicsRectItem):
    """A desk inside its room, coloured by its live state; in live mode an occupied desk drags its member."""

    def __init__(self, info: DeskInfo, pos: QPointF, room: RoomItem) -> None:
        super().__init__(0, 0, DESK_W, DESK_H, room)
        self.info = info
        self.uid = info.id
        self.setPos(pos)
        self.saved = QPointF(pos)
        self.status: DeskStatus | None = None
        self.lines: list[str] = [info.name]
        self._dragging = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setZValue(1)
        self.apply(None, ZoneInfo("UTC"))

    @property
    def state(self) -> DeskState:
        if self.status is not None:
            return self.status.state
        return DeskState.OUT_OF_SERVICE if self.info.out_of_service else DeskState.FREE

    @property
    def room(self) -> RoomItem:
        return self.parentItem()  # type: ignore[return-value]

    def set_editable(self, editable: bool) -> None:
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, editable)
        if editable:
            self.setCursor(Qt.CursorShape.SizeAllCursor)
        elif self.state == DeskState.OCCUPIED:
            self.setCursor(Qt.CursorShape.OpenHandCursor)  # the member can be dragged to another desk
        else:
            self.unsetCursor()

    def _editable(self) -> bool:
        return bool(self.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable)

    def apply(self, status: DeskStatus | None, tz: ZoneInfo) -> None:
        """Show the desk's state now: its colour, the lines written on it, the tooltip."""
        if status is not None and status == self.status:
            return  # a scan changes one desk: the others keep their text, no repaint
        self.status = status
        state = self.state
        lines = [self.info.name]
        tip = [f"<b>{self.info.name}</b> — {self.info.space_name}", states.state_label(state)]
        if state == DeskState.OCCUPIED and status is not None:
            since = _local_time(status.since, tz)
            lines += [status.member_name or "", _tr(SINCE).replace("%1", since)]
            tip.append(f"{status.member_name} ({status.member_number or ''}), "
                       + _tr(ARRIVED).replace("%1", since))
        elif state == DeskState.BOOKED and status is not None:
            until = _local_time(status.until, tz)
            lines += [status.member_name or "", _tr(UNTIL).replace("%1", until)]
            tip.append(_tr(BOOKED_BY).replace("%1", status.member_name or "").replace("%2", until))
        elif state == DeskState.FREE and self.info.fixed_member_name:
            lines += [_tr(RESIDENT_FREE), self.info.fixed_member_name]
        else:
            lines.append(states.state_label(state))
        resident = self.info.fixed_member_name
        if resident:
            tip.append(_tr(RESIDENT_OF).replace("%1", resident).replace("%2",
                                                                                    self.info.fixed_member or ""))
        self.lines = lines
        self.setToolTip("<br>".join(tip))
        self.set_editable(self._editable())
        self.update()

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and isinstance(value, QPointF):
            # A desk stays inside its room, under the room's name.
            room = self.room.rect()
            x = min(max(round(value.x()), 0.0), max(0.0, room.width() - DESK_W))
            y = min(max(round(value.y()), TITLE_H * 0.8), max(TITLE_H * 0.8, room.height() - DESK_H))
            return QPointF(x, y)
        return super().itemChange(change, value)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        if not self._editable() and self.state == DeskState.OCCUPIED and event.button() == Qt.MouseButton.LeftButton:
            event.accept()  # we want the moves: the member may be dragged to another desk

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene()
        if self._editable() or self.state != DeskState.OCCUPIED or scene is None:
            super().mouseMoveEvent(event)
            return
        start = event.buttonDownScreenPos(Qt.MouseButton.LeftButton)
        if not self._dragging and QLineF(QPointF(start), QPointF(event.screenPos())).length() < \
                QApplication.startDragDistance():
            return
        self._dragging = True
        scene.drag_member(self, event.scenePos())  # type: ignore[attr-defined]

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene()
        if self._dragging and scene is not None:
            self._dragging = False
            scene.drop_member(self, event.scenePos())  # type: ignore[attr-defined]
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        look = states.LOOKS[self.state]
        rect = self.rect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(look.border, 7 if self.isSelected() else 3))
        painter.setBrush(look.fill)
        painter.drawRoundedRect(rect, 10, 10)
        if self.state == DeskState.OUT_OF_SERVICE:
            painter.setBrush(QBrush(look.border, Qt.BrushStyle.BDiagPattern))
            painter.drawRoundedRect(rect, 10, 10)
        painter.setPen(states.DESK_TEXT)
        y = 8.0
        for number, line in enumerate(self.lines[:3]):
            font = plan_font(TEXT_PX + (2 if number == 0 else 0), bold=number == 0)
            metrics = QFontMetricsF(font)
            painter.setFont(font)
            painter.drawText(QPointF(10, y + metrics.ascent()),
                             metrics.elidedText(line, Qt.TextElideMode.ElideRight, rect.width() - 20))
            y += metrics.height() + 2


def _local_time(moment: dt.datetime | None, tz: ZoneInfo) -> str:
    return "" if moment is None else f"{moment.astimezone(tz):%H:%M}"
