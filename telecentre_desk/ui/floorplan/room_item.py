"""A room on the plan: a rectangle with its name and kind, holding its desks; movable and resizable while arranging."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from telecentre_desk.spaces.info import SpaceInfo
from telecentre_desk.ui.floorplan import states
from telecentre_desk.ui.floorplan.geometry import DESK_H, DESK_W, TITLE_H
from telecentre_desk.ui.floorplan.items import HANDLE, MIN_ROOM, TEXT_PX, TITLE_PX, plan_font


class RoomItem(QGraphicsRectItem):
    """A room; movable and resizable (grip in its corner) while the host arranges the plan."""

    def __init__(self, info: SpaceInfo, rect: QRectF) -> None:
        super().__init__(0, 0, rect.width(), rect.height())
        self.info = info
        self.uid = info.id
        self.setPos(rect.topLeft())
        self.saved = QRectF(rect)  # the stored geometry: a drag is a change only when it differs
        self._resizing = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(0)
        self.setToolTip(f"{info.name} — {states.kind_label(info.kind)}")

    def geometry(self) -> QRectF:
        return QRectF(self.pos(), self.rect().size())

    def set_editable(self, editable: bool) -> None:
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, editable)
        self.setAcceptHoverEvents(editable)
        self.update()

    def _editable(self) -> bool:
        return bool(self.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable)

    def _in_handle(self, pos: QPointF) -> bool:
        rect = self.rect()
        return pos.x() >= rect.right() - HANDLE and pos.y() >= rect.bottom() - HANDLE

    def _minimum(self) -> QPointF:
        """The smallest bottom-right corner that still holds every desk."""
        right, bottom = MIN_ROOM, TITLE_H + MIN_ROOM / 2
        for child in self.childItems():
            right = max(right, child.pos().x() + DESK_W + 10)
            bottom = max(bottom, child.pos().y() + DESK_H + 10)
        return QPointF(right, bottom)

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        shape = Qt.CursorShape.SizeFDiagCursor if self._in_handle(event.pos()) else Qt.CursorShape.SizeAllCursor
        self.setCursor(shape)
        super().hoverMoveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._editable() and event.button() == Qt.MouseButton.LeftButton and self._in_handle(event.pos()):
            self._resizing = True
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._resizing:
            least = self._minimum()
            self.setRect(0, 0, max(least.x(), round(event.pos().x())), max(least.y(), round(event.pos().y())))
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._resizing = False
        super().mouseReleaseEvent(event)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect = self.rect()
        selected = self.isSelected()
        painter.setPen(QPen(states.ROOM_BORDER, 6 if selected else 3,
                            Qt.PenStyle.DashLine if selected else Qt.PenStyle.SolidLine))
        painter.setBrush(states.ROOM_FILL)
        painter.drawRect(rect)
        if self.info.out_of_service:
            painter.setBrush(QBrush(states.ROOM_BORDER, Qt.BrushStyle.BDiagPattern))
            painter.drawRect(rect)
        painter.setPen(states.ROOM_TEXT)
        title = plan_font(TITLE_PX, bold=True)
        painter.setFont(title)
        width = rect.width() - 30
        metrics = QFontMetricsF(title)
        painter.drawText(QPointF(15, 12 + metrics.ascent()),
                         metrics.elidedText(self.info.name, Qt.TextElideMode.ElideRight, width))
        small = plan_font(TEXT_PX)
        painter.setFont(small)
        kind = states.kind_label(self.info.kind)
        painter.drawText(QPointF(15, 16 + metrics.height() + QFontMetricsF(small).ascent()),
                         QFontMetricsF(small).elidedText(kind, Qt.TextElideMode.ElideRight, width))
        if self._editable():
            painter.setPen(QPen(states.ROOM_BORDER, 3))
            for step in (12, 24):
                painter.drawLine(QLineF(rect.right() - step, rect.bottom() - 4, rect.right() - 4, rect.bottom() - step))
